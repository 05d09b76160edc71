using Npgsql;

namespace HsWorks.Infrastructure.Persistence;

/// <summary>
/// A PostgreSQL advisory lock at session level, held on a connection of its own (outside the pool, so that no other work shares
/// its session) for as long as it is not disposed: of several API instances only one runs the work it guards. Disposing unlocks
/// and closes the session; a lost connection releases the lock with its session.
/// </summary>
internal sealed class SessionAdvisoryLock : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly long key;

    private SessionAdvisoryLock(NpgsqlConnection connection, long key)
    {
        this.connection = connection;
        this.key = key;
    }

    /// <summary>The lock on <paramref name="key"/>, or null when another session holds it.</summary>
    public static async Task<SessionAdvisoryLock?> TryTakeAsync(string connectionString, long key, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", key);
            if (await command.ExecuteScalarAsync(cancellationToken) is true) return new SessionAdvisoryLock(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
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
            // The connection is gone, and the session's lock with it.
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
