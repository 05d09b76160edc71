using HsWorks.Application.Audit;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Persons;
using Mediator;

namespace HsWorks.Api.Endpoints;

public static class SearchEndpoints
{
    public static void MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/search", async (string? q, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SearchPersons(q ?? string.Empty, page, pageSize), ct)))
            .RequireAuthorization()
            .WithTags("Search")
            .WithName("Search")
            .WithSummary("Typeahead search over persons and customers")
            .WithDescription("By name fragment (typo-tolerant and accent-insensitive), e-mail, phone in any common format (040 123 4567, +358 40…), customer number or business id. Needs search; the persons and customers in the answer are audited.")
            .ProducesValidationProblem();

        app.MapGet("/api/v1/audit", async (Guid? personId, Guid? customerId, Guid? userId, string? action, DateTimeOffset? from, DateTimeOffset? to,
                    int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<AuditRecordDto>>(await sender.Send(new ListAuditRecords(personId, customerId, userId, action, from, to, page, pageSize), ct)))
            .RequireAuthorization()
            .WithTags("Audit")
            .WithName("ListAuditRecords")
            .WithSummary("The audit trail, newest first")
            .WithDescription("Who read or changed which data subjects and when. Auditor, DataProtectionOfficer and Administrator (audit.read).");

        app.MapGet("/api/v1/audit/refused-partner-calls", async (Guid? apiClientId, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
                    ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListRefusedPartnerCalls(apiClientId, from, to, page, pageSize), ct)))
            .RequireAuthorization()
            .WithTags("Audit")
            .WithName("ListRefusedPartnerCalls")
            .WithSummary("Refused partner API calls, counted per client, status and hour")
            .WithDescription("Probes of ids not disclosed (404), missing scopes (403), bad input (400) and throttled calls (429), newest hour first; counted instead of one audit record each. Needs audit.read.");

    }
}
