using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using HsWorks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace HsWorks.Infrastructure.Search;

/// <summary>
/// Rewrites the search tokens of saved persons and customers inside the saving transaction, so
/// the derived data never lags behind or outlives its owner.
/// </summary>
internal static class SearchIndexer
{
    public static async Task ReindexAsync(HsWorksDbContext db, IReadOnlyList<Person> persons, IReadOnlyList<Customer> customers, CancellationToken ct)
    {
        var personIds = persons.Select(p => p.Id).ToArray();
        var customerList = customers.ToDictionary(c => c.Id);

        // A consumer customer is found by its person's name, so renaming the person re-indexes the customer.
        if (personIds.Length > 0)
        {
            var consumers = await db.Customers.AsNoTracking().Where(c => c.PersonId != null && personIds.Contains(c.PersonId.Value)).ToListAsync(ct);
            foreach (var consumer in consumers) customerList.TryAdd(consumer.Id, consumer);
        }
        var namesByPerson = persons.ToDictionary(p => p.Id, p => p.FullName);
        var missing = customerList.Values.Where(c => c.PersonId is { } id && !namesByPerson.ContainsKey(id)).Select(c => c.PersonId!.Value).ToList();
        if (missing.Count > 0)
        {
            foreach (var p in await db.Persons.AsNoTracking().Where(p => missing.Contains(p.Id)).Select(p => new { p.Id, p.FirstName, p.LastName }).ToListAsync(ct))
                namesByPerson[p.Id] = Person.FullNameOf(p.FirstName, p.LastName);
        }

        var termPersons = new List<Guid?>();
        var termCustomers = new List<Guid?>();
        var terms = new List<string>();
        var words = new HashSet<string>();

        void Add(Guid? personId, Guid? customerId, string term)
        {
            termPersons.Add(personId);
            termCustomers.Add(customerId);
            terms.Add(term);
        }

        foreach (var person in persons)
        {
            foreach (var word in SearchText.NameWords(person.FullName).Distinct())
            {
                Add(person.Id, null, word);
                words.Add(word);
            }
            if (person.Email is { } email) Add(person.Id, null, SearchText.EmailTerm(email.Value));
            if (person.Phone is { } phone) Add(person.Id, null, phone.E164.TrimStart('+'));
            if (person.Mobile is { } mobile && mobile != person.Phone) Add(person.Id, null, mobile.E164.TrimStart('+'));
        }
        foreach (var customer in customerList.Values)
        {
            var name = customer.Name ?? (customer.PersonId is { } pid && namesByPerson.TryGetValue(pid, out var n) ? n : null);
            foreach (var word in SearchText.NameWords(name).Distinct())
            {
                Add(null, customer.Id, word);
                words.Add(word);
            }
            Add(null, customer.Id, customer.CustomerNumber.ToString());
            if (customer.BusinessId is { } businessId) Add(null, customer.Id, businessId.Value.Replace("-", string.Empty));
        }

        await EnsureOpenAsync(db, ct);
        NpgsqlCommand Command(string sql) => db.Command(sql);

        // The owners' old terms go and the new ones come in one statement; the old name words no new term repeats may be unused now.
        var gone = new List<string>();
        await using (var rewrite = Command("""
            WITH gone AS (DELETE FROM search_terms WHERE person_id = ANY(@person_ids) OR customer_id = ANY(@customer_ids) RETURNING term),
            added AS (INSERT INTO search_terms (person_id, customer_id, term) SELECT * FROM unnest(@term_persons, @term_customers, @terms))
            SELECT DISTINCT g.term FROM gone g JOIN search_words w ON w.word = g.term WHERE g.term <> ALL(@words)
            """))
        {
            rewrite.Parameters.Add(new NpgsqlParameter("person_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = personIds });
            rewrite.Parameters.Add(new NpgsqlParameter("customer_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = customerList.Keys.ToArray() });
            rewrite.Parameters.Add(new NpgsqlParameter("term_persons", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = termPersons.ToArray() });
            rewrite.Parameters.Add(new NpgsqlParameter("term_customers", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = termCustomers.ToArray() });
            rewrite.Parameters.Add(new NpgsqlParameter("terms", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = terms.ToArray() });
            rewrite.Parameters.Add(Words("words", words));
            await using var reader = await rewrite.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) gone.Add(reader.GetString(0));
        }
        await KeepAndPruneWordsAsync(db, words, gone, ct);
    }

    /// <summary>
    /// The dictionary's side of a rewrite of terms: the words of the new terms kept, and the words of removed terms that no
    /// term uses any more pruned. Also for the rewrite the Population Register import makes set-based.
    /// </summary>
    public static async Task KeepAndPruneWordsAsync(HsWorksDbContext db, IReadOnlyCollection<string> kept, IReadOnlyCollection<string> gone,
        CancellationToken ct)
    {
        await EnsureOpenAsync(db, ct);
        await KeepWordsAsync(db.Command, kept, ct);
        await PruneWordsAsync(db.Command, gone, ct);
    }

    private static async Task EnsureOpenAsync(HsWorksDbContext db, CancellationToken ct)
    {
        if (db.Database.GetDbConnection().State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
    }

    /// <summary>
    /// Puts the words in the dictionary and holds a key-share lock on each until the transaction ends, so that a pruning
    /// transaction (which takes the rows FOR UPDATE SKIP LOCKED) cannot remove a word whose new term it does not see yet.
    /// A word a concurrent pruning removed between the insert and the lock is inserted again.
    /// </summary>
    private static async Task KeepWordsAsync(Func<string, NpgsqlCommand> command, IReadOnlyCollection<string> words, CancellationToken ct)
    {
        if (words.Count == 0) return;
        for (var attempt = 0; ; attempt++)
        {
            await using (var insert = command("INSERT INTO search_words (word) SELECT DISTINCT unnest(@words) ORDER BY 1 ON CONFLICT DO NOTHING"))
            {
                insert.Parameters.Add(Words("words", words));
                await insert.ExecuteNonQueryAsync(ct);
            }
            await using var keep = command("SELECT count(*) FROM (SELECT 1 FROM search_words WHERE word = ANY(@words) ORDER BY word FOR KEY SHARE) kept");
            keep.Parameters.Add(Words("words", words));
            if ((long)(await keep.ExecuteScalarAsync(ct))! == words.Count || attempt == 3) return;
        }
    }

    /// <summary>
    /// Removes the dictionary words that no term uses any more, so the dictionary stays proportional to the live data. The
    /// words are locked first (skipping those another transaction is adding terms for) and checked for terms in a second
    /// statement, whose snapshot sees every term committed before the locks were taken.
    /// </summary>
    private static async Task PruneWordsAsync(Func<string, NpgsqlCommand> command, IReadOnlyCollection<string> candidates, CancellationToken ct)
    {
        if (candidates.Count == 0) return;
        var locked = new List<string>();
        await using (var lockWords = command("SELECT word FROM search_words WHERE word = ANY(@words) ORDER BY word FOR UPDATE SKIP LOCKED"))
        {
            lockWords.Parameters.Add(Words("words", candidates));
            await using var reader = await lockWords.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) locked.Add(reader.GetString(0));
        }
        if (locked.Count == 0) return;
        await using var prune = command("""
            DELETE FROM search_words w WHERE w.word = ANY(@words) AND NOT EXISTS (SELECT 1 FROM search_terms t WHERE t.term = w.word)
            """);
        prune.Parameters.Add(Words("words", locked));
        await prune.ExecuteNonQueryAsync(ct);
    }

    private static NpgsqlParameter Words(string name, IEnumerable<string> words) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = words.ToArray() };
}
