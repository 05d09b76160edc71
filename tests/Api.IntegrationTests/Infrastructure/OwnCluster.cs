using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace HsWorks.Api.IntegrationTests.Infrastructure;

/// <summary>The API on a throwaway cluster, configured like the shared test fixture; <paramref name="readOnly"/> is ConnectionStrings:ReadOnly.</summary>
public sealed class OwnClusterApiFactory(string connectionString, string? readOnly = null) : WebApplicationFactory<Program>
{
    public const string AdminPassword = ApiFactory.AdminPassword;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Environment.SetEnvironmentVariable("HSWORKS_ADMIN_PASSWORD", AdminPassword);
        var storage = Path.Combine(Path.GetTempPath(), "hsworks-own-" + Guid.NewGuid().ToString("N")[..8]);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        if (readOnly is not null) builder.UseSetting("ConnectionStrings:ReadOnly", readOnly);
        builder.UseSetting("Jwt:SigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)));
        builder.UseSetting("Encryption:Key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Suppression:Key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Startup:Migrate", "false");
        builder.UseSetting("Startup:SeedDemo", "false");
        builder.UseSetting("Storage:RecordingsPath", Path.Combine(storage, "recordings"));
        builder.UseSetting("Storage:ImportsPath", Path.Combine(storage, "imports"));
        builder.UseSetting("Webhooks:PollSeconds", "3600");
    }
}

/// <summary>
/// A PostgreSQL cluster in a temporary folder on a free port, run as the postgres OS user when the tests run as root (like
/// ./hsworks); never the shared test server. <see cref="StartStandbyAsync"/> makes a streaming hot standby of it.
/// </summary>
public sealed class OwnCluster : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "hsworks-pg-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string[] settings;
    private string bin = string.Empty;

    /// <param name="settings">Server settings (<c>name=value</c>) given to postgres at every start.</param>
    public OwnCluster(params string[] settings) => this.settings = settings;

    public int Port { get; } = FreePort();

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=hsworks;Database=hsworks;Maximum Pool Size=20;Timeout=3";

    /// <summary>The server's log (with <c>log_statement=all</c> among the settings: every statement it ran).</summary>
    public string LogPath => Path.Combine(folder, "log");

    public async Task StartAsync()
    {
        await PrepareAsync();
        await RunPgAsync("initdb", "-D", Data, "-U", "hsworks", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        await StartAgainAsync();
        await using var admin = new NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username=hsworks;Database=postgres");
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand("CREATE DATABASE hsworks", admin);
        await create.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// A hot standby of this cluster, streaming from it: pg_basebackup -R (initdb's defaults already allow it: wal_level replica,
    /// max_wal_senders 10, replication from 127.0.0.1 trusted, and hsworks is the superuser) started on a port of its own.
    /// </summary>
    public async Task<OwnCluster> StartStandbyAsync(params string[] standbySettings)
    {
        var standby = new OwnCluster(standbySettings);
        try
        {
            await standby.PrepareAsync();
            await standby.RunPgAsync("pg_basebackup", "-h", "127.0.0.1", "-p", Port.ToString(), "-U", "hsworks", "-D", standby.Data,
                "-R", "-X", "stream", "-c", "fast");
            await standby.StartAgainAsync();
            return standby;
        }
        catch
        {
            await standby.DisposeAsync();
            throw;
        }
    }

    public Task StartAgainAsync() => RunPgAsync("pg_ctl", "-D", Data, "-l", LogPath, "-w", "-t", "60",
        "-o", string.Join(' ', [$"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", .. settings.Select(s => $"-c {s}")]), "start");

    public Task StopAsync() => RunPgAsync("pg_ctl", "-D", Data, "-m", "fast", "-w", "stop");

    public Task RestartAsync() => RunPgAsync("pg_ctl", "-D", Data, "-m", "fast", "-w", "-t", "60", "restart");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(Data)) await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Not running.
        }
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder; the system cleans it.
        }
    }

    private string Data => Path.Combine(folder, "data");

    private static bool IsRoot => Environment.UserName == "root";

    private async Task PrepareAsync()
    {
        bin = Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => Version.TryParse(Path.GetFileName(d), out var v) ? v : new Version(0, 0))
            .Select(d => Path.Combine(d, "bin")).LastOrDefault(d => File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException("PostgreSQL's binaries are not under /usr/lib/postgresql (./hsworks test installs them).");
        Directory.CreateDirectory(folder);
        if (IsRoot) await RunAsync("chown", "postgres", folder);
    }

    private Task RunPgAsync(string program, params string[] arguments) => IsRoot
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(bin, program), .. arguments])
        : RunAsync(Path.Combine(bin, program), arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output} {await error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
