using HsWorks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HsWorks.Infrastructure.Security;

/// <summary>
/// Re-encrypts every protected column with the current key after a key change (the old key stays
/// in Encryption__PreviousKeys until this has run). One transaction: all values move, or none.
/// </summary>
public sealed class EncryptionRotation(HsWorksDbContext db, FieldProtector protector, ILogger<EncryptionRotation> logger)
{
    private static readonly (string Table, string Column)[] ProtectedColumns =
    [
        ("persons", "identity_code"),
        ("assets", "licence_key"),
        ("remote_accesses", "secret"),
        ("recipients", "webhook_secret"),
    ];

    public async Task<int> RotateAsync(CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var total = 0;
        foreach (var (table, column) in ProtectedColumns)
        {
            var stale = new List<(Guid Id, string Value)>();
            await using (var select = new NpgsqlCommand(
                $"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL AND {column} NOT LIKE @current FOR UPDATE", connection, transaction))
            {
                select.Parameters.AddWithValue("current", $"v2:{protector.CurrentKeyId}:%");
                await using var reader = await select.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) stale.Add((reader.GetGuid(0), reader.GetString(1)));
            }
            foreach (var (id, value) in stale)
            {
                await using var update = new NpgsqlCommand($"UPDATE {table} SET {column} = @value WHERE id = @id", connection, transaction);
                update.Parameters.AddWithValue("value", protector.Protect(protector.Unprotect(value)));
                update.Parameters.AddWithValue("id", id);
                await update.ExecuteNonQueryAsync(ct);
            }
            logger.LogInformation("Re-encrypted {Count} values of {Table}.{Column}", stale.Count, table, column);
            total += stale.Count;
        }
        await transaction.CommitAsync(ct);
        return total;
    }
}
