using Bogus;
using HsWorks.Domain.Consents;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Prohibitions;
using HsWorks.Domain.Purposes;
using HsWorks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Person = HsWorks.Domain.Persons.Person;

namespace HsWorks.Infrastructure.Seeding;

/// <summary>
/// Realistic fake Finnish customers for demos and browser tests (Bogus, fi locale): consumers with
/// their persons, and organisations with valid business ids and one to three contact persons.
/// Deterministic, so every fresh database looks the same.
/// </summary>
internal sealed class DemoDataSeeder(HsWorksDbContext db, TimeProvider clock)
{
    private const int BatchSize = 500;

    private static readonly (string City, string PostalPrefix)[] Cities =
    [
        ("Helsinki", "00"), ("Espoo", "02"), ("Vantaa", "01"), ("Tampere", "33"), ("Turku", "20"), ("Oulu", "90"),
        ("Jyväskylä", "40"), ("Lahti", "15"), ("Kuopio", "70"), ("Pori", "28"), ("Joensuu", "80"), ("Vaasa", "65"),
        ("Lappeenranta", "53"), ("Hämeenlinna", "13"), ("Seinäjoki", "60"), ("Rovaniemi", "96"), ("Mikkeli", "50"), ("Porvoo", "06"),
    ];

    private static readonly string[] StreetStems =
    [
        "Mannerheimin", "Hämeen", "Koulu", "Kirkko", "Rauta", "Kauppa", "Puisto", "Koivu", "Mänty", "Kuusi", "Ranta", "Satama",
        "Aleksanterin", "Tehtaan", "Myllyn", "Pajan", "Kalevan", "Väinämöisen", "Sibeliuksen", "Runebergin", "Korppaanmäen", "Linna",
    ];

    private static readonly string[] StreetKinds = ["katu", "tie", "polku", "kuja", "väylä", "rinne"];

    private static readonly string[] CompanyForms = ["Oy", "Oy", "Oy", "Ab", "Ky", "Tmi", "ry"];

    private static readonly string[] Topics =
    [
        "Tulostin ei tulosta", "Sähköposti ei toimi", "Salasanan vaihto", "Uuden koneen asennus", "Varmuuskopiointi", "Etätuki: hidas kone",
        "Lisenssin uusiminen", "Verkkoyhteys katkeilee", "Laskun tarkistus", "Koulutuksen ajankohta", "Näytön vaihto", "Virustorjunta",
    ];

    private static readonly string[] Notes =
    [
        "Asiakas soitti aamupäivällä, ohjeistettu puhelimessa.", "Etäyhteydellä tarkistettu asetukset.", "Varattu huoltokäynti ensi viikolle.",
        "Lähetetty ohjeet sähköpostilla.", "Laite toimitettu korjaukseen.", "Lisenssiavain päivitetty.", "Asiakas pyysi tarjousta uusista koneista.",
    ];

    private static readonly string[] Products =
    [
        "Kannettava tietokone", "Pöytäkone", "Monitoimitulostin", "Office-lisenssi", "Tukisopimus 12 kk", "Asennuspalvelu", "Verkkokytkin",
        "Varmuuskopiopalvelu", "Koulutus: Excel", "Virustorjunta 1 v", "Etätuki-ajanvaraus", "Huoltosopimus",
    ];

    private static readonly string[] InterestTags = ["pelit", "valokuvaus", "etätyö", "tietoturva", "pilvipalvelut", "kotiteatteri", "älykoti"];

    private List<Guid> groupIds = [];
    private Purpose ownMarketing = null!;
    private Purpose partnerMarketing = null!;
    private Guid staffId;

