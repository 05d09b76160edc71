using HsWorks.Application.Persons;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>Typeahead search over persons and customers.</summary>
public static class SearchEndpoints
{
    public static void MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        var search = app.MapGroup("/api/v1/search").WithTags("Search").RequireAuthorization();

        search.MapGet("/", async (string? q, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SearchPersons(q ?? string.Empty, page, pageSize), ct)))
            .WithName("Search")
            .WithSummary("Typeahead search over persons and customers")
            .WithDescription("By name fragment (typo-tolerant and accent-insensitive), e-mail, phone in any common format (040 123 4567, +358 40…), customer number or business id. Needs search; the persons and customers in the answer are audited.")
            .ProducesValidationProblem();
    }
}
