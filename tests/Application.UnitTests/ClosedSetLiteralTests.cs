using System.Reflection;
using System.Text.RegularExpressions;

namespace HsWorks.Application.UnitTests;

/// <summary>
/// A closed set is a C# enum, and its members travel by name only through the one converter
/// (<c>EnumNames</c> for the wire, <c>StoredEnum</c> for hand-written SQL): no member name appears as a
/// string literal ("email", "Email", 'DirectMarketing') anywhere else in src/ (docs: architecture.md).
/// </summary>
public sealed partial class ClosedSetLiteralTests
{
    /// <summary>
    /// Words that are a member's name by coincidence, not the member, each with what it is instead. Kept
    /// short: a word here is not checked anywhere, so a real member name is named through its enum instead.
    /// </summary>
    private static readonly Dictionary<string, string> Exemptions = new()
    {
        ["email"] = "a field, column and message key of that name (persons, register files, exports)",
        ["phone"] = "a field, column and message key of that name (persons, register files, exports)",
        ["mobile"] = "a field and column of that name (persons, exports)",
        ["Email"] = "the EF property of the persons' match keys (HsWorksDbContext)",
        ["Phone"] = "the EF property of the persons' match keys (HsWorksDbContext)",
        ["Mobile"] = "the EF property of the persons' match keys (HsWorksDbContext)",
        ["nonDisclosure"] = "the field of a person of that name (nonDisclosure marking)",
        ["en"] = "a UI culture (request localization, messages), not a person's language",
        ["fi"] = "a UI culture (request localization, messages), not a person's language",
        ["sv"] = "a UI culture (request localization, messages), not a person's language",
        ["Person"] = "the entity named in a not-found answer (NotFoundException)",
        ["Customer"] = "the entity named in a not-found answer (NotFoundException)",
        ["User"] = "the entity named in a not-found answer (NotFoundException)",
        ["Partner"] = "the name of the partner API's authorization policy",
        ["partner"] = "the partner API's rate-limit policy and a SQL parameter of that name",
        ["Marketing"] = "the OpenAPI tag of the marketing endpoints",
        ["repair"] = "a product group's code (catalogue data)",
        ["software"] = "a product group's code (catalogue data)",
        ["Repair"] = "a product group's English name (catalogue data)",
        ["Software"] = "a product group's English name (catalogue data)",
        ["contract"] = "a data category (catalogue data) of the seeded purposes",
        ["web"] = "the recorded-by name of the demo data's web-form consents",
        ["Administrator"] = "the seeded administrator's display name",
    };

    /// <summary>The closed sets: every enum of the domain and of the application.</summary>
    private static readonly Assembly[] Assemblies =
        [typeof(HsWorks.Domain.Persons.Person).Assembly, typeof(HsWorks.Application.DependencyInjection).Assembly];

    /// <summary>Where member names are allowed: the converters themselves.</summary>
    private static readonly string[] Converters = ["src/Application/Common/Validation/EnumNames.cs", "src/Infrastructure/Persistence/StoredEnum.cs"];

    [Fact]
    public void No_enum_member_name_is_a_string_literal_in_src()
    {
        var names = Assemblies.SelectMany(a => a.GetTypes()).Where(t => t.IsEnum && !t.IsDefined(typeof(FlagsAttribute)) && !IsFieldNameSet(t))
            .SelectMany(t => Enum.GetNames(t).SelectMany(n => new[] { (Name: n, Enum: t), (Name: char.ToLowerInvariant(n[0]) + n[1..], Enum: t) }))
            .GroupBy(x => x.Name).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(x => x.Enum.Name).Distinct()));
        var root = DependencyRuleTests.RepositoryRoot();
        var found = new List<string>();
        var used = new HashSet<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var file = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (file.Contains("/obj/") || file.Contains("/bin/") || file.Contains("/Migrations/") || Converters.Contains(file)) continue;
            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                if (line.TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
                foreach (Match match in QuotedWord().Matches(line))
                {
                    var word = match.Groups["word"].Value;
                    if (!names.TryGetValue(word, out var enums)) continue;
                    if (Exemptions.ContainsKey(word)) { used.Add(word); continue; }
                    found.Add($"{file}:{lineNumber}: {match.Value} is a member of {enums}");
                }
            }
        }
        string.Join(Environment.NewLine, found).Should().BeEmpty("a closed set's member is named through its enum (EnumNames, StoredEnum), never typed out");
        Exemptions.Keys.Should().BeSubsetOf(used, "an exemption that no longer matches anything is removed");
    }

    /// <summary>
    /// Enums whose members are the names of fields or columns by design (a register file's columns,
    /// the value kinds of a CSV export, the permissions' dotted names live elsewhere): their names are those fields' names.
    /// </summary>
    private static bool IsFieldNameSet(Type type) => type.Name is "RegisterColumn" or "CsvColumnKind" or "Permission";

    /// <summary>
    /// A whole literal that is one word: "email", 'DirectMarketing' (in SQL), not "email: x"; a key in an
    /// indexer (["email"] = …) names a field, and a CSV column's header (CsvColumn&lt;Row&gt;.Text("received", …)) a
    /// column, not a member.
    /// </summary>
    [GeneratedRegex("""(?<![\w$@\[])(?<!CsvColumn<\w+>\.\w+\()(?<q>["'])(?<word>[A-Za-z]{2,})\k<q>""")]
    private static partial Regex QuotedWord();
}
