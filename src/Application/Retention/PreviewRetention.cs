using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Retention;

/// <summary>The dry run: what a run now would remove or anonymise, rule by rule, with the ids of the page; changes nothing.</summary>
[RequiresPermission(Permission.RetentionManage)]
public sealed record PreviewRetention(int? Page, int? PageSize) : IQuery<RetentionDryRunDto>;

internal sealed class PreviewRetentionHandler(IHsWorksDb db, RetentionEnforcement enforcement) : IQueryHandler<PreviewRetention, RetentionDryRunDto>
{
    public async ValueTask<RetentionDryRunDto> Handle(PreviewRetention query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var due = await enforcement.DueAsync(cancellationToken);
        var rules = await db.RetentionRules.AsNoTracking().ToDictionaryAsync(r => r.Category, cancellationToken);
        return new RetentionDryRunDto(enforcement.Today, page, pageSize,
        [
            .. due.Select(d => new RetentionDueDto(d.Category, d.Target, d.Action, rules[d.Category].Start, rules[d.Category].Period,
                rules[d.Category].Unit, d.Ids.Count, [.. d.Ids.Skip((page - 1) * pageSize).Take(pageSize)])),
        ]);
    }
}