    public async Task<int> SeedAsync(int personCount, CancellationToken ct)
    {
        Randomizer.Seed = new Random(2009);
        var faker = new Faker("fi");
        var now = clock.GetUtcNow();
        groupIds = await db.ProductGroups.OrderBy(g => g.Code).Select(g => g.Id).ToListAsync(ct);
        staffId = await db.Users.OrderBy(u => u.CreatedAt).Select(u => u.Id).FirstAsync(ct);
        ownMarketing = await db.Purposes.SingleAsync(p => p.Code == "ownMarketing", ct);
        partnerMarketing = await db.Purposes.SingleAsync(p => p.Code == Purpose.PartnerMarketingCode, ct);
        var created = 0;
        var organisationShare = 0.15;
        var identityCodes = new HashSet<string>();

        while (created < personCount)
        {
            var batch = Math.Min(BatchSize, personCount - created);
            var made = 0;
            while (made < batch)
            {
                if (faker.Random.Double() < organisationShare && batch - made >= 3)
                {
                    var contacts = faker.Random.Int(1, 3);
                    var organisation = Customer.Create(Guid.CreateVersion7(), CustomerType.Organisation,
                        $"{faker.Name.LastName()} {faker.PickRandom("IT", "Rakennus", "Konsultointi", "Logistiikka", "Kiinteistöt", "Palvelut", "Tekniikka")} {faker.PickRandom(CompanyForms)}",
                        NewBusinessId(faker), null, Since(faker, now), PickGroups(faker), now);
                    for (var i = 0; i < contacts; i++)
                    {
                        var contact = NewPerson(faker, now, identityCodes, work: true);
                        db.Persons.Add(contact);
                        organisation.AddContactPerson(contact.Id, now);
                    }
                    db.Customers.Add(organisation);
                    await AddRecordsAsync(faker, organisation.Id, organisation.ContactPersons.Select(c => c.PersonId).ToList(), now, ct);
                    AddMarketingHistory(faker, organisation.Id, [.. organisation.ContactPersons.Select(c => c.PersonId)], now);
                    made += contacts;
                }
                else
                {
                    var person = NewPerson(faker, now, identityCodes, work: false);
                    db.Persons.Add(person);
                    var consumer = Customer.Create(Guid.CreateVersion7(), CustomerType.Consumer, null, null, person.Id, Since(faker, now), PickGroups(faker), now);
                    db.Customers.Add(consumer);
                    await AddRecordsAsync(faker, consumer.Id, [person.Id], now, ct);
                    AddMarketingHistory(faker, consumer.Id, [person.Id], now);
                    made++;
                }
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            created += made;
        }
        return created;
    }

    /// <summary>A customer's history for the 360 view: contacts, purchases, devices with warranties, problems and invoices.</summary>
    private async Task AddRecordsAsync(Faker faker, Guid customerId, List<Guid> personIds, DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var i = faker.Random.Int(0, 5); i > 0; i--)
        {
            var at = now.AddMinutes(-faker.Random.Int(30, 2 * 365 * 24 * 60));
            db.Contacts.Add(Contact.Log(Guid.CreateVersion7(), customerId, faker.PickRandom(personIds), staffId, faker.PickRandom(groupIds), at,
                faker.PickRandom<ContactChannel>(), faker.PickRandom(Topics), faker.Random.Bool(0.6f) ? faker.PickRandom(Notes) : null,
                faker.PickRandom("Ratkaistu", "Jatkotoimenpiteitä", "Odottaa asiakasta", null),
                faker.Random.Bool(0.2f) ? DateOnly.FromDateTime(at.UtcDateTime).AddDays(faker.Random.Int(1, 30)) : null, now));
        }
        for (var i = faker.Random.Int(0, 2); i > 0; i--)
        {
            var purchase = Purchase.Record(Guid.CreateVersion7(), customerId, faker.PickRandom(groupIds), faker.PickRandom(Products),
                today.AddDays(-faker.Random.Int(1, 1500)), faker.Random.Int(1, 3), Math.Round(faker.Random.Decimal(20, 1500), 2),
                faker.Random.Bool(0.5f) ? "Asiakkaan pyynnöstä" : null, faker.PickRandom<ReasonCategory>(), staffId, faker.PickRandom(personIds),
                faker.Random.Bool(0.8f), null, null, null);
            db.Purchases.Add(purchase);
            if (faker.Random.Bool(0.6f))
            {
                var starts = purchase.PurchasedOn;
                var asset = Asset.Register(Guid.CreateVersion7(), customerId, faker.PickRandom(AssetKind.Laptop, AssetKind.Workstation, AssetKind.Printer, AssetKind.Software),
                    faker.PickRandom("Lenovo", "HP", "Dell", "Canon", "Microsoft", "Apple"), faker.PickRandom("T14", "EliteBook 840", "OptiPlex 7010", "i-SENSYS", "Office 2024", "MacBook Air"),
                    faker.Random.Replace("SN-#####-??"), purchase.ProductGroupId, purchase.Id, faker.PickRandom("Windows 11", "macOS 15", null), null, null, null,
                    new Warranty(starts, starts.AddYears(faker.Random.Int(1, 3)), "Nouto ja palautus"), now);
                db.Assets.Add(asset);
                if (asset.Kind is AssetKind.Laptop or AssetKind.Workstation && faker.Random.Bool(0.5f))
                {
                    db.RemoteAccesses.Add(RemoteAccess.Create(Guid.CreateVersion7(), asset.Id, customerId, faker.PickRandom("RDP", "VNC", "AnyDesk", "TeamViewer"),
                        $"ws-{faker.Random.Int(1, 999)}.{faker.Internet.DomainWord()}.local", "tuki", faker.Internet.Password(14), now));
                }
            }
        }
        if (faker.Random.Bool(0.3f))
        {
            var problem = Problem.Report(Guid.CreateVersion7(), customerId, faker.PickRandom(groupIds), faker.PickRandom(Topics), DataSource.Subject, now.AddDays(-faker.Random.Int(0, 200)));
            if (faker.Random.Bool(0.5f)) problem.Change(problem.Description, problem.ProductGroupId, ProblemStatus.Solved, now);
            db.Problems.Add(problem);
        }
        for (var i = faker.Random.Int(0, 2); i > 0; i--)
        {
            var issued = today.AddDays(-faker.Random.Int(0, 400));
            var amount = Math.Round(faker.Random.Decimal(30, 2000), 2);
            var invoice = Invoice.Issue(Guid.CreateVersion7(), customerId, await db.NextInvoiceNumberAsync(ct), issued, issued.AddDays(14), amount,
                Math.Round(amount * 0.255m / 1.255m, 2), now, staffId, "admin");
            if (issued.AddDays(30) < today) invoice.ChangeStatus(faker.Random.Bool(0.85f) ? InvoiceStatus.Paid : InvoiceStatus.Reminded, now, staffId, "admin");
            db.Invoices.Add(invoice);
        }
    }

