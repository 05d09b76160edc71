using System.Diagnostics;
using HsWorks.Domain.Consents;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Persons;
using HsWorks.Domain.ProhibitionRegisters;
using HsWorks.Domain.Prohibitions;
using HsWorks.Infrastructure.Search;
using Npgsql;
using NpgsqlTypes;

namespace HsWorks.Bench;

/// <summary>
/// Fills a migrated register with <c>persons</c> persons and everything hanging on them, through binary COPY, deterministically for a
/// seed: consumers (85 % of persons) and organisations with one to three contact persons (the rest), contacts with a long tail (most
/// customers a few, one customer per 100,000 persons 10,000), purchases, devices with warranties, invoices, recordings' metadata,
/// consents and withdrawals, marketing bans and a non-disclosure share. The derived rows the API writes on save — search terms and
/// words, prohibition-register match keys — are written the same way, from the same code.
/// </summary>
internal sealed class RegisterSeeder(NpgsqlDataSource dataSource, int personCount, int seed, TextWriter log)
{
    private const double ConsumerShare = 0.85;
    private const int BusyContacts = 10_000;
    private static readonly DateOnly Today = new(2026, 11, 30);

    /// <summary>The tables the seed writes: their secondary indexes are dropped before the COPY and built once after it.</summary>
    private static readonly string[] SeededTables = ["persons", "person_match_keys", "search_terms", "customers", "customer_contact_persons",
        "contacts", "recordings", "purchases", "assets", "invoices", "consent_events", "prohibitions", "search_words"];

    private readonly Random random = new(seed);
    private readonly HashSet<string> words = [];
    private Reference reference = null!;

    private sealed record Reference(Guid StaffId, string StaffName, (Guid Id, string Code)[] Groups, Guid OwnMarketing, Guid PartnerMarketing);

    /// <summary>What is kept of a person between the phases: enough to name a consumer customer and tie its rows to the person.</summary>
    private readonly record struct SeededPerson(Guid Id, string FullName, DateOnly Since);

