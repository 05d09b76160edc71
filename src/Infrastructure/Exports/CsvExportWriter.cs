using System.Text.RegularExpressions;
using CsvHelper;
using HsWorks.Application.Common.Interfaces;

namespace HsWorks.Infrastructure.Exports;

/// <summary>
/// CSV through CsvHelper with its formula-injection escaping: a free-text cell that starts with
/// <c>= + - @</c>, tab, CR or LF gets a leading <c>'</c> and is quoted. Numbers, ids, dates and
/// validated E.164 phone numbers are values CsvHelper formats itself, which it does not escape.
/// </summary>
public sealed partial class CsvExportWriter : ICsvExportWriter
{
    private const char InjectionEscape = '\'';

    internal static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=+-@\t\r\n",
        InjectionEscape = InjectionEscape,
    };

    public async Task WriteAsync<TRow>(Stream output, IReadOnlyList<CsvColumn<TRow>> columns, IAsyncEnumerable<TRow> rows,
        CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader([.. columns.Select(c => c.Header)]);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var column in columns) WriteCell(csv, column, row);
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static void WriteCell<TRow>(CsvWriter csv, CsvColumn<TRow> column, TRow row)
    {
        switch (column.Kind)
        {
            case CsvColumnKind.FreeText:
                WriteText(csv, column.TextOf!(row));
                break;
            case CsvColumnKind.PhoneNumber:
                var phone = column.TextOf!(row);
                // A validated E.164 number is written as the number it is, with its "+", so it stays usable for SMS and calls.
                if (phone is not null && E164().IsMatch(phone)) csv.WriteField(ulong.Parse(phone.AsSpan(1), provider: null), "+0");
                else WriteText(csv, phone);
                break;
            case CsvColumnKind.Id:
                csv.WriteField(column.IdOf!(row), default);
                break;
            case CsvColumnKind.Number:
                csv.WriteField(column.NumberOf!(row), default);
                break;
            case CsvColumnKind.Date:
                csv.WriteField(column.DateOf!(row), default);
                break;
            case CsvColumnKind.Timestamp:
                csv.WriteField(column.TimestampOf!(row), default);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "Unknown CSV column kind.");
        }
    }

    private static void WriteText(CsvWriter csv, string? text)
    {
        // CsvHelper accepts no NUL among its injection characters, so a cell starting with one is escaped here the same way.
        if (text is ['\0', ..]) csv.WriteField(InjectionEscape + text, CsvQuoting.Always);
        else csv.WriteField(text);
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{1,14}$")]
    private static partial Regex E164();
}
