using HsWorks.Application.Consents;
using HsWorks.Application.NonDisclosure;
using HsWorks.Application.Prohibitions;
using HsWorks.Application.Purposes;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>Purposes and legal bases, the consent ledger and marketing bans of a person (issue 4).</summary>
public static class ConsentsEndpoints
{
    public static void MapConsentsEndpoints(this IEndpointRouteBuilder app)
    {
        var purposes = app.MapGroup("/api/v1/purposes").WithTags("Purposes").RequireAuthorization();
        purposes.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListPurposes(), ct)))
            .WithName("ListPurposes")
            .WithSummary("Processing purposes with their legal basis")
            .WithDescription("legalBasis: consent, contract, legalObligation or legitimateInterest. Marketing purposes are separate from service purposes (R3.2).");
        purposes.MapPost("/", async (PurposeInput body, ISender sender, CancellationToken ct) =>
            {
                var purpose = await sender.Send(new DefinePurpose(body), ct);
                return TypedResults.Created($"/api/v1/purposes/{purpose.Id}", purpose);
            })
            .WithName("DefinePurpose")
            .WithSummary("Add a purpose (DataProtectionOfficer, Administrator)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        purposes.MapPut("/{id:guid}", async (Guid id, PurposeInput body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RevisePurpose(id, body), ct)))
            .WithName("RevisePurpose")
            .WithSummary("Change a purpose; the previous version is kept")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        purposes.MapGet("/{id:guid}/versions", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListPurposeVersions(id), ct)))
            .WithName("ListPurposeVersions")
            .WithSummary("Every version of a purpose");

        var person = app.MapGroup("/api/v1/persons/{id:guid}").WithTags("Consents").RequireAuthorization();
        person.MapGet("/consents", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetConsents(id), ct)))
            .WithName("GetConsents")
            .WithSummary("Consents in force and their whole history")
            .ProducesProblem(StatusCodes.Status404NotFound);
        person.MapPost("/consents", async (Guid id, ConsentEventInput body, ISender sender, CancellationToken ct) =>
            {
                var recorded = await sender.Send(new RecordConsent(id, body), ct);
                return TypedResults.Created($"/api/v1/persons/{id}/consents", recorded);
            })
            .WithName("RecordConsent")
            .WithSummary("Give or withdraw a consent (one event)")
            .WithDescription("purpose: a purpose code whose legal basis is consent; channel: email, sms, phone, post or all; action: given or withdrawn; source: form, phoneCall, contract, web or partner; evidence: the wording shown, the signed document or the recorded call. Needs consents.write.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        person.MapGet("/prohibitions", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListProhibitions(id), ct)))
            .WithName("ListProhibitions")
            .WithSummary("Marketing bans, in force and lifted")
            .ProducesProblem(StatusCodes.Status404NotFound);
        person.MapPost("/prohibitions", async (Guid id, ProhibitionInput body, ISender sender, CancellationToken ct) =>
            {
                var prohibition = await sender.Send(new ImposeProhibition(id, body), ct);
                return TypedResults.Created($"/api/v1/persons/{id}/prohibitions/{prohibition.Id}", prohibition);
            })
            .WithName("ImposeProhibition")
            .WithSummary("Record a ban on direct marketing or on disclosure to partners")
            .WithDescription("kind: directMarketing or partnerDisclosure; channel: email, sms, phone, post or all (default all). Needs consents.write.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        person.MapGet("/non-disclosure-history", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListNonDisclosureHistory(id), ct)))
            .WithName("ListNonDisclosureHistory")
            .WithSummary("Changes of the non-disclosure marking (turvakielto) with their sources")
            .ProducesProblem(StatusCodes.Status404NotFound);
        person.MapPost("/non-disclosure-claims", async (Guid id, NonDisclosureClaimInput body, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new ClaimNonDisclosure(id, body), ct);
                return result.Created
                    ? Results.Created($"/api/v1/non-disclosure-claims/{result.Claim.Id}", result.Claim)
                    : Results.Ok(result.Claim);
            })
            .WithName("ClaimNonDisclosure")
            .WithSummary("Record that the person says they have the non-disclosure marking")
            .WithDescription("A claim for DataProtectionOfficer to decide; the address is hidden at once (from everyone without persons.readProtectedAddress) until then. 201 with the new claim, or 200 with the claim already open. Needs persons.write.")
            .Produces<NonDisclosureClaimDto>(StatusCodes.Status201Created)
            .Produces<NonDisclosureClaimDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        // The body is optional ({ reason }), so it is read by hand: a declared body would make a bodiless POST miss the route.
        person.MapPost("/prohibitions/{prohibitionId:guid}/lift", async (Guid id, Guid prohibitionId, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var body = request.HasJsonContentType() && request.ContentLength is not 0 ? await request.ReadFromJsonAsync<LiftProhibitionInput>(ct) : null;
                return TypedResults.Ok(await sender.Send(new LiftProhibition(id, prohibitionId, body?.Reason), ct));
            })
            .WithName("LiftProhibition")
            .WithSummary("Lift a ban; it stays in the history")
            .WithDescription("Optional JSON body { reason }, kept in the audit record. A ban from a prohibition register cannot be lifted by hand (409). Needs prohibitions.lift (DataProtectionOfficer only).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var claims = app.MapGroup("/api/v1/non-disclosure-claims").WithTags("Consents").RequireAuthorization();
        claims.MapGet("/", async (bool? decided, Guid? personId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListNonDisclosureClaims(decided, personId, page, pageSize), ct)))
            .WithName("ListNonDisclosureClaims")
            .WithSummary("Claims of the non-disclosure marking awaiting (or with decided=true, after) a decision")
            .WithDescription("Open claims oldest first; decided=true lists decided ones newest first; personId narrows to one person. Needs nonDisclosure.manage (DataProtectionOfficer only).");
        claims.MapPost("/{id:guid}/decision", async (Guid id, NonDisclosureDecisionInput body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new DecideNonDisclosureClaim(id, body), ct)))
            .WithName("DecideNonDisclosureClaim")
            .WithSummary("Confirm (sets the marking) or reject a claim of the non-disclosure marking")
            .WithDescription("outcome: confirmed or rejected; note: what the decision rests on. Both are kept as history; a decided claim answers 409. Needs nonDisclosure.manage (DataProtectionOfficer only).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
