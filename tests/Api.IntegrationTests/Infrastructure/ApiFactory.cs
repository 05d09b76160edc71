using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using HsWorks.Application.Users;
using HsWorks.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;

[assembly: AssemblyFixture(typeof(HsWorks.Api.IntegrationTests.Infrastructure.ApiFactory))]

namespace HsWorks.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The real API on a real PostgreSQL: ./hsworks test starts a throwaway server and passes its
/// address in HSWORKS_TEST_PG. One database per run, reset between tests with Respawn. The audit
/// trail is append-only (the database refuses deletes), so it is kept and tests filter it by their own ids.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "Integration-Admin-1";

    private readonly string connectionString;
    private Respawner? respawner;

    public ApiFactory()
    {
        var server = Environment.GetEnvironmentVariable("HSWORKS_TEST_PG")
            ?? throw new InvalidOperationException("HSWORKS_TEST_PG is not set: run the integration tests through ./hsworks test, which starts PostgreSQL.");
        connectionString = $"{server};Database=hsworks_it_{Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant()}";
        Environment.SetEnvironmentVariable("HSWORKS_ADMIN_PASSWORD", AdminPassword);
    }

    public string ConnectionString => connectionString;

    /// <summary>The encryption key of this run (base64), for tests of key rotation.</summary>
    public string EncryptionKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The suppression records' HMAC key of this run (base64), its own key beside the encryption key.</summary>
    public string SuppressionKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The JWT signing key of this run (base64), for tests that forge tokens.</summary>
    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    /// <summary>The recording store of this run (a temporary folder).</summary>
    public string RecordingsPath { get; } = Path.Combine(Path.GetTempPath(), "hsworks-it-recordings-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Where uploaded register files wait for their import in this run (a temporary folder).</summary>
    public string ImportsPath { get; } = Path.Combine(Path.GetTempPath(), "hsworks-it-imports-" + Guid.NewGuid().ToString("N")[..8]);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Jwt:SigningKey", SigningKey);
        builder.UseSetting("Encryption:Key", EncryptionKey);
        builder.UseSetting("Suppression:Key", SuppressionKey);
        builder.UseSetting("Startup:Migrate", "false");
        builder.UseSetting("Startup:SeedDemo", "false");
        builder.UseSetting("Storage:RecordingsPath", RecordingsPath);
        builder.UseSetting("Storage:ImportsPath", ImportsPath);
        // Tests drive the webhook dispatcher themselves; the background loop only looks once at start.
        builder.UseSetting("Webhooks:PollSeconds", "3600");
        // The test receivers listen on loopback.
        builder.UseSetting("Webhooks:AllowPrivateNetworks", "true");
        builder.UseSetting("Swagger:UiEnabled", "true");
        // Tests start retention runs themselves (RetentionTests); a daily run at its hour would empty other tests' data.
        builder.UseSetting("Retention:ScheduleEnabled", "false");
        // The suites sign in many times from one address; BrowserAndSignInTests checks the throttling with its own limits.
        builder.UseSetting("SignIn:AddressPermitLimit", "1000000");
        builder.UseSetting("SignIn:NameFailureLimit", "1000000");
        builder.UseSetting("SignIn:QueuedSignIns", "100000");
    }

    public async ValueTask InitializeAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = builder.Database!;
        builder.Database = "postgres";
        await using (var admin = new NpgsqlConnection(builder.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        await InitialiseDatabaseAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__ef_migrations_history", "audit_records"],
        });
    }

    /// <summary>Empties the register (but not the audit trail) and recreates the first administrator.</summary>
    public async Task ResetAsync()
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            // The consent ledger refuses deletions except inside an erasure.
            await using (var erasure = new NpgsqlCommand("SET hsworks.erasure = 'on'", connection)) await erasure.ExecuteNonQueryAsync();
            await respawner!.ResetAsync(connection);
        }
        await InitialiseDatabaseAsync();
    }

    private async Task InitialiseDatabaseAsync()
    {
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(CancellationToken.None);
    }

    public async Task<LoginResult> LoginAsync(string username, string password)
    {
        var response = await CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<LoginResult>(HttpTestExtensions.Web))!;
    }

    public HttpClient ClientWithToken(string accessToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public async Task<HttpClient> AdminClientAsync() => ClientWithToken((await LoginAsync("admin", AdminPassword)).AccessToken);

    /// <summary>Creates a staff user with the access level, signs them in and changes the first password, as a new user must.</summary>
    public async Task<(HttpClient Client, UserDto User, string Password)> UserClientAsync(string accessLevel, string? username = null)
    {
        var admin = await AdminClientAsync();
        username ??= $"{accessLevel.ToLowerInvariant()}{RandomNumberGenerator.GetInt32(1_000_000)}";
        var created = await admin.PostAsJsonAsync("/api/v1/users",
            new { username, displayName = $"Test {accessLevel}", accessLevel, password = "Temporary-Pass-1" });
        created.EnsureSuccessStatusCode();
        var user = (await created.Content.ReadFromJsonAsync<UserDto>(HttpTestExtensions.Web))!;
        var first = await LoginAsync(username, "Temporary-Pass-1");
        var changed = await ClientWithToken(first.AccessToken).PostAsJsonAsync("/api/v1/auth/change-password",
            new { currentPassword = "Temporary-Pass-1", newPassword = "My-Own-Passphrase-1" });
        changed.EnsureSuccessStatusCode();
        var session = (await changed.Content.ReadFromJsonAsync<LoginResult>(HttpTestExtensions.Web))!;
        return (ClientWithToken(session.AccessToken), user, "My-Own-Passphrase-1");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(RecordingsPath)) Directory.Delete(RecordingsPath, recursive: true);
        if (Directory.Exists(ImportsPath)) Directory.Delete(ImportsPath, recursive: true);
        NpgsqlConnection.ClearAllPools();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = builder.Database!;
        builder.Database = "postgres";
        await using var admin = new NpgsqlConnection(builder.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>Base of the integration tests: a clean register before each test.</summary>
public abstract class ApiTest(ApiFactory factory) : IAsyncLifetime
{
    protected ApiFactory Factory { get; } = factory;

    public async ValueTask InitializeAsync() => await Factory.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
