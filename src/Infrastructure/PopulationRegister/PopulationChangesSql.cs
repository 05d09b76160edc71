using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Persons;
using HsWorks.Domain.PopulationRegister;
using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.ProhibitionRegisters;
using HsWorks.Infrastructure.Search;
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

        // Per person, every group's latest change beside the stored values, and whether each applies — read before anything is
        // written, so that one UPDATE writes one new row version per person (each UPDATE writes a new version of the row and an
        // entry in every index of persons: one per group was the import's largest cost at 1,000,000 lines).
        await Run($"""
            CREATE TEMP TABLE population_apply ON COMMIT DROP AS
            SELECT x.person_id,
                   n.line AS n_line, n.seq AS n_seq, n.change_date AS n_date, n.first_names, n.last_name,
                   COALESCE(n.person_id IS NOT NULL AND (p.name_changed_on IS NULL OR p.name_changed_on <= n.change_date)
                       AND (p.first_name, p.last_name) IS DISTINCT FROM (n.first_names, n.last_name), false) AS do_name,
                   array_remove(ARRAY[CASE WHEN p.first_name IS DISTINCT FROM n.first_names THEN 'firstName' END,
                       CASE WHEN p.last_name IS DISTINCT FROM n.last_name THEN 'lastName' END], NULL) AS name_fields,
                   a.line AS a_line, a.seq AS a_seq, a.change_date AS a_date, a.street, a.postal_code, a.city,
                   COALESCE(a.person_id IS NOT NULL AND NOT a.withheld AND (p.address_changed_on IS NULL OR p.address_changed_on <= a.change_date)
                       AND (p.street, p.postal_code, p.city, p.country) IS DISTINCT FROM (a.street, a.postal_code, a.city, 'FI'), false) AS do_address,
                   m.line AS m_line, m.seq AS m_seq, m.change_date AS m_date, m.marking_ends,
                   COALESCE(m.marking AND NOT p.non_disclosure, false) AS do_mark,
                   COALESCE(NOT m.marking AND p.non_disclosure, false) AS do_clear,
                   -- A renewal: the marking stays, its (informative) end date changes.
                   COALESCE(m.marking AND p.non_disclosure AND p.non_disclosure_ends_on IS DISTINCT FROM m.marking_ends, false) AS do_renew,
                   -- An address withheld under a marking (as the marking stands after this file): the stored address stays, protected.
                   COALESCE(a.withheld AND NOT COALESCE(m.marking, p.non_disclosure), false) AS do_withhold,
                   d.line AS d_line, d.seq AS d_seq, d.change_date AS d_date, d.died_on,
                   COALESCE(p.died_on IS DISTINCT FROM d.died_on AND d.person_id IS NOT NULL, false) AS do_death,
                   k.line AS k_line, k.seq AS k_seq, k.change_date AS k_date, k.new_code, k.new_lookup,
                   COALESCE(p.identity_code_lookup IS DISTINCT FROM k.new_lookup AND k.person_id IS NOT NULL, false) AS do_correct
              FROM (SELECT DISTINCT person_id FROM population_changes_latest) x
              JOIN persons p ON p.id = x.person_id
              LEFT JOIN population_changes_latest n ON n.person_id = x.person_id AND n.grp = {G(PopulationChangeGroup.PersonName)}
              LEFT JOIN population_changes_latest a ON a.person_id = x.person_id AND a.grp = {G(PopulationChangeGroup.PermanentAddress)}
              LEFT JOIN population_changes_latest m ON m.person_id = x.person_id AND m.grp = {G(PopulationChangeGroup.NonDisclosure)}
              LEFT JOIN population_changes_latest d ON d.person_id = x.person_id AND d.grp = {G(PopulationChangeGroup.Death)}
              LEFT JOIN population_changes_latest k ON k.person_id = x.person_id AND k.grp = {G(PopulationChangeGroup.IdentityCodeCorrection)};
            DELETE FROM population_apply
             WHERE NOT (do_name OR do_address OR do_mark OR do_clear OR do_renew OR do_withhold OR do_death OR do_correct);
            ANALYZE population_apply
            """);
        // The record of each change that applies, then the one update. The marking is set or cleared only by a change record;
        // its end date is kept for information and lifts nothing.
        await Run($"""
            INSERT INTO population_register_changes (import_id, line, seq, person_id, "group", change_date, fields, non_disclosure_ends_on)
            SELECT @import, n_line, n_seq, person_id, {G(PopulationChangeGroup.PersonName)}, n_date, name_fields, NULL::date FROM population_apply WHERE do_name
            UNION ALL
            SELECT @import, a_line, a_seq, person_id, {G(PopulationChangeGroup.PermanentAddress)}, a_date, ARRAY['address'], NULL FROM population_apply WHERE do_address
            UNION ALL
            SELECT @import, m_line, m_seq, person_id, {G(PopulationChangeGroup.NonDisclosure)}, m_date, ARRAY['nonDisclosure'], marking_ends FROM population_apply WHERE do_mark
            UNION ALL
            SELECT @import, m_line, m_seq, person_id, {G(PopulationChangeGroup.NonDisclosure)}, m_date, ARRAY['nonDisclosure'], NULL FROM population_apply WHERE do_clear
            UNION ALL
            SELECT @import, m_line, m_seq, person_id, {G(PopulationChangeGroup.NonDisclosure)}, m_date, ARRAY['nonDisclosureEndsOn'], marking_ends FROM population_apply WHERE do_renew
            UNION ALL
            SELECT @import, a_line, a_seq, person_id, {G(PopulationChangeGroup.PermanentAddress)}, a_date, ARRAY['nonDisclosure'], NULL FROM population_apply WHERE do_withhold
            UNION ALL
            SELECT @import, d_line, d_seq, person_id, {G(PopulationChangeGroup.Death)}, d_date, ARRAY['diedOn'], NULL FROM population_apply WHERE do_death
            UNION ALL
            SELECT @import, k_line, k_seq, person_id, {G(PopulationChangeGroup.IdentityCodeCorrection)}, k_date, ARRAY['personalIdentityCode'], NULL FROM population_apply WHERE do_correct;
            UPDATE persons p SET
                   first_name = CASE WHEN x.do_name THEN x.first_names ELSE p.first_name END,
                   last_name = CASE WHEN x.do_name THEN x.last_name ELSE p.last_name END,
                   name_source = CASE WHEN x.do_name THEN {Source} ELSE p.name_source END,
                   name_changed_on = CASE WHEN x.do_name THEN x.n_date ELSE p.name_changed_on END,
                   street = CASE WHEN x.do_address THEN x.street ELSE p.street END,
                   postal_code = CASE WHEN x.do_address THEN x.postal_code ELSE p.postal_code END,
                   city = CASE WHEN x.do_address THEN x.city ELSE p.city END,
                   country = CASE WHEN x.do_address THEN 'FI' ELSE p.country END,
                   address_source = CASE WHEN x.do_address THEN {Source} ELSE p.address_source END,
                   address_changed_on = CASE WHEN x.do_address THEN x.a_date ELSE p.address_changed_on END,
                   non_disclosure = CASE WHEN x.do_mark OR x.do_withhold THEN true WHEN x.do_clear THEN false ELSE p.non_disclosure END,
                   non_disclosure_ends_on = CASE WHEN x.do_mark OR x.do_renew THEN x.marking_ends WHEN x.do_clear THEN NULL ELSE p.non_disclosure_ends_on END,
                   died_on = CASE WHEN x.do_death THEN x.died_on ELSE p.died_on END,
                   identity_code = CASE WHEN x.do_correct THEN x.new_code ELSE p.identity_code END,
                   identity_code_lookup = CASE WHEN x.do_correct THEN x.new_lookup ELSE p.identity_code_lookup END,
                   identity_code_source = CASE WHEN x.do_correct THEN {Source} ELSE p.identity_code_source END,
                   updated_at = @now
              FROM population_apply x WHERE x.person_id = p.id
            """);
        var counts = await db.Database.SqlQueryRaw<int[]>("""
            SELECT ARRAY[count(*) FILTER (WHERE do_name), count(*) FILTER (WHERE do_address), count(*) FILTER (WHERE do_withhold),
                         count(*) FILTER (WHERE do_mark), count(*) FILTER (WHERE do_clear), count(*) FILTER (WHERE do_death),
                         count(*) FILTER (WHERE do_correct)]::int[] AS "Value"
              FROM population_apply
            """).SingleAsync(ct);
        var (names, addresses, withheld, markingsSet, markingsCleared, deaths, corrections) =
            (counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);

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
        // The terms the renamed persons (and the consumer customers they name) must have, as SearchIndexer makes them: the new
        // name's words (population_changes_latest holds the change applied), "@" + the (lower-case) e-mail, the phones' E.164
        // digits; a customer's number and business id. Only the difference is written: a new surname is one term out and one in,
        // where rewriting every term of a million persons was the import's largest cost (bench/population-register/README.md).
        await Run($"""
            CREATE TEMP TABLE population_renamed ON COMMIT DROP AS
            SELECT r.person_id, l.name_words FROM population_rederive r JOIN population_changes_latest l ON l.person_id = r.person_id AND l.grp = {name}
             WHERE r.renamed;
            CREATE TEMP TABLE population_terms ON COMMIT DROP AS
            SELECT r.person_id AS owner_id, r.person_id, NULL::uuid AS customer_id, w AS term FROM population_renamed r CROSS JOIN LATERAL unnest(r.name_words) w
            UNION ALL
            SELECT p.id, p.id, NULL, '@' || p.email FROM population_renamed r JOIN persons p ON p.id = r.person_id WHERE p.email IS NOT NULL
            UNION ALL
            SELECT p.id, p.id, NULL, ltrim(p.phone, '+') FROM population_renamed r JOIN persons p ON p.id = r.person_id WHERE p.phone IS NOT NULL
            UNION ALL
            SELECT p.id, p.id, NULL, ltrim(p.mobile, '+') FROM population_renamed r JOIN persons p ON p.id = r.person_id
             WHERE p.mobile IS NOT NULL AND p.mobile IS DISTINCT FROM p.phone
            UNION ALL
            SELECT c.id, NULL, c.id, w FROM population_renamed r JOIN customers c ON c.person_id = r.person_id AND c.name IS NULL
             CROSS JOIN LATERAL unnest(r.name_words) w
            UNION ALL
            SELECT c.id, NULL, c.id, c.customer_number::text FROM population_renamed r JOIN customers c ON c.person_id = r.person_id AND c.name IS NULL
            UNION ALL
            SELECT c.id, NULL, c.id, replace(c.business_id, '-', '') FROM population_renamed r JOIN customers c ON c.person_id = r.person_id
             WHERE c.name IS NULL AND c.business_id IS NOT NULL;
            ANALYZE population_terms;
            -- The difference in one pass: a stored term no longer wanted (gone_id), or a wanted term not stored (gone_id NULL).
            CREATE TEMP TABLE population_term_changes ON COMMIT DROP AS
            SELECT t.id AS gone_id, t.term AS gone_term, d.person_id, d.customer_id, d.term
              FROM (SELECT s.id, s.owner_id, s.term FROM search_terms s WHERE s.owner_id IN (SELECT owner_id FROM population_terms)) t
              FULL JOIN population_terms d ON d.owner_id = t.owner_id AND d.term = t.term
             WHERE t.id IS NULL OR d.owner_id IS NULL
            """);
        var gone = await ListAsync(db, """
            WITH gone AS (DELETE FROM search_terms t USING population_term_changes c WHERE t.id = c.gone_id RETURNING t.term)
            SELECT DISTINCT g.term FROM gone g JOIN search_words w ON w.word = g.term
            """, ct);
        await Run("""
            INSERT INTO search_terms (person_id, customer_id, term)
            SELECT person_id, customer_id, term FROM population_term_changes WHERE gone_id IS NULL
             -- In owner order: the inserts sweep the owner, person and customer indexes in key order, each leaf page visited
             -- once, instead of one random page a row (a file renaming a third of the register writes half a million terms).
             ORDER BY coalesce(person_id, customer_id)
            """);
        // The dictionary as a save keeps it: the new words in (locked until the commit), the words no term uses any more out.
        var words = await ListAsync(db, "SELECT DISTINCT w FROM population_renamed r CROSS JOIN LATERAL unnest(r.name_words) w", ct);
        await SearchIndexer.KeepAndPruneWordsAsync(db, words, gone, ct);
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

    /// <summary>The first column of a statement's rows (a data-modifying WITH must stay at the top level, so not through EF's SqlQuery).</summary>
    private static async Task<List<string>> ListAsync(HsWorksDbContext db, string sql, CancellationToken ct)
    {
        await using var command = db.Command(sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var values = new List<string>();
        while (await reader.ReadAsync(ct)) values.Add(reader.GetString(0));
        return values;
    }
}
