namespace HsWorks.Application.Common.Interfaces;

/// <summary>
/// What a CSV column holds, which decides how its cells are written: free text is protected
/// against formula injection; the other kinds are values the system formats itself after
/// validating them, so they are written as they are (a spreadsheet cannot run them as formulas).
/// </summary>
public enum CsvColumnKind
{
    /// <summary>Names, streets, cities, notes, e-mail addresses: anything a person or a partner typed.</summary>
    FreeText,

    /// <summary>A phone number: written as is when it is E.164 (<c>+358…</c>), otherwise as free text.</summary>
    PhoneNumber,

    /// <summary>An identifier (a UUID).</summary>
    Id,

    /// <summary>An invariant number, negative amounts included.</summary>
    Number,

    /// <summary>A calendar date, ISO 8601 (yyyy-MM-dd).</summary>
    Date,

    /// <summary>A point in time, ISO 8601 round-trip.</summary>
    Timestamp,
}

/// <summary>One column of an export: its header, its kind and how a row gives its value. Make them with the factory methods.</summary>
public sealed class CsvColumn<TRow>
{
    private CsvColumn(string header, CsvColumnKind kind) => (Header, Kind) = (header, kind);

    public string Header { get; }

    public CsvColumnKind Kind { get; }

    /// <summary>The value of a <see cref="CsvColumnKind.FreeText"/> or <see cref="CsvColumnKind.PhoneNumber"/> column.</summary>
    public Func<TRow, string?>? TextOf { get; private init; }

    public Func<TRow, Guid?>? IdOf { get; private init; }

    public Func<TRow, decimal?>? NumberOf { get; private init; }

    public Func<TRow, DateOnly?>? DateOf { get; private init; }

    public Func<TRow, DateTimeOffset?>? TimestampOf { get; private init; }

    public static CsvColumn<TRow> Text(string header, Func<TRow, string?> value) => new(header, CsvColumnKind.FreeText) { TextOf = value };

    public static CsvColumn<TRow> Phone(string header, Func<TRow, string?> value) => new(header, CsvColumnKind.PhoneNumber) { TextOf = value };

    public static CsvColumn<TRow> Id(string header, Func<TRow, Guid?> value) => new(header, CsvColumnKind.Id) { IdOf = value };

    public static CsvColumn<TRow> Number(string header, Func<TRow, decimal?> value) => new(header, CsvColumnKind.Number) { NumberOf = value };

    public static CsvColumn<TRow> Date(string header, Func<TRow, DateOnly?> value) => new(header, CsvColumnKind.Date) { DateOf = value };

    public static CsvColumn<TRow> Timestamp(string header, Func<TRow, DateTimeOffset?> value) =>
        new(header, CsvColumnKind.Timestamp) { TimestampOf = value };
}

/// <summary>
/// The one way the system writes CSV (RFC 4180, UTF-8, header line first): rows are written as
/// they are read, never collected in memory, and free-text cells that a spreadsheet would run as
/// a formula are neutralised.
/// </summary>
public interface ICsvExportWriter
{
    Task WriteAsync<TRow>(Stream output, IReadOnlyList<CsvColumn<TRow>> columns, IAsyncEnumerable<TRow> rows, CancellationToken cancellationToken);
}
