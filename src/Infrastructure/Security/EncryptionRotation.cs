using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HsWorks.Infrastructure.Security;

/// <summary>How far a re-encryption got: values and file headers moved to the active key, and whether anything is left.</summary>
public sealed record RotationProgress(int Values, int Files, bool Complete);

/// <summary>A key the removal looked at: removed from the ring, or kept and why.</summary>
public sealed record KeyRemoval(string KeyId, bool Removed, string Reason);

/// <summary>
/// Key rotation in four steps that never leave a value without a readable key (docs/keys.md):
/// (1) <see cref="AddKeyAsync"/> puts a new key in the shared key ring file, readable by every instance;
/// (2) <see cref="ActivateAsync"/> names it active in the database, and every instance writes with it
///     from its next refresh on;
/// (3) <see cref="ReencryptAsync"/> moves values in short batches with compare-and-set, while the API
///     serves, and re-wraps the file keys of stored files; it can stop anywhere and be run again;
/// (4) <see cref="RemoveRetiredKeysAsync"/> drops a key from the ring only when no row, no file and no
///     backup still kept can need it.
/// </summary>
public sealed class EncryptionRotation(
    HsWorksDbContext db, FieldProtector protector, IOptions<StorageOptions> storage, TimeProvider clock, ILogger<EncryptionRotation> logger)
{
    /// <summary>Every column encrypted with <see cref="FieldProtector"/>; a new one must be added here.</summary>
    public static readonly IReadOnlyList<(string Table, string Column)> ProtectedColumns =
    [
        ("persons", "identity_code"),
        ("assets", "licence_key"),
        ("remote_accesses", "secret"),
        ("recipients", "webhook_secret"),
    ];

    private KeyRingFile RingFile => protector.RingFile
        ?? throw new InvalidOperationException("Key rotation needs a key ring file that every instance reads: set Encryption__KeyRingPath.");

    /// <summary>Step 1: a new random key in the key ring file (with the configured keys, so the file alone suffices afterwards).</summary>
    public async Task<string> AddKeyAsync(CancellationToken cancellationToken)
    {
        // The key in use is recorded as active first, so that the new one is retired from nothing and takes over from it.
        await RegisterKeysAsync(cancellationToken);
        var configured = protector.KeyIds.Where(protector.IsConfigured).ToList();
        var keyId = RingFile.AddNewKey(configured.Select(protector.ExportKey), clock.GetUtcNow());
        protector.Reload(force: true);
        await RegisterKeysAsync(cancellationToken);
        logger.LogInformation("Key {KeyId} added to the key ring", keyId);
        return keyId;
    }

    /// <summary>Step 2: the key every instance writes with from its next refresh (Encryption__RefreshSeconds) on.</summary>
    public async Task ActivateAsync(string keyId, CancellationToken cancellationToken)
    {
        if (!protector.KeyIds.Contains(keyId)) throw new InvalidOperationException($"Key {keyId} is not in the key ring: add it first.");
        await RegisterKeysAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.EncryptionKeys.Where(k => k.ActivatedAt != null && k.RetiredAt == null && k.KeyId != keyId)
            .ExecuteUpdateAsync(k => k.SetProperty(x => x.RetiredAt, now), cancellationToken);
        await db.EncryptionKeys.Where(k => k.KeyId == keyId && (k.ActivatedAt == null || k.RetiredAt != null))
            .ExecuteUpdateAsync(k => k.SetProperty(x => x.ActivatedAt, now).SetProperty(x => x.RetiredAt, (DateTimeOffset?)null)
                .SetProperty(x => x.DrainedAt, (DateTimeOffset?)null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        protector.UseActive(keyId);
        logger.LogInformation("Key {KeyId} is now the one every instance writes with", keyId);
    }

    /// <summary>
    /// Step 3: re-encrypts every value and re-wraps every file not on the active key. Each batch is one
    /// short transaction; a value is replaced only if it is still the ciphertext that was read
    /// (compare-and-set), so a concurrent edit is never overwritten. <paramref name="maxBatches"/>
    /// stops early (as a crash would); running again finishes.
    /// </summary>
    public async Task<RotationProgress> ReencryptAsync(int batchSize = 500, int? maxBatches = null, CancellationToken cancellationToken = default)
    {
        await RegisterKeysAsync(cancellationToken);
        var current = protector.CurrentKeyId;
        int values = 0, batches = 0;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var (table, column) in ProtectedColumns)
            {
                // Passes until nothing is left: a value edited meanwhile, or written by an instance that had not switched yet, is taken next time.
                for (var pass = 0; pass < 10; pass++)
                {
                    var movedInPass = 0;
                    var foundInPass = 0;
                    Guid? after = null;
                    while (true)
                    {
                        if (batches == maxBatches) return new RotationProgress(values, 0, false);
                        var stale = await StaleAsync(connection, table, column, current, after, batchSize, cancellationToken);
                        if (stale.Count == 0) break;
                        foundInPass += stale.Count;
                        var moved = await MoveAsync(connection, table, column, stale, cancellationToken);
                        (movedInPass, values) = (movedInPass + moved, values + moved);
                        after = stale[^1].Id;
                        batches++;
                    }
                    if (foundInPass == 0) break;
                }
                logger.LogInformation("{Table}.{Column} is on key {KeyId}", table, column, current);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        var files = RewrapFiles();
        var complete = await MarkDrainedAsync(cancellationToken);
        return new RotationProgress(values, files, complete);
    }

    /// <summary>
    /// Step 4: removes from the key ring every retired key that nothing needs: no row, no stored file,
    /// and no backup still kept (a backup taken before the key was drained is kept until drained + retention).
    /// </summary>
    public async Task<IReadOnlyList<KeyRemoval>> RemoveRetiredKeysAsync(TimeSpan backupRetention, CancellationToken cancellationToken)
    {
        await RegisterKeysAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var outcomes = new List<KeyRemoval>();
        var records = await db.EncryptionKeys.Where(k => k.RemovedAt == null).ToListAsync(cancellationToken);
        foreach (var key in records.Where(k => protector.KeyIds.Contains(k.KeyId)))
        {
            string? keep = null;
            if (key.ActivatedAt is not null && key.RetiredAt is null) keep = "it is the active key";
            else if (key.RetiredAt is null) keep = "it was never retired from writing";
            else if (await IsNeededAsync(key.KeyId, cancellationToken))
            {
                // Needed again (a restore brought its values back): backups taken from now on may hold them too.
                key.DrainedAt = null;
                keep = "values or files still use it: run the re-encryption again";
            }
            else if (key.DrainedAt is null) keep = "the re-encryption has not completed since it was retired";
            else if (key.DrainedAt.Value + backupRetention > now)
                keep = $"a backup taken before {key.DrainedAt.Value:u} may need it until {key.DrainedAt.Value + backupRetention:u}";
            else if (protector.IsConfigured(key.KeyId)) keep = "it comes from the configuration (Encryption__Key or Encryption__PreviousKeys): remove it there";
            if (keep is not null)
            {
                outcomes.Add(new KeyRemoval(key.KeyId, false, keep));
                continue;
            }
            RingFile.Remove(key.KeyId);
            key.RemovedAt = now;
            outcomes.Add(new KeyRemoval(key.KeyId, true, "no row, file or kept backup needs it"));
            logger.LogInformation("Key {KeyId} removed from the key ring", key.KeyId);
        }
        await db.SaveChangesAsync(cancellationToken);
        protector.Reload(force: true);
        return outcomes;
    }

    /// <summary>The whole rotation as ./hsworks rotate-keys runs it; with <paramref name="resume"/> only the re-encryption (after a stop).</summary>
    public async Task<RotationProgress> RotateAsync(bool resume, CancellationToken cancellationToken)
    {
        if (!resume)
        {
            await ActivateAsync(await AddKeyAsync(cancellationToken), cancellationToken);
            // Every instance re-reads the active key id within the refresh interval; values they write meanwhile are taken by the passes.
            await Task.Delay(TimeSpan.FromSeconds(2 * protector.Options.RefreshSeconds + 1), clock, cancellationToken);
        }
        return await ReencryptAsync(cancellationToken: cancellationToken);
    }

    /// <summary>Every key of the ring has a row; when none is active yet, the one this instance writes with becomes it.</summary>
    private async Task RegisterKeysAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var known = await db.EncryptionKeys.Select(k => k.KeyId).ToListAsync(cancellationToken);
        var hasActive = await db.EncryptionKeys.AnyAsync(k => k.ActivatedAt != null && k.RetiredAt == null, cancellationToken);
        foreach (var keyId in protector.KeyIds.Except(known))
            db.EncryptionKeys.Add(new EncryptionKeyRecord
            {
                KeyId = keyId,
                AddedAt = now,
                ActivatedAt = !hasActive && keyId == protector.CurrentKeyId ? now : null,
            });
        await db.SaveChangesAsync(cancellationToken);
        // The steps below change these rows with set-based updates: nothing tracked may go stale.
        db.ChangeTracker.Clear();
        if (!hasActive && known.Contains(protector.CurrentKeyId))
            await db.EncryptionKeys.Where(k => k.KeyId == protector.CurrentKeyId)
                .ExecuteUpdateAsync(k => k.SetProperty(x => x.ActivatedAt, now).SetProperty(x => x.RetiredAt, (DateTimeOffset?)null), cancellationToken);
        // This process writes with the key the database names, like every instance.
        protector.UseActive(await db.EncryptionKeys.Where(k => k.ActivatedAt != null && k.RetiredAt == null).Select(k => k.KeyId)
            .FirstOrDefaultAsync(cancellationToken));
    }

    private static async Task<List<(Guid Id, string Value)>> StaleAsync(NpgsqlConnection connection, string table, string column, string current,
        Guid? after, int batchSize, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand(
            $"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL AND {column} NOT LIKE @current AND (@after IS NULL OR id > @after) ORDER BY id LIMIT @limit",
            connection);
        select.Parameters.AddWithValue("current", $"v2:{current}:%");
        select.Parameters.Add(new NpgsqlParameter<Guid?>("after", NpgsqlTypes.NpgsqlDbType.Uuid) { TypedValue = after });
        select.Parameters.AddWithValue("limit", batchSize);
        var stale = new List<(Guid, string)>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) stale.Add((reader.GetGuid(0), reader.GetString(1)));
        return stale;
    }

    /// <summary>One batch in one short transaction; only rows still holding the ciphertext that was read change.</summary>
    private async Task<int> MoveAsync(NpgsqlConnection connection, string table, string column, List<(Guid Id, string Value)> stale,
        CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var moved = 0;
        foreach (var (id, value) in stale)
        {
            await using var update = new NpgsqlCommand($"UPDATE {table} SET {column} = @value WHERE id = @id AND {column} = @old", connection, transaction);
            update.Parameters.AddWithValue("value", protector.Protect(protector.Unprotect(value)));
            update.Parameters.AddWithValue("id", id);
            update.Parameters.AddWithValue("old", value);
            moved += await update.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return moved;
    }

    /// <summary>Stored files: a file key wrapped with another key is re-wrapped (the header only); a file from before encryption is encrypted.</summary>
    private int RewrapFiles()
    {
        var moved = 0;
        foreach (var path in StoredFiles())
        {
            if (EncryptedFile.KeyIdOf(path) is null && !File.Exists(path + ".header"))
            {
                EncryptLegacyFile(path);
                moved++;
            }
            else if (EncryptedFile.Rewrap(path, protector)) moved++;
        }
        return moved;
    }

    private void EncryptLegacyFile(string path)
    {
        var partial = path + ".encrypting";
        using (var plain = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
        using (var encrypted = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
        {
            EncryptedFile.EncryptAsync(plain, encrypted, protector, CancellationToken.None).GetAwaiter().GetResult();
            encrypted.Flush(flushToDisk: true);
        }
        File.Move(partial, path, overwrite: true);
    }

    private IEnumerable<string> StoredFiles() =>
        storage.Value.EncryptedFolders.Distinct().SelectMany(folder => Directory.EnumerateFiles(folder))
            .Where(path => !path.EndsWith(".partial", StringComparison.Ordinal) && !path.EndsWith(".header", StringComparison.Ordinal)
                && !path.EndsWith(".encrypting", StringComparison.Ordinal));

    /// <summary>Records when retired keys stopped being needed by any row or file; answers whether every retired key is drained.</summary>
    private async Task<bool> MarkDrainedAsync(CancellationToken cancellationToken)
    {
        var complete = true;
        var now = clock.GetUtcNow();
        foreach (var key in await db.EncryptionKeys.Where(k => k.RetiredAt != null && k.RemovedAt == null).ToListAsync(cancellationToken))
        {
            if (await IsNeededAsync(key.KeyId, cancellationToken))
            {
                complete = false;
                key.DrainedAt = null;
            }
            else key.DrainedAt ??= now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return complete;
    }

    private async Task<bool> IsNeededAsync(string keyId, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var (table, column) in ProtectedColumns)
            {
                // A value from before key ids ("v1:") may need any key.
                await using var check = new NpgsqlCommand(
                    $"SELECT EXISTS (SELECT 1 FROM {table} WHERE {column} LIKE @key OR {column} LIKE 'v1:%')", connection);
                check.Parameters.AddWithValue("key", $"v2:{keyId}:%");
                if ((bool)(await check.ExecuteScalarAsync(cancellationToken))!) return true;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return StoredFiles().Any(path => File.Exists(path + ".header") || EncryptedFile.KeyIdOf(path) is not { } id || id == keyId);
    }
}
