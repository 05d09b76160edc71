using System.Text.RegularExpressions;

namespace HsWorks.Application.UnitTests;

/// <summary>Issue 11: the house keeps one vocabulary and one way in (docs/architecture.md).</summary>
public sealed partial class ArchitectureTests
{
    private static readonly string Root = DependencyRuleTests.RepositoryRoot();

    [Fact]
    public void The_Api_reaches_the_database_only_through_Application_use_cases_and_services()
    {
        var offenders = SourceFiles("src", "Api")
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => DatabaseAccess().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(Root, x.file)}:{x.number}: {x.line.Trim()}");
        offenders.Should().BeEmpty("endpoints and middleware send requests or call Application services; they never hold the DbContext");
    }

    [Fact]
    public void An_area_has_one_name_in_every_layer()
    {
        var application = Areas("src", "Application");
        Areas("src", "Domain").Should().BeSubsetOf(application, "a Domain area has the Application area of the same name");
        Areas("tests", "Domain.UnitTests").Should().BeSubsetOf(Areas("src", "Domain"), "Domain tests sit in the folder of the area they test");

        var resources = application.Concat(Directory.GetFiles(Path.Combine(Root, "src", "Api", "Endpoints"), "*Endpoints.cs")
            .Select(f => Path.GetFileNameWithoutExtension(f)[..^"Endpoints".Length])).ToHashSet();
        Directory.GetDirectories(Path.Combine(Root, "client", "src", "features")).Select(Path.GetFileName)
            .Select(kebab => string.Concat(kebab!.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])))
            .Should().BeSubsetOf(resources, "an SPA feature is named after an Application area or an API resource");
    }

    private static IEnumerable<string> SourceFiles(params string[] path) =>
        Directory.EnumerateFiles(Path.Combine([Root, .. path]), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

    private static HashSet<string> Areas(params string[] path) =>
        Directory.GetDirectories(Path.Combine([Root, .. path])).Select(d => Path.GetFileName(d)!)
            .Where(name => name is not ("Common" or "bin" or "obj" or "Infrastructure")).ToHashSet();

    [GeneratedRegex(@"\b(IHsWorksDb|HsWorksDbContext|DbSet<|using Microsoft\.EntityFrameworkCore|using Npgsql)\b")]
    private static partial Regex DatabaseAccess();
}
