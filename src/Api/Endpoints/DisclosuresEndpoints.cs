using HsWorks.Application.Common.Paging;
using HsWorks.Application.Disclosures;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>Every disclosure of personal data to a recipient (R6).</summary>
public static class DisclosuresEndpoints
{
    public static void MapDisclosuresEndpoints(this IEndpointRouteBuilder app)
    {
        var disclosures = app.MapGroup("/api/v1/disclosures").WithTags("Disclosures").RequireAuthorization();

        disclosures.MapGet("/", async (Guid? recipientId, Guid? personId, string? purpose, DateOnly? from, DateOnly? to, int? page, int? pageSize,
                    ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<DisclosureDto>>(await sender.Send(new ListDisclosures(recipientId, personId, purpose, from, to, page, pageSize), ct)))
            .WithName("ListDisclosures")
            .WithSummary("Every disclosure, newest first, by recipient, person, purpose and period (from/to: YYYY-MM-DD)")
            .WithDescription("kind manual, selectionHandover or partnerRead. Needs disclosures.read.");
        disclosures.MapPost("/", async (DisclosureInput body, ISender sender, CancellationToken ct) =>
            {
                var disclosure = await sender.Send(new RecordDisclosure(body), ct);
                return TypedResults.Created($"/api/v1/disclosures/{disclosure.Id}", disclosure);
            })
            .WithName("RecordDisclosure")
            .WithSummary("Record a disclosure made by hand, e.g. to an authority with its legal reference")
            .WithDescription("Refused (409 disclosure-refused) for a recipient outside the EU/EEA without a safeguard, when the address category includes a person with the non-disclosure marking (or a pending claim of it), for partner marketing when a person is excluded by the marketing rules, and when processing of a person is restricted (GDPR Art. 18) unless `restrictionGround` names a ground of Art. 18(2) (consent, legalClaims, otherPersonsRights, importantPublicInterest), which is then recorded with the disclosure. Needs disclosures.write.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        disclosures.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetDisclosure(id), ct)))
            .WithName("GetDisclosure")
            .WithSummary("A disclosure with its persons")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
