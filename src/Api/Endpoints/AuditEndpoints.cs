using HsWorks.Application.Audit;
using HsWorks.Application.Common.Paging;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>The audit trail and the refused partner calls.</summary>
public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization();

        audit.MapGet("/", async (Guid? personId, Guid? customerId, Guid? userId, string? action, DateTimeOffset? from, DateTimeOffset? to,
                    int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<AuditRecordDto>>(await sender.Send(new ListAuditRecords(personId, customerId, userId, action, from, to, page, pageSize), ct)))
            .WithName("ListAuditRecords")
            .WithSummary("The audit trail, newest first")
            .WithDescription("Who read or changed which data subjects and when. Auditor, DataProtectionOfficer and Administrator (audit.read).");
        audit.MapGet("/refused-partner-calls", async (Guid? apiClientId, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
                    ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListRefusedPartnerCalls(apiClientId, from, to, page, pageSize), ct)))
            .WithName("ListRefusedPartnerCalls")
            .WithSummary("Refused partner API calls, counted per client, status and hour")
            .WithDescription("Probes of ids not disclosed (404), missing scopes (403), bad input (400) and throttled calls (429), newest hour first; counted instead of one audit record each. Needs audit.read.");
    }
}
