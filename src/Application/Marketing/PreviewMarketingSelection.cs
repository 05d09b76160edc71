using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace HsWorks.Application.Marketing;

/// <summary>
/// How many the selection would reach now, and how many each exclusion rule leaves out (counts only, no persons). The selection is
/// read from the primary (it may have been edited a moment ago); the counting is a read-only query (a standby when configured).
/// </summary>
[RequiresPermission(Permission.MarketingSelect)]
[Audited("marketing.selection.preview")]
public sealed record PreviewMarketingSelection(Guid Id) : IQuery<SelectionPreviewDto>;

internal sealed class PreviewMarketingSelectionHandler(IHsWorksDb db, [FromKeyedServices(ReadOnlyQueries.Key)] IMarketingSelections selections,
    AuditTrail trail)
    : IQueryHandler<PreviewMarketingSelection, SelectionPreviewDto>
{
    public async ValueTask<SelectionPreviewDto> Handle(PreviewMarketingSelection query, CancellationToken cancellationToken)
    {
        var (selection, _) = await db.LoadSelectionAsync(query.Id, cancellationToken);
        var counts = await selections.CountAsync(selection, cancellationToken);
        trail.Changed([$"selection:{selection.Id}"]);
        return new SelectionPreviewDto(counts.Included, counts.Excluded);
    }
}
