using HsWorks.Application.Common.Files;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Retention;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Register;

/// <summary>The record of processing as CSV, one line per purpose, through the one CSV writer (formulas neutralised).</summary>
[RequiresPermission(Permission.ProcessingRecordRead)]
public sealed record ExportProcessingRecord(Language? Language) : IQuery<FileDownload>;

internal sealed class ExportProcessingRecordHandler(IHsWorksDb db, IRetentionTexts retention, ICsvExportWriter csv, TimeProvider clock)
    : IQueryHandler<ExportProcessingRecord, FileDownload>
{
    internal sealed record Row(ProcessingRecordDto Record, RecordActivity Activity);

    public static readonly IReadOnlyList<CsvColumn<Row>> Columns =
    [
        CsvColumn<Row>.Text("purpose", r => r.Activity.Purpose),
        CsvColumn<Row>.Text("name", r => r.Activity.Name),
        CsvColumn<Row>.Text("marketing", r => r.Activity.Marketing ? "true" : "false"),
        CsvColumn<Row>.Text("legalBasis", r => EnumNames.ToWire(r.Activity.LegalBasis)),
        CsvColumn<Row>.Text("legalBasisDpv", r => r.Activity.LegalBasisDpv),
        CsvColumn<Row>.Text("gdprArticle", r => r.Activity.GdprArticle),
        CsvColumn<Row>.Text("legitimateInterest", r => r.Activity.LegitimateInterest),
        CsvColumn<Row>.Text("dataSubjects", r => Join(r.Activity.DataSubjects.Select(s => s.Label))),
        CsvColumn<Row>.Text("dataCategories", r => Join(r.Activity.DataCategories.Select(d => d.Label))),
        CsvColumn<Row>.Text("personalDataDpv", r => Join(r.Activity.DataCategories.SelectMany(d => d.Dpv).Distinct())),
        CsvColumn<Row>.Text("recipients", r => Join(r.Activity.Recipients.Select(x => $"{x.Name} ({EnumNames.ToWire(x.Type)}, {x.Country})"))),
        CsvColumn<Row>.Text("transfers", r => Join(r.Activity.Transfers.Select(x =>
            $"{x.Recipient} ({x.Country}{(x.Safeguard is { } s ? $", {EnumNames.ToWire(s)}: {x.Reference}" : string.Empty)})"))),
        CsvColumn<Row>.Text("retention", r => Join(r.Activity.Retention.Select(x => $"{x.DataCategory}: {x.Period}"))),
        CsvColumn<Row>.Text("securityMeasures", r => r.Activity.SecurityMeasures),
        CsvColumn<Row>.Text("controller", r => $"{r.Record.Controller.Name}, {r.Record.Controller.BusinessId}, {r.Record.Controller.Address}"),
        CsvColumn<Row>.Text("dataProtectionContact", r => $"{r.Record.DataProtectionContact.Name}, {r.Record.DataProtectionContact.Email}"),
    ];

    public async ValueTask<FileDownload> Handle(ExportProcessingRecord query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var record = ProcessingRecordBuilder.Build(await RegisterFacts.LoadAsync(db, retention, cancellationToken), query.Language ?? Language.Fi, now);
        return new FileDownload($"processing-record-{now:yyyyMMdd}.csv", "text/csv; charset=utf-8",
            (output, ct) => csv.WriteAsync(output, Columns, Rows(record), ct));
    }

    private static async IAsyncEnumerable<Row> Rows(ProcessingRecordDto record)
    {
        foreach (var activity in record.Activities) yield return new Row(record, activity);
        await Task.CompletedTask;
    }

    private static string Join(IEnumerable<string> values) => string.Join("; ", values);
}
