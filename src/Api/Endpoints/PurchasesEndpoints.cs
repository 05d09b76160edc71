using HsWorks.Application.Common.Paging;
using HsWorks.Application.Customers;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>The products and services a customer acquired, and why.</summary>
public static class PurchasesEndpoints
{
    public static void MapPurchasesEndpoints(this IEndpointRouteBuilder app)
    {
        var customer = app.MapGroup("/api/v1/customers/{id:guid}").WithTags("Purchases").RequireAuthorization();

        customer.MapGet("/purchases", async (Guid id, Guid? productGroupId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<PurchaseDto>>(await sender.Send(new ListPurchases(id, productGroupId, page, pageSize), ct)))
            .WithName("ListPurchases")
            .WithSummary("Products and services acquired, newest first");
        customer.MapPost("/purchases", async (Guid id, PurchaseInput body, ISender sender, CancellationToken ct) =>
            {
                var purchase = await sender.Send(new RecordPurchase(id, body), ct);
                return TypedResults.Created($"/api/v1/customers/{id}/purchases/{purchase.Id}", purchase);
            })
            .WithName("RecordPurchase")
            .WithSummary("Record a purchase")
            .WithDescription("reasonCategory: newNeed, replacement, upgrade, repair, recommendation, campaign or other. personId is the buyer; marketingOptOutOffered records that the buyer was offered a free, easy way to refuse marketing. Needs customers.write.")
            .ProducesValidationProblem();
        customer.MapGet("/purchases/{purchaseId:guid}", async (Guid id, Guid purchaseId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPurchase(id, purchaseId), ct)))
            .WithName("GetPurchase")
            .WithSummary("A purchase and why it was made")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
