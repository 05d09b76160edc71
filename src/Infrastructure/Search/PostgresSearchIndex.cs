using HsWorks.Application.Common.Interfaces;
using HsWorks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace HsWorks.Infrastructure.Search;

/// <summary>
/// Search over derived tokens, never over whole rows: name words go through the small dictionary
/// of distinct words (btree prefix, then GiST trigram nearest-first for typos) and back to their
/// owners; e-mail, phone and number queries are prefix lookups on the tokens themselves.
/// </summary>
internal sealed class PostgresSearchIndex(HsWorksDbContext db) : ISearchIndex
{
    private const int WordsPerToken = 8;
    private const double MaxTypoDistance = 0.65;

    // Every query word must match some word of the owner. The longest word drives: its candidate words
    // (exact, then prefixes, then typos nearest first) are walked in owner order through the
    // (term, owner_id) index, each owner checked for the other words through (owner_id, term), and
    // each candidate stops after one page. The work grows with the page size, not with how common a name is.
    private const string NameSql = """
        WITH q AS (
            SELECT tok, ord FROM unnest(@tokens) WITH ORDINALITY AS t(tok, ord)
        ), candidates AS (
            SELECT q.ord, w.word, CASE WHEN w.word = q.tok THEN 0.0 ELSE 0.1 END AS score
            FROM q CROSS JOIN LATERAL (
                SELECT word FROM search_words
                WHERE word >= q.tok AND word < q.tok || chr(1114111)
                ORDER BY word LIMIT @per_token
            ) w
            UNION ALL
            SELECT q.ord, w.word, 0.2 + w.distance AS score
            FROM q CROSS JOIN LATERAL (
                SELECT word, word <-> q.tok AS distance FROM search_words
                WHERE length(q.tok) >= 3 ORDER BY word <-> q.tok LIMIT @per_token
            ) w
            WHERE w.distance <= @max_distance
            UNION ALL
            -- A single word may also be the start of an e-mail address (typed without its @).
            SELECT q.ord, e.term, 0.1 AS score
            FROM q CROSS JOIN LATERAL (
                SELECT DISTINCT term FROM (
                    SELECT term FROM search_terms
                    WHERE term >= '@' || q.tok AND term < '@' || q.tok || chr(1114111)
                    ORDER BY term LIMIT @per_token) e
            ) e
            WHERE length(q.tok) >= 3 AND (SELECT count(*) FROM q) = 1
        ), best AS (
            SELECT ord, word, min(score) AS score FROM candidates GROUP BY ord, word
        ), owners AS (
            SELECT d.score, o.owner_id, o.person_id, o.customer_id
            FROM best d CROSS JOIN LATERAL (
                SELECT t.owner_id, t.person_id, t.customer_id FROM search_terms t
                WHERE t.term = d.word
                  AND NOT EXISTS (
                      SELECT 1 FROM q WHERE q.ord <> @driver AND NOT EXISTS (
                          SELECT 1 FROM best b JOIN search_terms o ON o.owner_id = t.owner_id AND o.term = b.word
                          WHERE b.ord = q.ord))
                ORDER BY t.owner_id
                LIMIT @offset + @limit
            ) o
            WHERE d.ord = @driver
              -- A word with no candidates at all means no owner can match every word.
              AND (SELECT count(DISTINCT ord) FROM best) = (SELECT count(*) FROM q)
        )
        SELECT person_id, customer_id, min(score) AS score
        FROM owners
        GROUP BY owner_id, person_id, customer_id
        ORDER BY score, owner_id
        OFFSET @offset LIMIT @limit
        """;

    // Columns are in the C collation, so a prefix is a btree range: [prefix, prefix || U+10FFFF).
    // An exact token sorts first in its range; each prefix reads one page of tokens at most.
    private const string PrefixSql = """
        SELECT person_id, customer_id, min(score) AS score
        FROM (
            SELECT t.owner_id, t.person_id, t.customer_id, t.term, CASE WHEN t.term = p.prefix THEN 0 ELSE 1 END AS score
            FROM unnest(@prefixes) AS p(prefix)
            CROSS JOIN LATERAL (
                SELECT term, owner_id, person_id, customer_id FROM search_terms
                WHERE term >= p.prefix AND term < p.prefix || chr(1114111)
                ORDER BY term, owner_id
                LIMIT @offset + @limit
            ) t
        ) hits
        GROUP BY owner_id, person_id, customer_id
        ORDER BY score, min(term), owner_id
        OFFSET @offset LIMIT @limit
        """;

    public async Task<IReadOnlyList<SearchHit>> FindAsync(string query, int offset, int limit, CancellationToken cancellationToken)
    {
        var prefixes = new List<string>();
        if (query.Contains('@'))
        {
            prefixes.Add(SearchText.EmailTerm(query));
        }
        else if (SearchText.Digits(query) is { } digits)
        {
            prefixes.Add(digits);
            if (SearchText.PhoneDigits(query) is { } phone && phone != digits) prefixes.Add(phone);
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            if (prefixes.Count > 0)
            {
                command.CommandText = PrefixSql;
                command.Parameters.Add(new NpgsqlParameter("prefixes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = prefixes.ToArray() });
            }
            else
            {
                var tokens = SearchText.NameWords(query).Distinct().Take(6).ToArray();
                if (tokens.Length == 0) return [];
                // The longest word is usually the rarest, so it drives.
                var driver = Array.IndexOf(tokens, tokens.MaxBy(t => t.Length)) + 1;
                command.CommandText = NameSql;
                command.Parameters.Add(new NpgsqlParameter("tokens", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = tokens });
                command.Parameters.Add(new NpgsqlParameter("driver", (long)driver));
                command.Parameters.Add(new NpgsqlParameter("per_token", WordsPerToken));
                command.Parameters.Add(new NpgsqlParameter("max_distance", MaxTypoDistance));
            }
            command.Parameters.Add(new NpgsqlParameter("offset", offset));
            command.Parameters.Add(new NpgsqlParameter("limit", limit));

            var hits = new List<SearchHit>(limit);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                hits.Add(reader.IsDBNull(1)
                    ? new SearchHit(SearchHitKind.Person, reader.GetGuid(0))
                    : new SearchHit(SearchHitKind.Customer, reader.GetGuid(1)));
            }
            return hits;
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }
}
