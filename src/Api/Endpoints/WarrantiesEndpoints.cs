using HsWorks.Application.Common.Paging;
using HsWorks.Application.Customers;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>Warranties about to end, across customers.</summary>
public static class WarrantiesEndpoints
{
    public static void MapWarrantiesEndpoints(this IEndpointRouteBuilder app)
    {
        var warranties = app.MapGroup("/api/v1/warranties").WithTags("Warranties").RequireAuthorization();

        warranties.MapGet("/", async (int? endingWithinDays, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<WarrantyDto>>(await sender.Send(new ListEndingWarranties(endingWithinDays ?? 30, page, pageSize), ct)))
            .WithName("ListEndingWarranties")
            .WithSummary("Warranties ending within the next N days (default 30)");
    }
}
