namespace HsWorks.Domain.ProhibitionRegisters;

/// <summary>A column a prohibition register's file may have (docs/imports.md).</summary>
public enum RegisterColumn
{
    FirstName,
    LastName,
    Street,
    PostalCode,
    City,
    Phone,
    Email,
}

/// <summary>What is wrong with a file or one of its lines: a code for the message catalogue and its arguments.</summary>
public sealed record ImportProblem(string Code, params string[] Args)
{
    public ImportError At(long line) => new(line, Code, Args);
}

/// <summary>
/// The layout of a prohibition register's file: a header line naming its columns (any order, case
/// ignored) and the rules every data line must keep. A line that breaks them makes the whole file
/// malformed; nothing of it is taken.
/// </summary>
public sealed class RegisterFileLayout
{
    public const int MaxValueLength = 200;

    private readonly int?[] _indexOf;

    private RegisterFileLayout(int?[] indexOf, int columnCount)
    {
        _indexOf = indexOf;
        ColumnCount = columnCount;
    }

    public int ColumnCount { get; }

    public int? IndexOf(RegisterColumn column) => _indexOf[(int)column];

    /// <summary>Reads the header; the problem says what is wrong with it.</summary>
    public static (RegisterFileLayout? Layout, ImportProblem? Problem) FromHeader(IReadOnlyList<string> names)
    {
        var indexOf = new int?[Enum.GetValues<RegisterColumn>().Length];
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim().Trim('\uFEFF');
            if (!Enum.TryParse<RegisterColumn>(name, ignoreCase: true, out var column) || int.TryParse(name, out _))
                return (null, new ImportProblem("importUnknownColumn", Truncate(name), string.Join(", ", Enum.GetValues<RegisterColumn>().Select(Camel))));
            if (indexOf[(int)column] is not null) return (null, new ImportProblem("importColumnTwice", Camel(column)));
            indexOf[(int)column] = i;
        }
        var layout = new RegisterFileLayout(indexOf, names.Count);
        var identifies = layout.IndexOf(RegisterColumn.Email) is not null || layout.IndexOf(RegisterColumn.Phone) is not null
            || (layout.IndexOf(RegisterColumn.LastName) is not null && layout.IndexOf(RegisterColumn.FirstName) is not null
                && layout.IndexOf(RegisterColumn.Street) is not null && layout.IndexOf(RegisterColumn.PostalCode) is not null);
        return identifies ? (layout, null) : (null, new ImportProblem("importNotIdentifying"));
    }

    /// <summary>Checks one data line's values; null when the line is good.</summary>
    public ImportProblem? Check(IReadOnlyList<string> values)
    {
        if (values.Count != ColumnCount) return ValueCount(values.Count);
        foreach (var column in Enum.GetValues<RegisterColumn>())
        {
            if (IndexOf(column) is not { } index) continue;
            var value = values[index];
            if (value.Length > MaxValueLength) return new ImportProblem("importTooLong", Camel(column), MaxValueLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (value.Any(char.IsControl)) return new ImportProblem("importControlCharacter", Camel(column));
        }
        return values.All(string.IsNullOrWhiteSpace) ? new ImportProblem("importNoValues") : null;
    }

    /// <summary>A line with another number of values than the header has columns.</summary>
    public ImportProblem ValueCount(int count) =>
        new("importValueCount", count.ToString(System.Globalization.CultureInfo.InvariantCulture), ColumnCount.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Camel(RegisterColumn column) => char.ToLowerInvariant(column.ToString()[0]) + column.ToString()[1..];

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
