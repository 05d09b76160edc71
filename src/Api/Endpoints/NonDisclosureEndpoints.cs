using HsWorks.Application.NonDisclosure;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>The non-disclosure marking (turvakielto): its history, and claims of it for DataProtectionOfficer to decide.</summary>
public static class NonDisclosureEndpoints
{
    public static void MapNonDisclosureEndpoints(this IEndpointRouteBuilder app)
    {
        var person = app.MapGroup("/api/v1/persons/{id:guid}").WithTags("Non-disclosure").RequireAuthorization();
        var claims = app.MapGroup("/api/v1/non-disclosure-claims").WithTags("Non-disclosure").RequireAuthorization();

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
        claims.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetNonDisclosureClaim(id), ct)))
            .WithName("GetNonDisclosureClaim")
            .WithSummary("A claim of the non-disclosure marking, open or decided")
            .WithDescription("Needs nonDisclosure.manage (DataProtectionOfficer only).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
