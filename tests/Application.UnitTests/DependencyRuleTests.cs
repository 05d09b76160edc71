using System.Reflection;
using System.Xml.Linq;

namespace HsWorks.Application.UnitTests;

/// <summary>Dependencies point inward only (docs: architecture.md).</summary>
public sealed class DependencyRuleTests
{
    private static readonly Assembly Domain = typeof(HsWorks.Domain.Persons.Person).Assembly;
    private static readonly Assembly Application = typeof(HsWorks.Application.DependencyInjection).Assembly;

    [Fact]
    public void Domain_references_nothing_but_the_runtime()
    {
        Domain.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => !name.StartsWith("System") && name != "netstandard" && name != "mscorlib")
            .Should().BeEmpty();
    }

    [Fact]
    public void Domain_project_has_no_package_or_project_reference()
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot(), "src", "Domain", "Domain.csproj"));
        project.Descendants().Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference" or "FrameworkReference")
            .Should().BeEmpty();
    }

    [Fact]
    public void Application_does_not_reference_infrastructure_or_api()
    {
        var names = Application.GetReferencedAssemblies().Select(a => a.Name).ToList();
        names.Should().NotContain(["HsWorks.Infrastructure", "HsWorks.Api"]);
        names.Should().NotContain(n => n!.StartsWith("Microsoft.AspNetCore") || n.StartsWith("Npgsql"));

        var project = XDocument.Load(Path.Combine(RepositoryRoot(), "src", "Application", "Application.csproj"));
        project.Descendants().Where(e => e.Name.LocalName == "ProjectReference").Select(e => e.Attribute("Include")!.Value)
            .Should().OnlyContain(path => path.Contains("Domain"));
    }

    [Fact]
    public void Every_use_case_lives_in_its_own_file_named_after_it()
    {
        var requests = Application.GetTypes()
            .Where(t => t.IsPublic && t.GetInterfaces().Any(i => i.Namespace == "Mediator" && (i.Name.StartsWith("ICommand") || i.Name.StartsWith("IQuery"))))
            .ToList();
        requests.Should().NotBeEmpty();
        var root = Path.Combine(RepositoryRoot(), "src", "Application");
        foreach (var request in requests)
        {
            var area = request.Namespace!.Split('.').Last();
            File.Exists(Path.Combine(root, area, request.Name + ".cs")).Should().BeTrue($"{request.Name} should be in {area}/{request.Name}.cs");
        }
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HsWorks.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("HsWorks.sln not found above the test binaries.");
    }
}
