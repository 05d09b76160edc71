using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Retention;

/// <summary>The retention runs, newest first, with what each removed.</summary>
[RequiresPermission(Permission.RetentionManage)]
public sealed record ListRetentionRuns(int? Page, int? PageSize) : IQuery<PagedResult<RetentionRunDto>>;

internal sealed class ListRetentionRunsHandler(IHsWorksDb db) : IQueryHandler<ListRetentionRuns, PagedResult<RetentionRunDto>>
{
    public async ValueTask<PagedResult<RetentionRunDto>> Handle(ListRetentionRuns query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        return await db.RetentionRuns.AsNoTracking().OrderByDescending(r => r.StartedAt)
            .Select(r => new RetentionRunDto(r.Id, r.Trigger, r.AsOf, r.StartedAt, r.FinishedAt, r.StartedBy, r.Contacts, r.Recordings, r.Invoices,
                r.ConsentEvents, r.Persons, r.Customers, r.Purchases, r.Warranties, r.Assets, r.RemoteAccesses, r.Problems, r.Interests, r.ContactPersonLinks,
                r.Status, r.Phase))
            .ToPageAsync(page, pageSize, cancellationToken);
    }
}
