using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Files;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Marketing;

/// <summary>
/// Exports a selection (R6.2, R6.3): the persons included now are recorded with the criteria, who ran
/// it and when, in the same transaction as the audit record; the answer streams exactly that list.
/// </summary>
[RequiresPermission(Permission.MarketingSelect)]
[Audited("marketing.selection.export")]
public sealed record ExportMarketingSelection(Guid Id) : ICommand<SelectionExportContent>;

internal sealed class ExportMarketingSelectionHandler(IHsWorksDb db, IMarketingSelections selections, ICsvExportWriter csv, ICurrentUser currentUser,
    AuditTrail trail, TimeProvider clock) : ICommandHandler<ExportMarketingSelection, SelectionExportContent>
{
    public async ValueTask<SelectionExportContent> Handle(ExportMarketingSelection command, CancellationToken cancellationToken)
    {
        var (selection, _) = await db.LoadSelectionAsync(command.Id, cancellationToken);
        var export = SelectionExport.Record(Guid.CreateVersion7(), selection, clock.GetUtcNow(), currentUser.UserId, currentUser.Username);
        var count = await selections.RecordExportAsync(export, selection, cancellationToken);
        trail.Changed([$"selection:{selection.Id}", $"export:{export.Id}", $"persons:{count}"]);
        var dto = export.ToDto() with { PersonCount = count };
        // Read lazily, when the answer is written: after the export and its persons are committed.
        var columns = SelectionExportColumns.For(dto.Channel);
        return new SelectionExportContent(dto, new FileDownload(
            $"selection-{export.SelectionId:N}-{export.ExportedAt:yyyyMMdd-HHmmss}.csv", "text/csv; charset=utf-8",
            (output, ct) => csv.WriteAsync(output, columns, selections.ReadExportAsync(export.Id, ct), ct)));
    }
}
