using HsWorks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Infrastructure.ProhibitionRegisters;

/// <summary>
/// The lines of one import: a partition of <c>register_entries</c> (migration I14RegisterEntriesPerImport). An import copies into
/// it as a bare table — no index, key or foreign key to maintain row by row — builds its indexes once, and attaches it when the
/// import is put in force; the snapshot it replaces goes by dropping its partition. All in the import's transaction.
/// </summary>
internal sealed class RegisterEntryPartition(Guid importId)
{
    /// <summary>The partition's name: fixed by the import's id, as the migration named those of earlier imports.</summary>
    public string Table { get; } = "register_entries_" + importId.ToString("N");

    private string ImportLiteral => $"'{importId:D}'::uuid";

    /// <summary>
    /// Imports of different registers run one at a time (those of one register already do, by its row's lock): each adds a
    /// partition and drops one, and two at once would each wait for the other's lock on register_entries with their own held
    /// (a deadlock, with several API instances). This lock conflicts only with itself and DDL: person saves, which read the
    /// lines in force, and erasures, which delete some, go on.
    /// </summary>
    public static Task OneImportAtATimeAsync(HsWorksDbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync("LOCK TABLE ONLY register_entries IN SHARE UPDATE EXCLUSIVE MODE", ct);

    /// <summary>A bare table shaped as the parent. Its check of the import id lets ATTACH skip the scan that would prove it.</summary>
    public Task CreateAsync(HsWorksDbContext db, CancellationToken ct) => RunAsync(db, $"""
        CREATE TABLE {Table} (LIKE register_entries INCLUDING DEFAULTS,
            CONSTRAINT {Table}_import CHECK (import_id IS NOT NULL AND import_id = {ImportLiteral}))
        """, ct);

    /// <summary>The key and the indexes of the parent, each built in one sort after the COPY, and the planner's statistics.</summary>
    public async Task IndexAsync(HsWorksDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("SET LOCAL maintenance_work_mem = '256MB'", ct);
        await RunAsync(db, $"""
            ALTER TABLE {Table} ADD CONSTRAINT {Table}_pkey PRIMARY KEY (import_id, line);
            CREATE INDEX ON {Table} (email);
            CREATE INDEX ON {Table} (phone);
            CREATE INDEX ON {Table} (last_name, postal_code);
            ANALYZE {Table};
            """, ct);
    }

    /// <summary>Makes the lines part of register_entries; the parent's key, foreign key and indexes adopt the partition's own.</summary>
    public Task AttachAsync(HsWorksDbContext db, CancellationToken ct) => RunAsync(db, $"""
        ALTER TABLE register_entries ATTACH PARTITION {Table} FOR VALUES IN ({ImportLiteral});
        ALTER TABLE {Table} DROP CONSTRAINT {Table}_import;
        """, ct);

    /// <summary>
    /// Drops the lines of a replaced snapshot (their matches stay as history in register_matches). Lines imported before the
    /// partitions (migration I14RegisterEntriesPerImport keeps them in one shared partition) are deleted instead.
    /// </summary>
    public Task DropAsync(HsWorksDbContext db, CancellationToken ct) => RunAsync(db, $"""
        DROP TABLE IF EXISTS {Table};
        DELETE FROM register_entries WHERE import_id = {ImportLiteral};
        """, ct);

    /// <summary>DDL takes no parameters; the only values written into it are the import's id and names made of it (hex digits).</summary>
    private static Task RunAsync(HsWorksDbContext db, string ddl, CancellationToken ct) => db.Database.ExecuteSqlRawAsync(ddl, ct);
}
