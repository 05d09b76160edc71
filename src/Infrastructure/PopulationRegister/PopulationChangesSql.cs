using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Persons;
using HsWorks.Domain.PopulationRegister;
using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.ProhibitionRegisters;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace HsWorks.Infrastructure.PopulationRegister;

/// <summary>
/// The set-based application of a change file's changes (the temporary table population_changes_in) to persons, in the caller's
/// transaction. Per person and group the latest change counts (by change date, then line). Names and addresses older than the
/// date already stored are not applied. Only real changes are recorded (population_register_changes), audited and told to recipients.
/// </summary>
internal static class PopulationChangesSql
{
    private static readonly string Source = StoredEnum.Sql(DataSource.PopulationRegister);

    private static string G(PopulationChangeGroup group) => StoredEnum.Sql(group);

    public static async Task<PopulationImportSummary> ApplyAsync(HsWorksDbContext db, Guid importId, DateTimeOffset now, string by, CancellationToken ct)
    {
        NpgsqlParameter[] Parameters() =>
        [
            new("import", NpgsqlDbType.Uuid) { Value = importId },
            new("now", NpgsqlDbType.TimestampTz) { Value = now.UtcDateTime },
            new("by", NpgsqlDbType.Text) { Value = by },
        ];
        Task<int> Run(string sql) => db.Database.ExecuteSqlRawAsync(sql, Parameters(), ct);

        await Run("ANALYZE population_changes_in");
        // Each change's person: by the code it names, or — after a correction earlier in the same file — by the corrected code.
        await Run($"""
            CREATE TEMP TABLE population_changes_resolved ON COMMIT DROP AS
            WITH direct AS (
                SELECT c.*, p.id AS person_id FROM population_changes_in c LEFT JOIN persons p ON p.identity_code_lookup = c.lookup),
            corrected AS (
                SELECT DISTINCT ON (d.new_lookup) d.new_lookup, d.person_id FROM direct d
                 WHERE d.grp = {G(PopulationChangeGroup.IdentityCodeCorrection)} AND d.person_id IS NOT NULL ORDER BY d.new_lookup, d.line)
            SELECT d.line, d.seq, d.grp, d.change_date, d.first_names, d.last_name, d.street, d.postal_code, d.city, d.withheld, d.marking,
                   d.marking_ends, d.died_on, d.new_lookup, d.new_code, d.name_words, d.key_first_name, d.key_last_name, d.key_postal_code,
                   d.key_street, COALESCE(d.person_id, k.person_id) AS person_id
              FROM direct d LEFT JOIN corrected k ON d.person_id IS NULL AND k.new_lookup = d.lookup
            """);
        var unmatched = await Run("""
            INSERT INTO population_register_unmatched (import_id, line, groups)
            SELECT @import, line, array_agg(DISTINCT grp ORDER BY grp) FROM population_changes_resolved WHERE person_id IS NULL GROUP BY line
            """);
        await Run("""
            CREATE TEMP TABLE population_changes_latest ON COMMIT DROP AS
            SELECT DISTINCT ON (person_id, grp) * FROM population_changes_resolved WHERE person_id IS NOT NULL
             ORDER BY person_id, grp, change_date DESC, line DESC, seq DESC;
            CREATE INDEX ON population_changes_latest (grp, person_id);
            ANALYZE population_changes_latest
            """);

        // Each statement: which persons change (read before the update), the update, and the record of the change.
        string Apply(PopulationChangeGroup group, string where, string fields, string set, string? endsOn = null) => $"""
            WITH src AS (
                SELECT l.person_id, l.line, l.seq, l.change_date, l.marking_ends, {fields} AS fields
                  FROM population_changes_latest l JOIN persons p ON p.id = l.person_id
                 WHERE l.grp = {G(group)} AND ({where})),
            upd AS (
                UPDATE persons p SET {set}, updated_at = @now FROM population_changes_latest l, src
                 WHERE l.person_id = p.id AND l.grp = {G(group)} AND src.person_id = p.id
                RETURNING src.*)
            INSERT INTO population_register_changes (import_id, line, seq, person_id, "group", change_date, fields, non_disclosure_ends_on)
            SELECT @import, line, seq, person_id, {G(group)}, change_date, fields, {endsOn ?? "NULL"} FROM upd
            """;

        var names = await Run(Apply(PopulationChangeGroup.PersonName,
            "(p.name_changed_on IS NULL OR p.name_changed_on <= l.change_date) AND (p.first_name, p.last_name) IS DISTINCT FROM (l.first_names, l.last_name)",
            "array_remove(ARRAY[CASE WHEN p.first_name IS DISTINCT FROM l.first_names THEN 'firstName' END, CASE WHEN p.last_name IS DISTINCT FROM l.last_name THEN 'lastName' END], NULL)",
            $"first_name = l.first_names, last_name = l.last_name, name_source = {Source}, name_changed_on = l.change_date"));
        var addresses = await Run(Apply(PopulationChangeGroup.PermanentAddress,
            "NOT l.withheld AND (p.address_changed_on IS NULL OR p.address_changed_on <= l.change_date) AND (p.street, p.postal_code, p.city, p.country) IS DISTINCT FROM (l.street, l.postal_code, l.city, 'FI')",
            "ARRAY['address']",
            $"street = l.street, postal_code = l.postal_code, city = l.city, country = 'FI', address_source = {Source}, address_changed_on = l.change_date"));
        // The marking: set or cleared only by a change record; its end date is kept for information and lifts nothing.
        var markingsSet = await Run(Apply(PopulationChangeGroup.NonDisclosure,
            "l.marking AND NOT p.non_disclosure", "ARRAY['nonDisclosure']", "non_disclosure = true, non_disclosure_ends_on = l.marking_ends", "marking_ends"));
        var markingsCleared = await Run(Apply(PopulationChangeGroup.NonDisclosure,
            "NOT l.marking AND p.non_disclosure", "ARRAY['nonDisclosure']", "non_disclosure = false, non_disclosure_ends_on = NULL"));
        // A renewal: the marking stays, its (informative) end date changes.
        await Run(Apply(PopulationChangeGroup.NonDisclosure,
            $"l.marking AND p.non_disclosure AND p.non_disclosure_ends_on IS DISTINCT FROM l.marking_ends AND NOT EXISTS (SELECT 1 FROM population_register_changes x WHERE x.import_id = @import AND x.person_id = l.person_id AND x.\"group\" = {G(PopulationChangeGroup.NonDisclosure)})",
            "ARRAY['nonDisclosureEndsOn']", "non_disclosure_ends_on = l.marking_ends", "marking_ends"));
        // An address withheld under a marking: the stored address stays (not blanked) and is protected by the marking.
        var withheld = await Run(Apply(PopulationChangeGroup.PermanentAddress,
            "l.withheld AND NOT p.non_disclosure", "ARRAY['nonDisclosure']", "non_disclosure = true"));
        var deaths = await Run(Apply(PopulationChangeGroup.Death,
            "p.died_on IS DISTINCT FROM l.died_on", "ARRAY['diedOn']", "died_on = l.died_on"));
        var corrections = await Run(Apply(PopulationChangeGroup.IdentityCodeCorrection,
            "p.identity_code_lookup IS DISTINCT FROM l.new_lookup", "ARRAY['personalIdentityCode']",
            $"identity_code = l.new_code, identity_code_lookup = l.new_lookup, identity_code_source = {Source}"));

        // The marking's history, as the non-disclosure feature keeps it.
        await Run($"""
            INSERT INTO non_disclosure_changes (person_id, marked, source, at, changed_by)
            SELECT c.person_id, p.non_disclosure, {Source}, @now, @by FROM population_register_changes c JOIN persons p ON p.id = c.person_id
             WHERE c.import_id = @import AND 'nonDisclosure' = ANY(c.fields)
            """);
        // Every changed person audited with the fields changed.
        await Run("""
            INSERT INTO audit_records (at, username, action, person_ids, customer_ids, fields)
            SELECT @now, @by, 'populationRegister.change', ARRAY[c.person_id], ARRAY[]::uuid[], array_agg(DISTINCT f ORDER BY f)
              FROM population_register_changes c CROSS JOIN LATERAL unnest(c.fields) f WHERE c.import_id = @import GROUP BY c.person_id
            """);
        // Every recipient that ever received a changed person's data is told, as of any rectification (the notice carries ids only).
        await Run($"""
            INSERT INTO recipient_notices (id, recipient_id, type, person_id, occurred_at, attempts, next_attempt_at)
            SELECT gen_random_uuid(), r.recipient_id, {StoredEnum.Sql(NoticeType.PersonRectified)}, r.person_id, @now, 0, @now
              FROM (SELECT DISTINCT d.recipient_id, c.person_id
                      FROM (SELECT DISTINCT person_id FROM population_register_changes WHERE import_id = @import) c
                      JOIN disclosures d ON d.person_ids @> ARRAY[c.person_id]) r
            """);
        var updated = await db.PopulationRegisterChanges.Where(c => c.ImportId == importId).Select(c => c.PersonId).Distinct().CountAsync(ct);
        await RederiveAsync(db, importId, ct);
        return new PopulationImportSummary(updated, unmatched, names, addresses, withheld, markingsSet, markingsCleared, deaths, corrections);
    }

