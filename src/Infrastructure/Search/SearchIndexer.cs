using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using HsWorks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
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

        const string sql = """
            DELETE FROM search_terms WHERE person_id = ANY(@person_ids) OR customer_id = ANY(@customer_ids);
            INSERT INTO search_terms (person_id, customer_id, term)
                SELECT * FROM unnest(@term_persons, @term_customers, @terms);
            INSERT INTO search_words (word) SELECT DISTINCT unnest(@words) ORDER BY 1 ON CONFLICT DO NOTHING;
            """;
        await db.Database.ExecuteSqlRawAsync(sql,
        [
            new NpgsqlParameter("person_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = personIds },
            new NpgsqlParameter("customer_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = customerList.Keys.ToArray() },
            new NpgsqlParameter("term_persons", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = termPersons.ToArray() },
            new NpgsqlParameter("term_customers", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = termCustomers.ToArray() },
            new NpgsqlParameter("terms", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = terms.ToArray() },
            new NpgsqlParameter("words", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = words.ToArray() },
        ], ct);
    }
}