    /// <summary>Interests, marketing consents (some withdrawn) and bans, so selections have someone to include and to leave out.</summary>
    private void AddMarketingHistory(Faker faker, Guid customerId, List<Guid> personIds, DateTimeOffset now)
    {
        if (faker.Random.Bool(0.35f))
            db.Interests.Add(Interest.Note(Guid.CreateVersion7(), customerId, null, faker.PickRandom(InterestTags), DataSource.Subject, now));
        foreach (var personId in personIds)
        {
            var events = new List<ConsentEvent>();
            var given = now.AddDays(-faker.Random.Int(30, 900));
            if (faker.Random.Bool(0.4f))
            {
                var channel = faker.PickRandom(Channel.Email, Channel.Sms, Channel.All);
                events.Add(new ConsentLedger(events).Record(ownMarketing, personId, channel, null, ConsentAction.Given, given, ConsentSource.Web,
                    "Verkkolomake: \"Haluan HS-Worksin tarjouksia sähköpostiin ja tekstiviestinä.\"", null, "web"));
                if (faker.Random.Bool(0.15f))
                    events.Add(new ConsentLedger(events).Record(ownMarketing, personId, channel, null, ConsentAction.Withdrawn, given.AddDays(20),
                        ConsentSource.Web, "Uutiskirjeen peruutuslinkki", null, "web"));
            }
            if (faker.Random.Bool(0.1f))
                events.Add(new ConsentLedger(events).Record(partnerMarketing, personId, Channel.Email, null, ConsentAction.Given, given, ConsentSource.Form,
                    "Asiakaslomake 2025, kohta 4: yhteistyökumppanien tarjoukset", null, "admin"));
            db.ConsentEvents.AddRange(events);
            if (faker.Random.Bool(0.06f))
                db.Prohibitions.Add(Prohibition.Impose(Guid.CreateVersion7(), personId, ProhibitionKind.DirectMarketing,
                    faker.PickRandom(Channel.All, Channel.Phone, Channel.Post), DataSource.Subject, "Asiakkaan pyyntö puhelimessa", now, "admin"));
            if (faker.Random.Bool(0.05f))
                db.Prohibitions.Add(Prohibition.Impose(Guid.CreateVersion7(), personId, ProhibitionKind.PartnerDisclosure, Channel.All, DataSource.Subject,
                    null, now, "admin"));
        }
    }