    /// <summary>
    /// What is derived from names and addresses is rewritten for the persons whose names or address changed, set-based from what
    /// the staging table carries (made in .NET while streaming, by the same functions that save a person): the search terms follow
    /// the names (a person's, and a consumer customer's that is named by its person), the prohibition-register match keys both, and
    /// the changed persons are matched against the registers in force.
    /// </summary>
    private static async Task RederiveAsync(HsWorksDbContext db, Guid importId, CancellationToken ct)
    {
        var name = G(PopulationChangeGroup.PersonName);
        var address = G(PopulationChangeGroup.PermanentAddress);
        Task<int> Run(string sql) => db.Database.ExecuteSqlRawAsync(sql, [new NpgsqlParameter("import", NpgsqlDbType.Uuid) { Value = importId }], ct);
        await Run($"""
            CREATE TEMP TABLE population_rederive ON COMMIT DROP AS
            SELECT c.person_id, bool_or(c."group" = {name}) AS renamed, bool_or(c."group" = {address}) AS readdressed
              FROM population_register_changes c
             WHERE c.import_id = @import AND (c."group" = {name} OR (c."group" = {address} AND 'address' = ANY(c.fields)))
             GROUP BY c.person_id;
            ALTER TABLE population_rederive ADD PRIMARY KEY (person_id);
            ANALYZE population_rederive
            """);
        // The new name's words (population_changes_latest holds the change applied), and the terms not made of the name as
        // SearchIndexer makes them: "@" + the (lower-case) e-mail, the phones' E.164 digits.
        await Run($"""
            CREATE TEMP TABLE population_renamed ON COMMIT DROP AS
            SELECT r.person_id, l.name_words FROM population_rederive r JOIN population_changes_latest l ON l.person_id = r.person_id AND l.grp = {name}
             WHERE r.renamed;
            DELETE FROM search_terms t USING population_renamed r WHERE t.person_id = r.person_id;
            INSERT INTO search_terms (person_id, customer_id, term)
            SELECT r.person_id, NULL::uuid, w FROM population_renamed r CROSS JOIN LATERAL unnest(r.name_words) w
            UNION ALL
            SELECT p.id, NULL, '@' || p.email FROM population_renamed r JOIN persons p ON p.id = r.person_id WHERE p.email IS NOT NULL
            UNION ALL
            SELECT p.id, NULL, ltrim(p.phone, '+') FROM population_renamed r JOIN persons p ON p.id = r.person_id WHERE p.phone IS NOT NULL
            UNION ALL
            SELECT p.id, NULL, ltrim(p.mobile, '+') FROM population_renamed r JOIN persons p ON p.id = r.person_id
             WHERE p.mobile IS NOT NULL AND p.mobile IS DISTINCT FROM p.phone;
            CREATE TEMP TABLE population_renamed_customers ON COMMIT DROP AS
            SELECT c.id, c.customer_number, c.business_id, r.name_words FROM population_renamed r JOIN customers c ON c.person_id = r.person_id
             WHERE c.name IS NULL;
            DELETE FROM search_terms t USING population_renamed_customers c WHERE t.customer_id = c.id;
            INSERT INTO search_terms (person_id, customer_id, term)
            SELECT NULL::uuid, c.id, w FROM population_renamed_customers c CROSS JOIN LATERAL unnest(c.name_words) w
            UNION ALL
            SELECT NULL, c.id, c.customer_number::text FROM population_renamed_customers c
            UNION ALL
            SELECT NULL, c.id, replace(c.business_id, '-', '') FROM population_renamed_customers c WHERE c.business_id IS NOT NULL;
            INSERT INTO search_words (word)
            SELECT DISTINCT w FROM population_renamed r CROSS JOIN LATERAL unnest(r.name_words) w ORDER BY 1 ON CONFLICT DO NOTHING
            """);
        await Run($"""
            UPDATE person_match_keys k SET first_name = l.key_first_name, last_name = l.key_last_name
              FROM population_rederive r JOIN population_changes_latest l ON l.person_id = r.person_id AND l.grp = {name}
             WHERE r.renamed AND k.person_id = r.person_id;
            UPDATE person_match_keys k SET postal_code = l.key_postal_code, street = l.key_street
              FROM population_rederive r JOIN population_changes_latest l ON l.person_id = r.person_id AND l.grp = {address}
             WHERE r.readdressed AND k.person_id = r.person_id
            """);
        // A person without keys yet (loaded in bulk before the backfill ran) gets all of them the way a save makes them.
        var keyless = await db.Database.SqlQueryRaw<Guid>(
            "SELECT r.person_id AS \"Value\" FROM population_rederive r WHERE NOT EXISTS (SELECT 1 FROM person_match_keys k WHERE k.person_id = r.person_id)")
            .ToListAsync(ct);
        foreach (var batch in keyless.Chunk(10000))
            await PersonMatchKeys.RewriteAsync(db, await db.Persons.AsNoTracking().Where(p => batch.Contains(p.Id)).ToListAsync(ct), ct);
        await PersonMatchKeys.MatchInForceAsync(db, "SELECT person_id FROM population_rederive", ct);
    }
}
