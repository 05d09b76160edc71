using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Audit;

/// <summary>How many calls of a partner's API client were refused with a status in an hour.</summary>
public sealed record RefusedPartnerCallsDto(Guid ApiClientId, string ClientId, string ClientName, DateTimeOffset Hour, int Status, long Calls);

/// <summary>
/// The refused partner calls, newest hour first (R6.5, R7.3): probing (404), missing scopes (403),
/// bad input (400) and throttling (429) per client, counted instead of audited one by one.
/// </summary>
[RequiresPermission(Permission.AuditRead)]
public sealed record ListRefusedPartnerCalls(Guid? ApiClientId, DateTimeOffset? From, DateTimeOffset? To, int? Page, int? PageSize)
    : IQuery<PagedResult<RefusedPartnerCallsDto>>;

internal sealed class ListRefusedPartnerCallsHandler(IHsWorksDb db) : IQueryHandler<ListRefusedPartnerCalls, PagedResult<RefusedPartnerCallsDto>>
{
    public async ValueTask<PagedResult<RefusedPartnerCallsDto>> Handle(ListRefusedPartnerCalls query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var counts = db.RefusedPartnerCalls.AsQueryable();
        if (query.ApiClientId is { } clientId) counts = counts.Where(c => c.ApiClientId == clientId);
        // PostgreSQL keeps instants in UTC; Npgsql refuses another offset as a parameter.
        if (query.From?.ToUniversalTime() is { } from) counts = counts.Where(c => c.Hour >= from);
        if (query.To?.ToUniversalTime() is { } to) counts = counts.Where(c => c.Hour < to);
        return await counts
            .Join(db.ApiClients, c => c.ApiClientId, a => a.Id, (c, a) => new { c, a.ClientId, a.Name })
            .OrderByDescending(x => x.c.Hour).ThenBy(x => x.ClientId).ThenBy(x => x.c.Status)
            .Select(x => new RefusedPartnerCallsDto(x.c.ApiClientId, x.ClientId, x.Name, x.c.Hour, x.c.Status, x.c.Calls))
            .ToPageAsync(page, pageSize, cancellationToken);
    }
}
