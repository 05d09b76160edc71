using System.Text;
using System.Text.Json;
using HsWorks.Domain.PopulationRegister;
using HsWorks.Domain.ProhibitionRegisters;
using nietras.SeparatedValues;

namespace HsWorks.Infrastructure.PopulationRegister;

/// <summary>One change's fields as the file gave them (absent = not there), or what is wrong with its line.</summary>
internal readonly record struct FileChange(long Line, int Seq, IReadOnlyDictionary<string, string?>? Fields, ImportProblem? Problem);

/// <summary>
/// Reads a change file (docs/population-register.md) into the fields of its changes, line by line, without interpreting them:
/// JSON lines (one person a line, their changes in <c>muutokset</c>) or CSV (a header naming the fields, one change a line).
/// </summary>
internal static class PopulationChangeFile
{
    private const string Changes = "muutokset";

    /// <summary>Hands every change (or bad line) to <paramref name="take"/> in the file's order; streamed, nothing is kept.</summary>
    public static void Read(TextReader text, PopulationFileFormat format, Action<FileChange> take)
    {
        if (format == PopulationFileFormat.JsonLines) ReadJsonLines(text, take);
        else ReadCsv(text, take);
    }

    private static void ReadJsonLines(TextReader text, Action<FileChange> take)
    {
        long line = 0;
        while (text.ReadLine() is { } raw)
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var (changes, problem) = ParseJsonLine(raw.TrimStart('\uFEFF'));
            if (problem is not null)
            {
                take(new FileChange(line, 0, null, problem));
                continue;
            }
            for (var seq = 0; seq < changes!.Count; seq++) take(new FileChange(line, seq, changes[seq], null));
        }
    }

    /// <summary>A person's line: the identity code once, and each change with its group and fields (the code is carried into each).</summary>
    private static (List<Dictionary<string, string?>>? Changes, ImportProblem? Problem) ParseJsonLine(string raw)
    {
        try
        {
            using var document = JsonDocument.Parse(raw, new JsonDocumentOptions { MaxDepth = 8 });
            if (document.RootElement.ValueKind != JsonValueKind.Object) return (null, new ImportProblem("populationMalformedJson"));
            var person = new Dictionary<string, string?>(StringComparer.Ordinal);
            JsonElement? list = null;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name == Changes) list = property.Value;
                else if (Scalar(property.Value) is { } value) person[property.Name] = value.Text;
                else return (null, new ImportProblem("populationMalformedJson"));
            }
            if (list is not { ValueKind: JsonValueKind.Array } array || array.GetArrayLength() == 0) return (null, new ImportProblem("populationNoChanges"));
            var changes = new List<Dictionary<string, string?>>();
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) return (null, new ImportProblem("populationMalformedJson"));
                var fields = new Dictionary<string, string?>(person, StringComparer.Ordinal);
                foreach (var property in item.EnumerateObject())
                {
                    if (Scalar(property.Value) is not { } value) return (null, new ImportProblem("populationMalformedJson"));
                    fields[property.Name] = value.Text;
                }
                changes.Add(fields);
            }
            return (changes, null);
        }
        catch (JsonException)
        {
            return (null, new ImportProblem("populationMalformedJson"));
        }
    }

    /// <summary>A value as text: strings as they are, true/false, numbers as written, a list of strings (withheld fields) joined by commas.</summary>
    private static (string? Text, bool Ok)? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => (value.GetString(), true),
        JsonValueKind.True => ("true", true),
        JsonValueKind.False => ("false", true),
        JsonValueKind.Null => (null, true),
        JsonValueKind.Number => (value.GetRawText(), true),
        JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
            (string.Join(",", value.EnumerateArray().Select(v => v.GetString())), true),
        _ => null,
    };

    private static void ReadCsv(TextReader text, Action<FileChange> take)
    {
        // The header is read as the first row, as the prohibition-register import does: a repeated name is reported by us.
        using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        using var rows = reader.GetEnumerator();
        if (!rows.MoveNext())
        {
            take(new FileChange(1, 0, null, new ImportProblem("importEmpty")));
            return;
        }
        var names = new List<string>();
        for (var i = 0; i < rows.Current.ColCount; i++) names.Add(rows.Current[i].ToString().Trim().Trim('\uFEFF'));
        if (names.Count > 1 && reader.Spec.Sep.Separator is not (';' or ','))
        {
            take(new FileChange(1, 0, null, new ImportProblem("importSeparator")));
            return;
        }
        if (names.FirstOrDefault(n => !PopulationChangeFields.All.Contains(n)) is { } unknown)
        {
            take(new FileChange(1, 0, null, new ImportProblem("importUnknownColumn", unknown, string.Join(", ", PopulationChangeFields.All))));
            return;
        }
        if (names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            take(new FileChange(1, 0, null, new ImportProblem("importColumnTwice", twice.Key)));
            return;
        }
        while (rows.MoveNext())
        {
            var row = rows.Current;
            var line = (long)row.LineNumberFrom;
            if (row.Span.IsWhiteSpace()) continue;
            if (row.LineNumberToExcl - row.LineNumberFrom > 1)
            {
                take(new FileChange(line, 0, null, new ImportProblem("importMultiline")));
                continue;
            }
            if (row.ColCount != names.Count)
            {
                take(new FileChange(line, 0, null, new ImportProblem("importValueCount", row.ColCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                continue;
            }
            var fields = new Dictionary<string, string?>(names.Count, StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++) fields[names[i]] = row[i].ToString();
            take(new FileChange(line, 0, fields, null));
        }
    }

    /// <summary>Change files are UTF-8 (DVV's interfaces are); a byte-order mark is allowed.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
