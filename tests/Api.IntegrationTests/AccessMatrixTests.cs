using System.Net;
using System.Net.Http.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Domain.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// Walks every endpoint of the running API with every access level against the table in
/// docs/access-levels.md: 401 without a token, 403 where the table says "·", past authorization where it says "✓".
/// </summary>
public sealed class AccessMatrixTests(ApiFactory factory) : ApiTest(factory)
{
    private static readonly string DocPath = Path.Combine(RepositoryRoot(), "docs", "access-levels.md");

    [Fact]
    public void Every_endpoint_that_needs_a_token_is_in_the_documented_matrix()
    {
        var documented = ReadMatrix().Select(r => r.Endpoint).ToHashSet();
        var secured = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is not null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} /{Normalise(e.RoutePattern.RawText!)}"))
            .ToHashSet();

        secured.Should().BeEquivalentTo(documented, "docs/access-levels.md lists every secured endpoint, and only those");
    }

    [Fact]
    public async Task Every_endpoint_answers_each_access_level_as_the_matrix_says()
    {
        var ct = TestContext.Current.CancellationToken;
        var matrix = ReadMatrix();
        var clients = new Dictionary<AccessLevel, HttpClient>();
        foreach (var level in Enum.GetValues<AccessLevel>()) clients[level] = (await Factory.UserClientAsync(level.ToString())).Client;
        var anonymous = Factory.CreateClient();
        var mismatches = new List<string>();

        foreach (var (endpoint, allowed) in matrix)
        {
            var withoutToken = await SendAsync(anonymous, endpoint, ct);
            if (withoutToken != HttpStatusCode.Unauthorized) mismatches.Add($"{endpoint} without a token: {(int)withoutToken}, expected 401");

            foreach (var level in Enum.GetValues<AccessLevel>())
            {
                var status = await SendAsync(clients[level], endpoint, ct);
                var ok = allowed[level]
                    ? status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)status < 500
                    : status == HttpStatusCode.Forbidden;
                if (!ok) mismatches.Add($"{endpoint} as {level}: {(int)status}, expected {(allowed[level] ? "allowed" : "403")}");
            }
        }

        mismatches.Should().BeEmpty();
    }

    /// <summary>
    /// Sends the request with an empty body and an unknown id: a level with the permission gets 400 or 404,
    /// never 401/403; authorization is checked before validation, so a level without it gets 403.
    /// </summary>
    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string endpoint, CancellationToken ct)
    {
        var parts = endpoint.Split(' ', 2);
        var path = System.Text.RegularExpressions.Regex.Replace(parts[1], "{[A-Za-z]+}", _ => Guid.NewGuid().ToString());
        if (path.EndsWith("/search")) path += "?q=virtanen";
        using var request = new HttpRequestMessage(new HttpMethod(parts[0]), path);
        if (parts[0] is "POST" or "PUT") request.Content = JsonContent.Create(new { });
        // Upload endpoints only exist for multipart bodies.
        if (parts[0] == "POST" && (path.EndsWith("/recordings") || path.EndsWith("/imports")))
            request.Content = new MultipartFormDataContent { { new StringContent("call notes"), "file", "notes.txt" } };
        if (parts[0] == "PUT") request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var response = await client.SendAsync(request, ct);
        return response.StatusCode;
    }

    private static List<(string Endpoint, Dictionary<AccessLevel, bool> Allowed)> ReadMatrix()
    {
        var lines = File.ReadAllLines(DocPath);
        var header = lines.First(l => l.StartsWith("| endpoint |"));
        var levels = header.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(Enum.Parse<AccessLevel>).ToList();
        levels.Should().BeEquivalentTo(Enum.GetValues<AccessLevel>(), "the matrix has a column for every access level");

        var rows = new List<(string, Dictionary<AccessLevel, bool>)>();
        foreach (var line in lines.SkipWhile(l => l != header).Skip(2).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var allowed = levels.Select((level, i) => (level, cells[i + 1] == "✓")).ToDictionary(x => x.level, x => x.Item2);
            rows.Add((cells[0].Trim('`'), allowed));
        }
        rows.Should().NotBeEmpty();
        return rows;
    }

    private static string Normalise(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route.TrimStart('/').TrimEnd('/'), ":guid}", "}");

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HsWorks.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("HsWorks.sln not found above the test binaries.");
    }
}
