using HsWorks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HsWorks.Infrastructure.Storage;

/// <summary>
/// One import's PostgreSQL advisory lock (session level), so that of several API instances only one runs it. Held on a connection
/// of its own for as long as this is not disposed; released explicitly (a pooled connection keeps its session) and with the session
/// if the connection is lost.
/// </summary>
internal sealed class ImportLock : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly long key;

    private ImportLock(NpgsqlConnection connection, long key)
    {
        this.connection = connection;
        this.key = key;
    }

    /// <summary>The lock of the import, or null when another instance holds it.</summary>
    public static async Task<ImportLock?> TryTakeAsync(IServiceScopeFactory scopes, Guid importId, CancellationToken cancellationToken)
    {
        string connectionString;
        using (var scope = scopes.CreateScope())
            connectionString = scope.ServiceProvider.GetRequiredService<HsWorksDbContext>().Database.GetConnectionString()!;
        var key = KeyOf(importId);
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", key);
            if (await command.ExecuteScalarAsync(cancellationToken) is true) return new ImportLock(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    /// <summary>The import id's 128 bits folded into the lock's 64 (a collision only makes one import wait for the next pass).</summary>
    internal static long KeyOf(Guid importId)
    {
        Span<byte> bytes = stackalloc byte[16];
        importId.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // The connection is gone, and the session's locks with it.
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
