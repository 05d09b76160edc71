using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Marketing;

/// <summary>Every export of a selection, newest first (R6.3).</summary>
[RequiresPermission(Permission.MarketingSelect)]
public sealed record ListSelectionExports(Guid Id) : IQuery<IReadOnlyList<SelectionExportDto>>;

internal sealed class ListSelectionExportsHandler(IHsWorksDb db) : IQueryHandler<ListSelectionExports, IReadOnlyList<SelectionExportDto>>
{
    public async ValueTask<IReadOnlyList<SelectionExportDto>> Handle(ListSelectionExports query, CancellationToken cancellationToken)
    {
        var (selection, _) = await db.LoadSelectionAsync(query.Id, cancellationToken);
        var exports = await db.SelectionExports.AsNoTracking().Where(e => e.SelectionId == selection.Id).OrderByDescending(e => e.ExportedAt)
            .ToListAsync(cancellationToken);
        return [.. exports.Select(e => e.ToDto())];
    }
}
