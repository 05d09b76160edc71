using System.Reflection;
using System.Text.RegularExpressions;
using HsWorks.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// Issue 11: an endpoints file serves one Swagger tag, named as the file is (tag "Remote access" →
/// RemoteAccessEndpoints), and a route nested under a person or customer (/persons/{id}/consents)
/// is tagged by the resource it lists or changes, not by its parent (docs/architecture.md).
/// </summary>
public sealed partial class EndpointLayoutTests(ApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public void Every_operation_lives_in_the_endpoints_file_named_after_its_tag()
    {
        var endpoints = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true
                && e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .ToList();
        endpoints.Should().HaveCountGreaterThan(80);

        var misplaced = endpoints.Select(e =>
            {
                var tag = e.Metadata.GetMetadata<ITagsMetadata>()?.Tags.SingleOrDefault() ?? "(no tag)";
                var file = OuterType(e.Metadata.OfType<MethodInfo>().First().DeclaringType!).Name;
                return (Route: e.RoutePattern.RawText, Tag: tag, File: file);
            })
            .Where(x => x.File != FileFor(x.Tag))
            .Select(x => $"{x.Route}: tag \"{x.Tag}\" is mapped in {x.File}, expected {FileFor(x.Tag)}");
        misplaced.Should().BeEmpty();
    }

    private static Type OuterType(Type type) => type.DeclaringType is { } outer ? OuterType(outer) : type;

    private static string FileFor(string tag) =>
        string.Concat(Words().Split(tag).Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant())) + "Endpoints";

    [GeneratedRegex("[^A-Za-z]+")]
    private static partial Regex Words();
}
