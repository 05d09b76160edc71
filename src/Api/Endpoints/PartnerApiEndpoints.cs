using HsWorks.Application.Common.Paging;
using HsWorks.Application.Partner;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>The partner API (R6.5): client-credentials tokens only, rate-limited per client, every call audited, every read a disclosure.</summary>
public static class PartnerApiEndpoints
{
    public const string Policy = "Partner";

    public const string RateLimit = "partner";

    public static void MapPartnerApiEndpoints(this IEndpointRouteBuilder app)
    {
        var partner = app.MapGroup("/api/v1/partner").WithTags("Partner API").RequireAuthorization(Policy).RequireRateLimiting(RateLimit);
        partner.MapGet("/persons", async (int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<PartnerPersonDto>>(await sender.Send(new ListDisclosedPersons(page, pageSize), ct)))
            .WithName("PartnerListPersons")
            .WithSummary("The persons disclosed to this partner, only what a current basis still covers (scope persons.read)")
            .WithDescription("Only what a current basis covers: for a marketing purpose each contact field only while its channel may still be used (e-mail withdrawn → no e-mail; SMS or phone open → the mobile number), each disclosure with its own purpose and categories. A person with no basis left (a ban or objection, restriction, the non-disclosure marking or a claim of it, death) is left out. Each read is recorded as a disclosure to the partner, per purpose with the categories served.");
        partner.MapGet("/persons/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetDisclosedPerson(id), ct)))
            .WithName("PartnerGetPerson")
            .WithSummary("A person disclosed to this partner (scope persons.read); any other id answers 404")
            .WithDescription("Only what a current basis covers, as in the list; a person no basis covers any longer answers 404 like one never disclosed. The read is recorded as a disclosure.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        partner.MapGet("/disclosures", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListPartnerDisclosures(), ct)))
            .WithName("PartnerListDisclosures")
            .WithSummary("What has been disclosed to this partner, e.g. marketing selections handed over (scope disclosures.read)");
        partner.MapPost("/leads", async (LeadInput body, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new SubmitLead(request.Headers["Idempotency-Key"].FirstOrDefault(), body), ct);
                return result.Created
                    ? Results.Created($"/api/v1/persons/{result.Lead.PersonId}", result.Lead)
                    : Results.Ok(result.Lead);
            })
            .WithName("PartnerSubmitLead")
            .WithSummary("Submit a lead from the partner's register (scope leads.write); needs an Idempotency-Key header")
            .WithDescription("The person in the person shape of POST /api/v1/persons, and optionally customer { customerSince, productGroups } (a consumer). The source is always partnerRegister; nonDisclosure: true does not set the marking but leaves a claim for the data protection officer and hides the address at once. 201 { personId, customerId } the first time; the same key again answers 200 with the same ids; the same key with another body 409. A lead whose identity code, e-mail or phone matches the suppression record of a person erased at their request is not stored: 409 with a problem that names no person.")
            .Produces<LeadDto>(StatusCodes.Status201Created)
            .Produces<LeadDto>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }
}
