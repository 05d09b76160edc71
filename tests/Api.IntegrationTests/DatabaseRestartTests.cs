using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Users;
using HsWorks.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// Issue 10, item 12: PostgreSQL stops and starts under writes. Runs on a throwaway cluster of its
/// own (initdb + pg_ctl as the postgres OS user, like ./hsworks), never on the shared test server.
/// </summary>
public sealed class DatabaseRestartTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly OwnCluster cluster = new();

    public async ValueTask InitializeAsync() => await cluster.StartAsync();

    public async ValueTask DisposeAsync() => await cluster.DisposeAsync();

    [Fact]
    public async Task While_PostgreSQL_restarts_writes_answer_only_2xx_or_503_with_Retry_After_none_acknowledged_is_lost_and_the_API_recovers()
    {
        await using var factory = new OwnClusterApiFactory(cluster.ConnectionString);
        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(Ct);
        var login = await (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = OwnClusterApiFactory.AdminPassword }, Ct))
            .ReadAsync<LoginResult>(Ct);
        var answers = new ConcurrentBag<(DateTime At, HttpStatusCode Status, bool RetryAfter, Guid? Id, string Body)>();
        using var stop = new CancellationTokenSource();

        async Task WriterAsync(int writer)
        {
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.AccessToken);
            for (var seq = 0; !stop.IsCancellationRequested; seq++)
            {
                var response = await client.PostAsJsonAsync("/api/v1/persons", TestData.PersonBody(firstName: $"W{writer}", lastName: $"Kirjoittaja{seq}", phone: null, email: $"w{writer}.{seq}@example.fi"), Ct);
                var body = await response.Content.ReadAsStringAsync(Ct);
                Guid? id = response.StatusCode == HttpStatusCode.Created
                    ? System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid() : null;
                answers.Add((DateTime.UtcNow, response.StatusCode, response.Headers.RetryAfter is not null, id, body));
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable) await Task.Delay(100, Ct);
            }
        }

        var writers = Enumerable.Range(0, 3).Select(WriterAsync).ToList();
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);
        await cluster.StopAsync();

        // Down: the process is alive, not ready, and a write is a 503 with Retry-After (after the retries gave up).
        var probe = factory.CreateClient();
        (await probe.GetAsync("/api/v1/health/live", Ct)).StatusCode.Should().Be(HttpStatusCode.OK, "liveness never touches the database");
        (await probe.GetAsync("/api/v1/health/ready", Ct)).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await probe.GetAsync("/api/v1/health", Ct)).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        probe.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.AccessToken);
        var whileDown = await probe.PostAsJsonAsync("/api/v1/persons", TestData.PersonBody(firstName: "Probe", lastName: "Alhaalla", phone: null, email: "probe@example.fi"), Ct);
        whileDown.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "a write the retries cannot save is a 503, never a 500");
        whileDown.Headers.RetryAfter.Should().NotBeNull("a 503 says when to try again");

        await cluster.StartAgainAsync();
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);
        await cluster.RestartAsync();
        var restartedAt = DateTime.UtcNow;
        for (var waited = 0; waited < 150 && !answers.Any(a => a.Status == HttpStatusCode.Created && a.At > restartedAt); waited++) await Task.Delay(200, Ct);
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);
        stop.Cancel();
        await Task.WhenAll(writers);

        var all = answers.ToList();
        all.Where(a => a.Status != HttpStatusCode.Created && a.Status != HttpStatusCode.ServiceUnavailable)
            .Should().BeEmpty("only 201 or 503 while the database restarts: {0}", string.Join("\n", all.Where(a => (int)a.Status >= 400 && a.Status != HttpStatusCode.ServiceUnavailable).Select(a => $"{a.Status} {a.Body}").Take(5)));
        // Short outages are hidden by the retries, so the writers may see no 503 at all; any they see says when to try again.
        all.Where(a => a.Status == HttpStatusCode.ServiceUnavailable && !a.RetryAfter).Should().BeEmpty("every 503 says when to try again");
        all.Should().Contain(a => a.Status == HttpStatusCode.Created && a.At > restartedAt, "the API serves again by itself");
        (await probe.GetAsync("/api/v1/health/ready", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        var acknowledged = all.Where(a => a.Id is not null).Select(a => a.Id!.Value).ToList();
        acknowledged.Should().NotBeEmpty();
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM persons WHERE id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", acknowledged.ToArray());
        ((long)(await command.ExecuteScalarAsync(Ct))!).Should().Be(acknowledged.Count, "every acknowledged write is there");
    }
}
