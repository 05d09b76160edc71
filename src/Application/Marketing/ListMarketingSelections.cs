using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Marketing;

/// <summary>Saved selections, newest first.</summary>
[RequiresPermission(Permission.MarketingSelect)]
public sealed record ListMarketingSelections(int? Page, int? PageSize) : IQuery<PagedResult<MarketingSelectionDto>>;

internal sealed class ListMarketingSelectionsHandler(IHsWorksDb db) : IQueryHandler<ListMarketingSelections, PagedResult<MarketingSelectionDto>>
{
    public async ValueTask<PagedResult<MarketingSelectionDto>> Handle(ListMarketingSelections query, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var selections = db.MarketingSelections.AsNoTracking().OrderByDescending(s => s.CreatedAt)
            .Join(db.Purposes, s => s.PurposeId, p => p.Id, (s, p) => new { Selection = s, p.Code });
        var found = await selections.ToPageAsync(page, size, cancellationToken);
        return new PagedResult<MarketingSelectionDto>([.. found.Items.Select(f => f.Selection.ToDto(f.Code))], found.Page, found.PageSize,
            found.TotalCount);
    }
}
