using Npgsql;

namespace HsWorks.Bench;

/// <summary>
/// Building an index once over loaded rows is many times cheaper than maintaining it row by row during a COPY (the trigram GIN and
/// GiST indexes above all). So the seed drops the non-unique indexes that back no constraint — primary keys and unique indexes stay,
/// as <c>ON CONFLICT</c> and the register's invariants need them — and recreates them from their own definitions afterwards, several at once.
/// </summary>
internal static class SecondaryIndexes
{
    private const int Parallel = 3;

    public static async Task<IReadOnlyList<(string Name, string Definition)>> DropAsync(NpgsqlDataSource dataSource, string[] tables, CancellationToken ct)
    {
        var indexes = new List<(string, string)>();
        await using (var command = dataSource.CreateCommand("""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            JOIN pg_class c ON c.relname = i.indexname AND c.relnamespace = 'public'::regnamespace
            JOIN pg_index x ON x.indexrelid = c.oid
            WHERE i.schemaname = 'public' AND i.tablename = ANY(@tables) AND NOT x.indisunique
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid)
            ORDER BY i.tablename, i.indexname
            """))
        {
            command.Parameters.AddWithValue("tables", tables);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (name, _) in indexes)
        {
            await using var drop = dataSource.CreateCommand($"DROP INDEX \"{name}\"");
            await drop.ExecuteNonQueryAsync(ct);
        }
        return indexes;
    }

    /// <summary>Recreates the indexes, <see cref="Parallel"/> at a time, each with a generous maintenance_work_mem; the largest first.</summary>
    public static async Task CreateAsync(NpgsqlDataSource dataSource, IReadOnlyList<(string Name, string Definition)> indexes, CancellationToken ct)
    {
        var queue = new Queue<(string Name, string Definition)>(indexes.OrderBy(i => i.Definition.Contains("gist") || i.Definition.Contains("gin") ? 0 : 1));
        async Task Worker()
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            await using (var memory = new NpgsqlCommand("SET maintenance_work_mem = '256MB'", connection)) await memory.ExecuteNonQueryAsync(ct);
            while (true)
            {
                (string Name, string Definition) next;
                lock (queue)
                {
                    if (!queue.TryDequeue(out next)) return;
                }
                await using var create = new NpgsqlCommand(next.Definition, connection) { CommandTimeout = 0 };
                await create.ExecuteNonQueryAsync(ct);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => Worker()));
    }
}
