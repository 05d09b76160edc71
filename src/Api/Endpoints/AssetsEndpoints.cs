using HsWorks.Application.Common.Paging;
using HsWorks.Application.Customers;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>A customer's devices, hardware and software with their warranties.</summary>
public static class AssetsEndpoints
{
    public static void MapAssetsEndpoints(this IEndpointRouteBuilder app)
    {
        var customer = app.MapGroup("/api/v1/customers/{id:guid}").WithTags("Assets").RequireAuthorization();

        customer.MapGet("/assets", async (Guid id, Guid? productGroupId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<AssetDto>>(await sender.Send(new ListAssets(id, productGroupId, page, pageSize), ct)))
            .WithName("ListAssets")
            .WithSummary("Devices, hardware and software with warranties");
        customer.MapPost("/assets", async (Guid id, AssetInput body, ISender sender, CancellationToken ct) =>
            {
                var asset = await sender.Send(new RegisterAsset(id, body), ct);
                return TypedResults.Created($"/api/v1/customers/{id}/assets/{asset.Id}", asset);
            })
            .WithName("RegisterAsset")
            .WithSummary("Register a device, hardware or software")
            .WithDescription("kind: workstation, laptop, server, printer, network, mobile, software or other. The licence key is encrypted at rest and only shown masked.")
            .ProducesValidationProblem();
        customer.MapGet("/assets/{assetId:guid}", async (Guid id, Guid assetId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetAsset(id, assetId), ct)))
            .WithName("GetAsset")
            .WithSummary("A device, hardware or software with its warranty; the licence key masked")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
