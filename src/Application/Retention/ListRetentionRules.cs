using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Retention;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Retention;

/// <summary>Every data category's retention rule, in the order of the categories.</summary>
[RequiresPermission(Permission.RetentionManage)]
public sealed record ListRetentionRules : IQuery<IReadOnlyList<RetentionRuleDto>>;

internal sealed class ListRetentionRulesHandler(IHsWorksDb db) : IQueryHandler<ListRetentionRules, IReadOnlyList<RetentionRuleDto>>
{
    public async ValueTask<IReadOnlyList<RetentionRuleDto>> Handle(ListRetentionRules query, CancellationToken cancellationToken)
    {
        var rules = await db.RetentionRules.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rules.OrderBy(r => RetentionCategories.All.ToList().IndexOf(r.Category)).Select(r => r.ToDto())];
    }
}
