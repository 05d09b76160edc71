using System.Net;
using System.Net.Http.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Marketing;
using HsWorks.Application.Persons;
using HsWorks.Application.Users;
using HsWorks.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// Issue 14: the read-only queries on a real streaming standby. A throwaway primary and a hot standby made of it with
/// pg_basebackup -R (both log every statement), the API with ConnectionStrings:ReadOnly = "Host=primary,standby;Target Session
/// Attributes=prefer-standby". Both clusters are stopped and removed when the class is done, also when a test fails.
/// </summary>
public sealed class StandbyReadTests(StandbyReadTests.Clusters clusters) : IClassFixture<StandbyReadTests.Clusters>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The primary and its standby, made once for the class and stopped after it, whatever its tests did.</summary>
    public sealed class Clusters : IAsyncLifetime
    {
        public OwnCluster Primary { get; } = new("log_statement=all");

        public OwnCluster? Standby { get; private set; }

        public async ValueTask InitializeAsync()
        {
            try
            {
                await Primary.StartAsync();
                Standby = await Primary.StartStandbyAsync("log_statement=all");
            }
            catch
            {
                await DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (Standby is not null) await Standby.DisposeAsync();
            await Primary.DisposeAsync();
        }
    }

    private OwnCluster Primary => clusters.Primary;

    private OwnCluster Standby => clusters.Standby!;

    private string ReadOnly => $"Host=127.0.0.1:{Primary.Port},127.0.0.1:{Standby.Port};Username=hsworks;Database=hsworks;" +
        "Target Session Attributes=prefer-standby;Timeout=3";

    [Fact]
    public async Task Search_overview_and_preview_are_answered_by_the_standby_while_writes_and_their_audit_go_to_the_primary()
    {
        await using var factory = new OwnClusterApiFactory(Primary.ConnectionString, ReadOnly);
        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(Ct);
        var login = await (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = OwnClusterApiFactory.AdminPassword }, Ct))
            .ReadAsync<LoginResult>(Ct);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", login.AccessToken);

        // The seam: the read-only queries' context is on the standby, the ordinary one on the primary.
        using (var scope = factory.Services.CreateScope())
        {
            (await InRecoveryAsync(scope.ServiceProvider.GetRequiredKeyedService<IHsWorksDb>(ReadOnlyQueries.Key))).Should().BeTrue("the read seam is on the standby");
            (await InRecoveryAsync(scope.ServiceProvider.GetRequiredService<IHsWorksDb>())).Should().BeFalse("writes go to the primary");
            var read = scope.ServiceProvider.GetRequiredKeyedService<IHsWorksDb>(ReadOnlyQueries.Key);
            await FluentActions.Invoking(() => read.SaveChangesAsync(Ct)).Should().ThrowAsync<InvalidOperationException>("the read seam never saves");
        }

        var person = await client.CreatePersonAsync(TestData.PersonBody(firstName: "Vara", lastName: "Seisoja", email: "vara.seisoja@example.fi"));
        var customer = await client.CreateCustomerAsync(new { type = "consumer", personId = person.Id });
        var selection = await (await client.PostAsJsonAsync("/api/v1/marketing/selections", new { name = "Standby", purpose = "ownMarketing", channel = "email" }, Ct))
            .ReadAsync<MarketingSelectionDto>(Ct);
        await WaitForReplayAsync();

        // Who ran what: every statement is in its server's log; each request's share is what the logs grew by meanwhile.
        const string searchCandidates = "SELECT tok, ord FROM unnest(";
        const string audit = "INSERT INTO audit_records";
        var (onStandby, onPrimary) = await StatementsDuringAsync(async () =>
        {
            var found = await (await client.GetAsync("/api/v1/search?q=seisoja", Ct)).ReadAsync<SearchResults>(Ct);
            found.Items.Should().Contain(i => i.Id == person.Id, "the standby has replayed the new person");
        });
        onStandby.Should().Contain(searchCandidates, "the search ran on the standby");
        onPrimary.Should().NotContain(searchCandidates, "the search did not run on the primary").And.Contain(audit, "its audit record was written on the primary");

        (onStandby, onPrimary) = await StatementsDuringAsync(async () =>
            (await client.GetAsync($"/api/v1/customers/{customer.Id}/overview", Ct)).StatusCode.Should().Be(HttpStatusCode.OK));
        onStandby.Should().Contain("FROM invoices", "the overview's parts ran on the standby");
        onPrimary.Should().NotContain("FROM invoices").And.Contain("FROM customers", "the customer itself is read on the primary").And.Contain(audit);

        (onStandby, onPrimary) = await StatementsDuringAsync(async () =>
            (await (await client.GetAsync($"/api/v1/marketing/selections/{selection.Id}/preview", Ct)).ReadAsync<SelectionPreviewDto>(Ct))
                .Included.Should().BeGreaterThanOrEqualTo(0));
        onStandby.Should().Contain("execute", "the preview's counting ran on the standby");
        onPrimary.Should().Contain("FROM marketing_selections", "the selection itself is read on the primary").And.Contain(audit);

        // A write after them still goes to the primary, and the record just saved opens at once (opening one reads the primary).
        var second = await client.CreatePersonAsync(TestData.PersonBody(firstName: "Toinen", lastName: "Seisoja", email: "toinen.seisoja@example.fi"));
        (await client.GetAsync($"/api/v1/persons/{second.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_bad_ReadOnly_connection_string_stops_the_API_at_start_up_with_a_clear_message()
    {
        await using var factory = new OwnClusterApiFactory(Primary.ConnectionString, "Host=127.0.0.1;Password=Not-In-The-Message;Target Session Attributes=sometimes");
        FluentActions.Invoking(() => factory.CreateClient()).Should().Throw<InvalidOperationException>()
            .WithMessage("ConnectionStrings:ReadOnly (ConnectionStrings__ReadOnly) is not a usable PostgreSQL connection string*target session attributes*")
            .Which.Message.Should().NotContain("Not-In-The-Message", "the value may hold a password");
    }

    private static async Task<bool> InRecoveryAsync(IHsWorksDb db) =>
        await ((DbContext)db).Database.SqlQueryRaw<bool>("SELECT pg_is_in_recovery() AS \"Value\"").SingleAsync(Ct);

    /// <summary>Waits until the standby has replayed everything the primary has written so far.</summary>
    private async Task WaitForReplayAsync()
    {
        await using var source = new NpgsqlConnection(Primary.ConnectionString);
        await source.OpenAsync(Ct);
        await using var current = new NpgsqlCommand("SELECT pg_current_wal_insert_lsn()::text", source);
        var lsn = (string)(await current.ExecuteScalarAsync(Ct))!;
        await using var target = new NpgsqlConnection(Standby.ConnectionString);
        await target.OpenAsync(Ct);
        await using var replayed = new NpgsqlCommand("SELECT pg_last_wal_replay_lsn() >= @lsn::pg_lsn", target);
        replayed.Parameters.AddWithValue("lsn", lsn);
        for (var waited = 0; !(bool)(await replayed.ExecuteScalarAsync(Ct))!; waited++)
        {
            waited.Should().BeLessThan(100, "the standby replays within 10 s");
            await Task.Delay(100, Ct);
        }
    }

    /// <summary>The statements the standby and the primary logged while <paramref name="requests"/> ran.</summary>
    private async Task<(string OnStandby, string OnPrimary)> StatementsDuringAsync(Func<Task> requests)
    {
        var (standbyFrom, primaryFrom) = (new FileInfo(Standby.LogPath).Length, new FileInfo(Primary.LogPath).Length);
        await requests();
        return (await ReadLogAsync(Standby, standbyFrom), await ReadLogAsync(Primary, primaryFrom));
    }

    private static async Task<string> ReadLogAsync(OwnCluster cluster, long from)
    {
        await using var stream = new FileStream(cluster.LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(from, SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(Ct);
    }
}