    public async Task<SeedCounts> RunAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        reference = await ReadReferenceAsync(ct);
        var indexes = await SecondaryIndexes.DropAsync(dataSource, SeededTables, ct);
        log.WriteLine($"    dropped {indexes.Count} secondary indexes; they are built once after the load ({clock.Elapsed.TotalSeconds:0.0} s)");
        var persons = await SeedPersonsAsync(ct);
        log.WriteLine($"    persons: {persons.Length:N0} with match keys and search terms ({clock.Elapsed.TotalSeconds:0.0} s)");
        var counts = await SeedCustomersAsync(persons, ct);
        log.WriteLine($"    customers and their records ({clock.Elapsed.TotalSeconds:0.0} s)");
        counts = counts with { Persons = persons.Length, Consents = await SeedConsentsAndBansAsync(persons, ct) };
        await SeedWordsAsync(ct);
        log.WriteLine($"    consents, bans and search words ({clock.Elapsed.TotalSeconds:0.0} s); building the indexes");
        await SecondaryIndexes.CreateAsync(dataSource, indexes, ct);
        log.WriteLine($"    {indexes.Count} indexes built ({clock.Elapsed.TotalSeconds:0.0} s); analysing");
        await using (var analyse = dataSource.CreateCommand("ANALYZE"))
        {
            analyse.CommandTimeout = 0;
            await analyse.ExecuteNonQueryAsync(ct);
        }
        return counts;
    }

    private async Task<Reference> ReadReferenceAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        async Task<T> One<T>(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return (T)(await command.ExecuteScalarAsync(ct) ?? throw new InvalidOperationException($"The register is not migrated and seeded: {sql}"));
        }
        var groups = new List<(Guid, string)>();
        await using (var command = new NpgsqlCommand("SELECT id, code FROM product_groups ORDER BY code", connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) groups.Add((reader.GetGuid(0), reader.GetString(1)));
        }
        if (groups.Count == 0) throw new InvalidOperationException("The register has no product groups: start the API once with Startup__Migrate=true.");
        if (await One<long>("SELECT count(*) FROM persons") > 0) throw new InvalidOperationException("The register already has persons: seed a fresh database.");
        return new Reference(
            await One<Guid>("SELECT id FROM users ORDER BY created_at LIMIT 1"),
            await One<string>("SELECT username FROM users ORDER BY created_at LIMIT 1"),
            [.. groups],
            await One<Guid>("SELECT id FROM purposes WHERE code = 'ownMarketing'"),
            await One<Guid>("SELECT id FROM purposes WHERE code = 'partnerMarketing'"));
    }

    private Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    private DateTimeOffset Between(DateOnly from, DateOnly to)
    {
        var days = Math.Max(0, to.DayNumber - from.DayNumber);
        var day = from.AddDays(random.Next(days + 1));
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero).AddMinutes(random.Next(10 * 60));
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private async Task<SeededPerson[]> SeedPersonsAsync(CancellationToken ct)
    {
        var persons = new SeededPerson[personCount];
        await using var personsCopy = await Copy.OpenAsync(dataSource,
            "persons (id, first_name, last_name, email, phone, mobile, language, street, postal_code, city, country, non_disclosure, name_source, " +
            "contact_source, address_source, created_at, updated_at, non_disclosure_claim_pending, processing_restricted)", ct);
        await using var keysCopy = await Copy.OpenAsync(dataSource,
            "person_match_keys (person_id, email, phone, mobile, last_name, first_name, postal_code, street)", ct);
        await using var termsCopy = await Copy.OpenAsync(dataSource, "search_terms (person_id, term)", ct);

        for (var i = 0; i < personCount; i++)
        {
            var id = NextGuid();
            var first = Names.FirstNames[Names.Skewed(random, Names.FirstNames.Length, 1.5)];
            var last = Names.Surnames[Names.Skewed(random, Names.Surnames.Length, 1.6)];
            var email = random.NextDouble() < 0.9 ? $"{SearchText.Fold(first)}.{SearchText.Fold(last)}.{i}@example.fi" : null;
            var mobile = random.NextDouble() < 0.95 ? $"+3584{random.Next(0, 6)}{i % 10_000_000:D7}" : null;
            var phone = random.NextDouble() < 0.1 ? $"+3589{random.Next(1_000_000, 9_999_999)}" : null;
            var language = random.NextDouble() switch { < 0.88 => Language.Fi, < 0.93 => Language.Sv, _ => Language.En };
            var (city, prefix) = Pick(Names.Cities);
            var hasAddress = random.NextDouble() < 0.95;
            var street = hasAddress ? $"{Pick(Names.StreetStems)}{Pick(Names.StreetKinds)} {random.Next(1, 120)}" : null;
            var postal = hasAddress ? $"{prefix}{random.Next(100, 990)}" : null;
            var source = Pick([DataSource.Subject, DataSource.Order, DataSource.ServiceUse, DataSource.Staff]).ToString();
            var created = Between(new DateOnly(2009, 5, 8), Today);

            await personsCopy.RowAsync(ct, id, first, last, email, phone, mobile, language.ToString(), street, postal, hasAddress ? city : null,
                hasAddress ? "FI" : null, random.NextDouble() < 0.005, source, source, source, created, created, false, false);
            var keys = MatchKeys.Of(email, phone, mobile, last, first, postal, street);
            await keysCopy.RowAsync(ct, id, keys.Email, keys.Phone, keys.Mobile, keys.LastName, keys.FirstName, keys.PostalCode, keys.Street);
            var fullName = Person.FullNameOf(first, last);
            foreach (var word in SearchText.NameWords(fullName).Distinct())
            {
                await termsCopy.RowAsync(ct, id, word);
                words.Add(word);
            }
            if (email is not null) await termsCopy.RowAsync(ct, id, SearchText.EmailTerm(email));
            if (phone is not null) await termsCopy.RowAsync(ct, id, phone.TrimStart('+'));
            if (mobile is not null && mobile != phone) await termsCopy.RowAsync(ct, id, mobile.TrimStart('+'));
            persons[i] = new SeededPerson(id, fullName, DateOnly.FromDateTime(created.UtcDateTime));
        }
        await personsCopy.CompleteAsync(ct);
        await keysCopy.CompleteAsync(ct);
        await termsCopy.CompleteAsync(ct);
        return persons;
    }

    private async Task<long> ReserveAsync(string sequence, long count, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"SELECT setval('{sequence}', nextval('{sequence}') + @count) - @count");
        command.Parameters.AddWithValue("count", count);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private async Task<SeedCounts> SeedCustomersAsync(SeededPerson[] persons, CancellationToken ct)
    {
        var consumers = (int)(persons.Length * ConsumerShare);
        var contactPersons = persons.Length - consumers;
        var organisations = contactPersons / 2;
        var customerCount = consumers + organisations;
        var busyEvery = Math.Max(1, customerCount / Math.Max(1, persons.Length / 100_000));
        var nextCustomerNumber = await ReserveAsync("customer_number_seq", customerCount, ct);
        var nextInvoiceNumber = await ReserveAsync("invoice_number_seq", customerCount * 3L, ct);
        var counts = new SeedCounts();

        await using var customersCopy = await Copy.OpenAsync(dataSource,
            "customers (id, customer_number, type, name, business_id, person_id, customer_since, product_groups, created_at, updated_at)", ct);
        await using var linksCopy = await Copy.OpenAsync(dataSource, "customer_contact_persons (customer_id, person_id, added_at)", ct);
        await using var termsCopy = await Copy.OpenAsync(dataSource, "search_terms (customer_id, term)", ct);
        await using var contactsCopy = await Copy.OpenAsync(dataSource,
            "contacts (id, customer_id, person_id, staff_user_id, product_group_id, at, channel, topic, notes)", ct);
        await using var recordingsCopy = await Copy.OpenAsync(dataSource,
            "recordings (id, customer_id, contact_id, content_type, file_name, size, sha256, uploaded_by, created_at)", ct);
        await using var purchasesCopy = await Copy.OpenAsync(dataSource,
            "purchases (id, customer_id, product_group_id, product, purchased_on, quantity, unit_price, reason, reason_category, seller_id, person_id, " +
            "marketing_opt_out_offered)", ct);
        await using var assetsCopy = await Copy.OpenAsync(dataSource,
            "assets (id, customer_id, kind, make, model, serial_number, operating_system, warranty_starts_on, warranty_ends_on, warranty_terms, created_at)", ct);
        await using var invoicesCopy = await Copy.OpenAsync(dataSource,
            "invoices (id, customer_id, invoice_number, reference_number, issued_on, due_on, amount, vat_amount, status)", ct);

        var contactPerson = consumers;
        for (var c = 0; c < customerCount; c++)
        {
            var id = NextGuid();
            var number = nextCustomerNumber + c;
            var groups = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(reference.Groups).Code).Distinct().Order().ToArray();
            Guid[] people;
            DateOnly since;
            if (c < consumers)
            {
                var person = persons[c];
                people = [person.Id];
                since = person.Since;
                await customersCopy.RowAsync(ct, id, number, nameof(CustomerType.Consumer), null, null, person.Id, since, groups, Between(since, since), Between(since, Today));
                foreach (var word in SearchText.NameWords(person.FullName).Distinct()) await termsCopy.RowAsync(ct, id, word);
            }
            else
            {
                var name = $"{Pick(Names.CompanyWords)} {persons[Names.Skewed(random, persons.Length, 1)].FullName.Split(' ')[^1]} {Pick(Names.CompanyForms)}";
                var businessId = BusinessId.FromBody(random.Next(1_000_000, 9_999_999))?.Value;
                since = Between(new DateOnly(2009, 5, 8), Today).ToDateOnly();
                await customersCopy.RowAsync(ct, id, number, nameof(CustomerType.Organisation), name, businessId, null, since, groups, Between(since, since), Between(since, Today));
                foreach (var word in SearchText.NameWords(name).Distinct())
                {
                    await termsCopy.RowAsync(ct, id, word);
                    words.Add(word);
                }
                if (businessId is not null) await termsCopy.RowAsync(ct, id, businessId.Replace("-", string.Empty));
                var linked = Math.Min(random.Next(1, 4), persons.Length - contactPerson);
                people = [.. persons.Skip(contactPerson).Take(linked).Select(p => p.Id)];
                contactPerson += linked;
                foreach (var person in people) await linksCopy.RowAsync(ct, id, person, Between(since, Today));
            }
            await termsCopy.RowAsync(ct, id, number.ToString());

            // Contacts: a long tail — a third of customers none, most a few, one in busyEvery ten thousand.
            var contacts = c % busyEvery == busyEvery / 2 ? BusyContacts : random.NextDouble() < 0.33 ? 0 : (int)Math.Min(400, -Math.Log(1 - random.NextDouble()) * 4);
            for (var k = 0; k < contacts; k++)
            {
                var contactId = NextGuid();
                var channel = Pick([ContactChannel.PhoneIn, ContactChannel.PhoneIn, ContactChannel.Email, ContactChannel.PhoneOut, ContactChannel.RemoteSession,
                    ContactChannel.Visit, ContactChannel.Chat]);
                var at = Between(since, Today);
                await contactsCopy.RowAsync(ct, contactId, id, people.Length == 0 ? null : Pick(people), reference.StaffId,
                    random.NextDouble() < 0.5 ? Pick(reference.Groups).Id : null, at, channel.ToString(), Pick(Names.Topics), null);
                counts = counts with { Contacts = counts.Contacts + 1 };
                if (channel is ContactChannel.PhoneIn or ContactChannel.PhoneOut && random.NextDouble() < 0.05)
                {
                    await recordingsCopy.RowAsync(ct, NextGuid(), id, contactId, "audio/mpeg", $"puhelu-{number}-{k}.mp3", (long)random.Next(200_000, 9_000_000),
                        Convert.ToHexStringLower([.. NextGuid().ToByteArray(), .. contactId.ToByteArray()]), reference.StaffId, at);
                    counts = counts with { Recordings = counts.Recordings + 1 };
                }
            }
            for (var k = random.Next(0, 4); k > 0; k--)
            {
                var group = Pick(reference.Groups);
                var price = Math.Round((decimal)(random.NextDouble() * 1500 + 20), 2);
                await purchasesCopy.RowAsync(ct, NextGuid(), id, group.Id, Pick(Names.Products), Between(since, Today).ToDateOnly(), 1m, price, null,
                    Pick(Enum.GetValues<ReasonCategory>()).ToString(), reference.StaffId, people.Length == 0 ? null : people[0], random.NextDouble() < 0.7);
                counts = counts with { Purchases = counts.Purchases + 1 };
            }
            for (var k = random.Next(0, 3); k > 0; k--)
            {
                var kind = Pick(Enum.GetValues<AssetKind>());
                var warranty = random.NextDouble() < 0.6 ? Between(since, Today).ToDateOnly() : (DateOnly?)null;
                await assetsCopy.RowAsync(ct, NextGuid(), id, kind.ToString(), Pick(Names.Makes), $"M{random.Next(100, 999)}", $"SN{random.NextInt64(1_000_000_000, 9_999_999_999)}",
                    kind is AssetKind.Laptop or AssetKind.Workstation ? "Windows 11" : null, warranty, warranty?.AddYears(random.Next(1, 4)),
                    warranty is null ? null : "Valmistajan takuu", Between(since, Today));
                counts = counts with { Assets = counts.Assets + 1 };
            }
            for (var k = random.Next(0, 4); k > 0; k--)
            {
                var invoiceNumber = nextInvoiceNumber++;
                var issued = Between(since, Today).ToDateOnly();
                var amount = Math.Round((decimal)(random.NextDouble() * 2000 + 10), 2);
                var status = issued < Today.AddDays(-60) ? InvoiceStatus.Paid : Pick([InvoiceStatus.Open, InvoiceStatus.Paid, InvoiceStatus.Reminded]);
                await invoicesCopy.RowAsync(ct, NextGuid(), id, invoiceNumber, ReferenceNumber.For(invoiceNumber).Value, issued, issued.AddDays(14), amount,
                    Math.Round(amount * 0.255m / 1.255m, 2), status.ToString());
                counts = counts with { Invoices = counts.Invoices + 1 };
            }
        }
        foreach (var copy in new[] { customersCopy, linksCopy, termsCopy, contactsCopy, recordingsCopy, purchasesCopy, assetsCopy, invoicesCopy })
            await copy.CompleteAsync(ct);
        return counts with { Customers = customerCount };
    }

    private async Task<int> SeedConsentsAndBansAsync(SeededPerson[] persons, CancellationToken ct)
    {
        await using var consentsCopy = await Copy.OpenAsync(dataSource,
            "consent_events (person_id, purpose_id, channel, action, at, source, evidence, recorded_by)", ct);
        await using var bansCopy = await Copy.OpenAsync(dataSource,
            "prohibitions (id, person_id, kind, channel, source, created_at, created_by)", ct);
        var consents = 0;
        foreach (var person in persons)
        {
            var roll = random.NextDouble();
            if (roll < 0.45)
            {
                var channel = random.NextDouble() < 0.7 ? Channel.Email : Channel.Sms;
                var given = Between(person.Since, Today);
                await consentsCopy.RowAsync(ct, person.Id, reference.OwnMarketing, channel.ToString(), nameof(ConsentAction.Given), given,
                    nameof(ConsentSource.Web), "Verkkolomake: \"Haluan HS-Worksin tarjouksia.\"", "web");
                consents++;
                if (random.NextDouble() < 0.1)
                {
                    await consentsCopy.RowAsync(ct, person.Id, reference.OwnMarketing, channel.ToString(), nameof(ConsentAction.Withdrawn),
                        Between(given.ToDateOnly(), Today), nameof(ConsentSource.Web), "Peruutuslinkki sähköpostissa", "web");
                    consents++;
                }
            }
            if (roll is > 0.4 and < 0.5)
            {
                await consentsCopy.RowAsync(ct, person.Id, reference.PartnerMarketing, nameof(Channel.All), nameof(ConsentAction.Given),
                    Between(person.Since, Today), nameof(ConsentSource.Form), "Asiakaslomake, kohta 4: yhteistyökumppanien tarjoukset", reference.StaffName);
                consents++;
            }
            if (random.NextDouble() < 0.03)
            {
                await bansCopy.RowAsync(ct, NextGuid(), person.Id, nameof(ProhibitionKind.DirectMarketing), Pick([Channel.All, Channel.Post, Channel.Phone]).ToString(),
                    "Subject", Between(person.Since, Today), reference.StaffName);
            }
        }
        await consentsCopy.CompleteAsync(ct);
        await bansCopy.CompleteAsync(ct);
        return consents;
    }

    private async Task SeedWordsAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using (var create = new NpgsqlCommand("CREATE TEMP TABLE seeded_words (word varchar(100))", connection))
            await create.ExecuteNonQueryAsync(ct);
        await using (var importer = await connection.BeginBinaryImportAsync("COPY seeded_words (word) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var word in words.Where(w => w.Length <= 100).Order(StringComparer.Ordinal))
                await importer.WriteRowAsync(ct, word);
            await importer.CompleteAsync(ct);
        }
        await using var insert = new NpgsqlCommand("INSERT INTO search_words (word) SELECT word FROM seeded_words ORDER BY 1 ON CONFLICT DO NOTHING", connection);
        await insert.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>How many rows of each kind the seed wrote.</summary>
internal sealed record SeedCounts(int Persons = 0, int Customers = 0, int Contacts = 0, int Recordings = 0, int Purchases = 0, int Assets = 0,
    int Invoices = 0, int Consents = 0);

internal static class SeedDates
{
    public static DateOnly ToDateOnly(this DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}

/// <summary>One table's binary COPY on its own connection, so that several tables stream at once.</summary>
internal sealed class Copy : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlBinaryImporter importer;

    private Copy(NpgsqlConnection connection, NpgsqlBinaryImporter importer)
    {
        this.connection = connection;
        this.importer = importer;
    }

    public static async Task<Copy> OpenAsync(NpgsqlDataSource dataSource, string tableAndColumns, CancellationToken ct)
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        // The rows are consistent by construction: foreign keys are not checked row by row (triggers off for this session; superuser).
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection)) await replica.ExecuteNonQueryAsync(ct);
        var importer = await connection.BeginBinaryImportAsync($"COPY {tableAndColumns} FROM STDIN (FORMAT BINARY)", ct);
        return new Copy(connection, importer);
    }

    public async Task RowAsync(CancellationToken ct, params object?[] values)
    {
        await importer.StartRowAsync(ct);
        foreach (var value in values)
        {
            switch (value)
            {
                case null: await importer.WriteNullAsync(ct); break;
                case DateOnly date: await importer.WriteAsync(date, NpgsqlDbType.Date, ct); break;
                case DateTimeOffset at: await importer.WriteAsync(at, NpgsqlDbType.TimestampTz, ct); break;
                case string[] texts: await importer.WriteAsync(texts, NpgsqlDbType.Array | NpgsqlDbType.Text, ct); break;
                case string text: await importer.WriteAsync(text, NpgsqlDbType.Text, ct); break;
                case decimal number: await importer.WriteAsync(number, NpgsqlDbType.Numeric, ct); break;
                default: await importer.WriteAsync(value, ct); break;
            }
        }
    }

    public async Task CompleteAsync(CancellationToken ct) => await importer.CompleteAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await importer.DisposeAsync();
        await connection.DisposeAsync();
    }
}
