using HsWorks.Application.Customers;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>A customer's interests (tags).</summary>
public static class InterestsEndpoints
{
    public static void MapInterestsEndpoints(this IEndpointRouteBuilder app)
    {
        var customer = app.MapGroup("/api/v1/customers/{id:guid}").WithTags("Interests").RequireAuthorization();

        customer.MapGet("/interests", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListInterests(id), ct)))
            .WithName("ListInterests")
            .WithSummary("Interests (tags)");
        customer.MapPost("/interests", async (Guid id, InterestInput body, ISender sender, CancellationToken ct) =>
            {
                var interest = await sender.Send(new AddInterest(id, body), ct);
                return TypedResults.Created($"/api/v1/customers/{id}/interests/{interest.Id}", interest);
            })
            .WithName("AddInterest")
            .WithSummary("Add an interest")
            .WithDescription("tag: the interest; personId: one of the customer's persons (optional). While processing of the person (or of a consumer customer's own person) is restricted (GDPR Art. 18) it answers 409 unless `restrictionGround` names a ground of Art. 18(2) (consent, legalClaims, otherPersonsRights, importantPublicInterest), which is recorded with it. Needs serviceRecords.write.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        customer.MapGet("/interests/{interestId:guid}", async (Guid id, Guid interestId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetInterest(id, interestId), ct)))
            .WithName("GetInterest")
            .WithSummary("An interest (tag)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        customer.MapDelete("/interests/{interestId:guid}", async (Guid id, Guid interestId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveInterest(id, interestId), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveInterest")
            .WithSummary("Remove an interest")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
