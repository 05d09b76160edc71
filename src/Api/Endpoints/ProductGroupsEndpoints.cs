using HsWorks.Application.Customers;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>The product and service groups.</summary>
public static class ProductGroupsEndpoints
{
    public static void MapProductGroupsEndpoints(this IEndpointRouteBuilder app)
    {
        var groups = app.MapGroup("/api/v1/product-groups").WithTags("Product groups").RequireAuthorization();

        groups.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListProductGroups(), ct)))
            .WithName("ListProductGroups")
            .WithSummary("The product and service groups; names in the Accept-Language language");
        groups.MapPost("/", async (ProductGroupInput body, ISender sender, CancellationToken ct) =>
            {
                var group = await sender.Send(new CreateProductGroup(body), ct);
                return TypedResults.Created($"/api/v1/product-groups/{group.Id}", group);
            })
            .WithName("CreateProductGroup")
            .WithSummary("Add a product group (administrator)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        groups.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetProductGroup(id), ct)))
            .WithName("GetProductGroup")
            .WithSummary("A product group; its name in the Accept-Language language")
            .ProducesProblem(StatusCodes.Status404NotFound);
        groups.MapPut("/{id:guid}", async (Guid id, ProductGroupNames body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RenameProductGroup(id, body), ct)))
            .WithName("RenameProductGroup")
            .WithSummary("Rename a product group (administrator); the code stays")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
