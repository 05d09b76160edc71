using HsWorks.Domain.Persons;
using HsWorks.Domain.ProhibitionRegisters;
using HsWorks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace HsWorks.Infrastructure.ProhibitionRegisters;

/// <summary>
/// The match keys of persons (<see cref="MatchKeys"/>), stored so that a register of a million
/// lines is matched by joins on ready values. Rewritten in the transaction that saves the person.
/// </summary>
internal static class PersonMatchKeys
{
    public const string Table = "person_match_keys";

    private static readonly string[] Columns = ["email", "phone", "mobile", "last_name", "first_name", "postal_code", "street"];

    public static MatchKeys Of(Person p) =>
        MatchKeys.Of(p.Email?.Value, p.Phone?.E164, p.Mobile?.E164, p.LastName, p.FirstName, p.Address?.PostalCode.Value, p.Address?.Street);

    public static async Task RewriteAsync(HsWorksDbContext db, IReadOnlyList<Person> persons, CancellationToken ct)
    {
        if (persons.Count == 0) return;
        var keys = persons.Select(Of).ToList();
        string?[] Column(Func<MatchKeys, string?> pick) => [.. keys.Select(pick)];
        await db.Database.ExecuteSqlAsync($"DELETE FROM person_match_keys WHERE person_id = ANY({persons.Select(p => p.Id).ToArray()})", ct);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO person_match_keys (person_id, email, phone, mobile, last_name, first_name, postal_code, street)
            SELECT * FROM unnest({persons.Select(p => p.Id).ToArray()}, {Column(k => k.Email)}, {Column(k => k.Phone)}, {Column(k => k.Mobile)},
                                 {Column(k => k.LastName)}, {Column(k => k.FirstName)}, {Column(k => k.PostalCode)}, {Column(k => k.Street)})
            """, ct);
        await MatchInForceAsync(db, [.. persons.Select(p => p.Id)], ct);
    }

    /// <summary>
    /// Matches saved persons against the lines of every register's file in force, so someone who
    /// is on a register is banned from the moment they are in ours, not from the next import.
    /// Matches are only added: a ban is never lifted because a person's details changed.
    /// </summary>
    private static Task MatchInForceAsync(HsWorksDbContext db, Guid[] personIds, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(MatchesInsert(InForce, "SELECT * FROM person_match_keys WHERE person_id = ANY(@persons)"),
            [new NpgsqlParameter("persons", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = personIds }], ct);

    /// <summary>As above, for the persons a query names (a set too large for one array parameter).</summary>
    public static Task MatchInForceAsync(HsWorksDbContext db, string personIdsQuery, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(MatchesInsert(InForce, $"SELECT * FROM person_match_keys WHERE person_id IN ({personIdsQuery})"), ct);

    private const string InForce = "SELECT e.* FROM register_entries e JOIN prohibition_registers r ON r.current_import_id = e.import_id";

    /// <summary>Matches the lines of an import (its own table, <see cref="RegisterEntryPartition"/>) with every person's keys; answers how many matches (line and person) it wrote.</summary>
    public static async Task<int> MatchImportAsync(HsWorksDbContext db, string linesTable, CancellationToken ct)
    {
        // Four hash joins of a million lines with a million persons: memory for the hashes instead of batches on disk, and no
        // JIT compilation (seconds of it for a statement that runs once).
        await db.Database.ExecuteSqlRawAsync("SET LOCAL work_mem = '256MB'; SET LOCAL jit = off", ct);
        return await db.Database.ExecuteSqlRawAsync(MatchesInsert($"SELECT * FROM {linesTable}", "SELECT * FROM person_match_keys"), ct);
    }

    /// <summary>
    /// The one definition of a match (docs/imports.md): which equal keys give which reason, from the
    /// register lines and the persons the two queries pick. Phone and mobile are joined apart so both
    /// joins can hash. The two sides are not materialised: the planner sees their tables, so a saved
    /// person is looked up through the lines' indexes (a materialised side read every line in force,
    /// 4 s per save at 1,000,000 lines) and an import's lines hash-join with statistics.
    /// </summary>
    private static string MatchesInsert(string lines, string people) => $"""
        WITH lines AS NOT MATERIALIZED ({lines}), people AS NOT MATERIALIZED ({people}),
        found AS (
            SELECT l.import_id, l.line, k.person_id, {StoredEnum.Sql(MatchReason.Email)} AS reason FROM lines l JOIN people k ON k.email = l.email
            UNION ALL
            SELECT l.import_id, l.line, k.person_id, {StoredEnum.Sql(MatchReason.Phone)} FROM lines l JOIN people k ON k.phone = l.phone
            UNION ALL
            SELECT l.import_id, l.line, k.person_id, {StoredEnum.Sql(MatchReason.Phone)} FROM lines l JOIN people k ON k.mobile = l.phone
            UNION ALL
            SELECT l.import_id, l.line, k.person_id, {StoredEnum.Sql(MatchReason.NameAndAddress)} FROM lines l JOIN people k
                ON k.last_name = l.last_name AND k.first_name = l.first_name AND k.postal_code = l.postal_code AND k.street = l.street)
        INSERT INTO register_matches (import_id, line, person_id, reasons)
        SELECT import_id, line, person_id, array_agg(DISTINCT reason ORDER BY reason) FROM found GROUP BY import_id, line, person_id
        ON CONFLICT DO NOTHING
        """;

    /// <summary>Writes the keys of persons that have none (persons saved before the keys existed, or loaded in bulk by SQL); answers how many.</summary>
    public static async Task<int> BackfillAsync(HsWorksDbContext db, CancellationToken ct)
    {
        var total = 0;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            while (true)
            {
                var batch = await db.Persons
                    .FromSql($"SELECT p.*, p.xmin FROM persons p WHERE NOT EXISTS (SELECT 1 FROM person_match_keys k WHERE k.person_id = p.id) LIMIT 20000")
                    .AsNoTracking().ToListAsync(ct);
                if (batch.Count == 0) return total;
                var connection = (NpgsqlConnection)db.Database.GetDbConnection();
                await using (var copy = await connection.BeginBinaryImportAsync(
                    $"COPY person_match_keys (person_id, {string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)", ct))
                {
                    foreach (var person in batch)
                    {
                        var k = Of(person);
                        await copy.StartRowAsync(ct);
                        await copy.WriteAsync(person.Id, NpgsqlDbType.Uuid, ct);
                        foreach (var value in new[] { k.Email, k.Phone, k.Mobile, k.LastName, k.FirstName, k.PostalCode, k.Street })
                        {
                            if (value is null) await copy.WriteNullAsync(ct);
                            else await copy.WriteAsync(value, NpgsqlDbType.Text, ct);
                        }
                    }
                    await copy.CompleteAsync(ct);
                }
                total += batch.Count;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
