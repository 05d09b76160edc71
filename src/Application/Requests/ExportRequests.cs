using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Files;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// Every request as CSV for the regulator, oldest first: id, type, channel, received, due, extended, completed (the day it was answered),
/// status, outcome — no requester details. Streamed through <see cref="ICsvExportWriter"/> while the answer is written.
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.export")]
public sealed record ExportRequests : IQuery<FileDownload>;

internal sealed class ExportRequestsHandler(IHsWorksDb db, ICsvExportWriter csv, AuditTrail trail, TimeProvider clock) : IQueryHandler<ExportRequests, FileDownload>
{
    internal sealed record Row(Guid Id, RequestType Type, RequestChannel Channel, DateTimeOffset ReceivedAt, DateOnly DueOn, bool Extended,
        DateTimeOffset? ClosedAt, RequestStatus Status, RejectionGround? Ground);

    public static readonly IReadOnlyList<CsvColumn<Row>> Columns =
    [
        CsvColumn<Row>.Id("id", r => r.Id),
        CsvColumn<Row>.Text("type", r => EnumNames.ToWire(r.Type)),
        CsvColumn<Row>.Text("channel", r => EnumNames.ToWire(r.Channel)),
        CsvColumn<Row>.Timestamp("received", r => r.ReceivedAt),
        CsvColumn<Row>.Date("due", r => r.DueOn),
        CsvColumn<Row>.Text("extended", r => r.Extended ? "true" : "false"),
        CsvColumn<Row>.Date("completed", r => r.ClosedAt is { } at ? ResponseDeadline.DayOf(at) : null),
        CsvColumn<Row>.Text("status", r => EnumNames.ToWire(r.Status)),
        CsvColumn<Row>.Text("outcome", r => DataSubjectRequest.OutcomeOf(r.Status, r.Ground) is { } outcome ? EnumNames.ToWire(outcome) : null),
    ];

    public ValueTask<FileDownload> Handle(ExportRequests query, CancellationToken cancellationToken)
    {
        trail.Changed(["requests:export"]);
        var rows = db.DataSubjectRequests.AsNoTracking().OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id)
            .Select(r => new Row(r.Id, r.Type, r.Channel, r.ReceivedAt, r.DueOn, r.ExtendedAt != null, r.ClosedAt, r.Status, r.RejectionGround));
        return ValueTask.FromResult(new FileDownload($"requests-{clock.GetUtcNow():yyyyMMdd-HHmmss}.csv", "text/csv; charset=utf-8",
            (output, ct) => csv.WriteAsync(output, Columns, rows.AsAsyncEnumerable(), ct)));
    }
}