    private static Person NewPerson(Faker faker, DateTimeOffset now, HashSet<string> identityCodes, bool work)
    {
        var first = faker.Name.FirstName();
        var last = faker.Name.LastName();
        var (city, prefix) = faker.PickRandom(Cities);
        var address = new Address(
            $"{faker.PickRandom(StreetStems)}{faker.PickRandom(StreetKinds)} {faker.Random.Int(1, 120)}{(faker.Random.Bool(0.3f) ? $" {faker.Random.Char('A', 'F')} {faker.Random.Int(1, 40)}" : string.Empty)}",
            PostalCode.Parse($"{prefix}{faker.Random.Int(100, 990):000}", "FI").ValueOrThrow(),
            city,
            CountryCode.Finland);
        var emailDomain = work ? faker.PickRandom("yritys.fi", "firma.fi", "example.fi") : faker.PickRandom("example.com", "esimerkki.fi", "posti.example");
        var email = Email.Parse($"{Ascii(first)}.{Ascii(last)}{faker.Random.Int(1, 999)}@{emailDomain}").Value;
        var mobile = PhoneNumber.Parse($"0{faker.PickRandom("40", "41", "44", "45", "46", "50")}{faker.Random.Int(1000000, 9999999)}").Value;
        var phone = faker.Random.Bool(0.2f) ? PhoneNumber.Parse($"09{faker.Random.Int(1000000, 9999999)}").Value : null;

        var identityCode = IdentityCodeChange.Keep;
        if (!work && faker.Random.Bool(0.4f))
        {
            var birth = DateOnly.FromDateTime(faker.Date.Between(new DateTime(1940, 1, 1), new DateTime(2005, 12, 31)));
            var code = PersonalIdentityCode.Generate(birth, faker.Random.Int(2, 899));
            if (identityCodes.Add(code.Value)) identityCode = IdentityCodeChange.Set(code);
        }
        var language = faker.Random.WeightedRandom([Language.Fi, Language.Sv, Language.En], [0.86f, 0.1f, 0.04f]);
        var details = new PersonDetails(first, last, email, phone, mobile, language, address, NonDisclosure: faker.Random.Bool(0.01f));
        var source = faker.PickRandom(DataSource.Order, DataSource.ServiceUse, DataSource.Subject, DataSource.Staff);
        return Person.Create(Guid.CreateVersion7(), details, identityCode, source, now);
    }

    private static BusinessId NewBusinessId(Faker faker)
    {
        while (true)
        {
            if (BusinessId.FromBody(faker.Random.Int(1000000, 3299999)) is { } id) return id;
        }
    }

    private static DateOnly Since(Faker faker, DateTimeOffset now) =>
        DateOnly.FromDateTime(faker.Date.Between(new DateTime(2003, 1, 1), now.UtcDateTime.AddDays(-1)));

    private static List<string> PickGroups(Faker faker) =>
        [.. faker.PickRandom(ProductGroups.Codes, faker.Random.Int(1, 3)).Distinct()];

    private static string Ascii(string name) =>
        new(Search.SearchText.Fold(name).Where(char.IsAsciiLetter).ToArray());
}
