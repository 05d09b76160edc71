using HsWorks.Domain.Common;
using System.Security.Cryptography;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.ProhibitionRegisters;
using HsWorks.Domain.Purposes;
using HsWorks.Domain.Register;
using HsWorks.Domain.Retention;
using HsWorks.Domain.Users;
using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.ProhibitionRegisters;
using HsWorks.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HsWorks.Infrastructure.Seeding;

/// <summary>Migrates the schema, creates the first administrator and, on an empty register, the demo data.</summary>
public sealed class DatabaseInitializer(
    HsWorksDbContext db, DbContextOptions<HsWorksDbContext> dbOptions, FieldProtector protector, IdentityCodeLookup identityLookup,
    IPasswordHasher hasher, IOptions<StartupOptions> options, TimeProvider clock, ILogger<DatabaseInitializer> logger)
{
    public async Task InitialiseAsync(CancellationToken ct)
    {
        logger.LogInformation("Applying database migrations");
        // On an empty database EF first probes a history table that is not there yet and logs that as an error; there the migration
        // runs on a context whose command errors are logged at debug level. Otherwise this context migrates: options of its own would
        // make EF build its model a second time, seconds of every start on a small machine.
        if (await db.GetService<IHistoryRepository>().ExistsAsync(ct))
        {
            // Nothing pending (every start but the one after a release): the migrator's lock and its check of the model against the
            // snapshot (a second model, built from the snapshot, and a diff) are skipped. A migration added by another instance in the
            // meantime is applied by that instance.
            if ((await db.Database.GetPendingMigrationsAsync(ct)).Any()) await db.Database.MigrateAsync(ct);
        }
        else
        {
            var quietOptions = new DbContextOptionsBuilder<HsWorksDbContext>(dbOptions)
                .ConfigureWarnings(w => w.Log((RelationalEventId.CommandError, LogLevel.Debug)))
                .Options;
            await using var migrator = new HsWorksDbContext(quietOptions, protector);
            await migrator.Database.MigrateAsync(ct);
        }
        await EnsureAdministratorAsync(ct);
        await EnsureProductGroupsAsync(ct);
        await EnsurePurposesAsync(ct);
        await EnsureProhibitionRegistersAsync(ct);
        await EnsureControllerAsync(ct);
        await EnsureRetentionRulesAsync(ct);
        if (await PopulationRegister.IdentityCodeLookupBackfill.RunAsync(db, identityLookup, ct) is > 0 and var looked)
            logger.LogInformation("Identity-code lookups written for {Count} persons", looked);
        if (options.Value.SeedDemo && !await db.Persons.AnyAsync(ct))
        {
            logger.LogInformation("Seeding demo data: {Count} persons", options.Value.DemoPersons);
            // All or nothing: an interrupted seed leaves an empty register, which the next start seeds again.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var count = await new DemoDataSeeder(db, clock).SeedAsync(options.Value.DemoPersons, ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation("Demo data ready: {Count} persons", count);
        }
    }

    /// <summary>The product and service groups of the register description (R4.10); existing ones are left as administrators named them.</summary>
    private async Task EnsureProductGroupsAsync(CancellationToken ct)
    {
        (string Code, string Fi, string Sv, string En)[] groups =
        [
            ("phoneSupport", "Puhelintuki", "Telefonsupport", "Phone support"),
            ("installation", "Asennus", "Installation", "Installation"),
            ("maintenance", "Huolto", "Underhåll", "Maintenance"),
            ("repair", "Korjaus", "Reparation", "Repair"),
            ("consulting", "Konsultointi", "Konsultering", "Consulting"),
            ("training", "Koulutus", "Utbildning", "Training"),
            ("hardware", "Laitteet", "Hårdvara", "Hardware"),
            ("software", "Ohjelmistot", "Programvara", "Software"),
        ];
        var existing = await db.ProductGroups.Select(g => g.Code).ToListAsync(ct);
        foreach (var (code, fi, sv, en) in groups.Where(g => !existing.Contains(g.Code)))
            db.ProductGroups.Add(ProductGroup.Create(Guid.CreateVersion7(), code, fi, sv, en));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The purposes of section 3 of the register description (R3.1), each with its legal basis (R2.1).</summary>
    private async Task EnsurePurposesAsync(CancellationToken ct)
    {
        (string Code, string Fi, string Sv, string En, LegalBasis Basis, bool Marketing, string[] Categories)[] purposes =
        [
            ("customerService", "Asiakaspalvelu ja asiakassuhteen hoito", "Kundtjänst och kundrelation", "Customer service and relationship", LegalBasis.Contract, false, ["basic", "contract", "contacts", "devices"]),
            ("invoicing", "Laskutus", "Fakturering", "Invoicing", LegalBasis.Contract, false, ["basic", "invoicing"]),
            ("receivables", "Saatavien valvonta ja perintä", "Bevakning och indrivning av fordringar", "Receivables and collection", LegalBasis.LegitimateInterest, false, ["basic", "invoicing"]),
            ("analysisStatistics", "Analysointi ja tilastointi", "Analys och statistik", "Analysis and statistics", LegalBasis.LegitimateInterest, false, ["contract", "contacts"]),
            ("misusePrevention", "Väärinkäytösten estäminen ja selvittäminen", "Förebyggande och utredning av missbruk", "Misuse prevention and investigation", LegalBasis.LegitimateInterest, false, ["basic", "contacts", "recordings"]),
            ("productDevelopment", "Tuotteiden ja palveluiden kehittäminen", "Produkt- och tjänsteutveckling", "Product and service development", LegalBasis.LegitimateInterest, false, ["contract", "interests", "problems"]),
            ("ownMarketing", "HS-Worksin oma markkinointi", "HS-Works egen marknadsföring", "HS-Works' own marketing", LegalBasis.Consent, true, ["basic", "interests", "contract"]),
            ("partnerMarketing", "Yhteistyökumppanien markkinointi", "Samarbetspartners marknadsföring", "Partners' marketing", LegalBasis.Consent, true, ["basic"]),
            ("marketResearch", "Markkinatutkimukset", "Marknadsundersökningar", "Market research", LegalBasis.Consent, true, ["basic", "interests"]),
            ("marketingCompetitions", "Arvonnat ja kilpailut", "Lotterier och tävlingar", "Marketing competitions", LegalBasis.Consent, true, ["basic"]),
        ];
        var existing = await db.Purposes.Select(p => p.Code).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var p in purposes.Where(p => !existing.Contains(p.Code)))
        {
            var purpose = Purpose.Define(Guid.CreateVersion7(), p.Code, p.Fi, p.Sv, p.En, p.Basis, p.Marketing, p.Categories, now,
                LegitimateInterests.Defaults.GetValueOrDefault(p.Code));
            db.Purposes.Add(purpose);
            db.PurposeVersions.Add(PurposeVersion.Of(purpose, "system"));
        }
        // Purposes kept from before a purpose stated its legitimate interest get the seeded or the general words, as a new version.
        var unstated = await db.Purposes.Where(p => p.LegalBasis == LegalBasis.LegitimateInterest && p.LegitimateInterest == null).ToListAsync(ct);
        foreach (var purpose in unstated)
        {
            purpose.Revise(purpose.NameFi, purpose.NameSv, purpose.NameEn, purpose.LegalBasis, purpose.IsMarketing, purpose.DataCategories, now,
                LegitimateInterests.General(purpose));
            db.PurposeVersions.Add(PurposeVersion.Of(purpose, "system"));
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The retention rules a register starts with (issue 13) and the calendar year as the financial year; edited ones are left as they are.</summary>
    private async Task EnsureRetentionRulesAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var existing = await db.RetentionRules.Select(r => r.Category).ToListAsync(ct);
        foreach (var d in RetentionDefaults.All.Where(d => !existing.Contains(d.Category)))
            db.RetentionRules.Add(RetentionRule.Define(d.Category, d.Period, d.Unit, d.Start, d.Action, d.Fi, d.Sv, d.En, now, "system"));
        if (!await db.FinancialYears.AnyAsync(ct)) db.FinancialYears.Add(FinancialYear.CalendarYear(now));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The prohibition registers Finnish direct marketing checks (R5.3); their files are imported by staff.</summary>
    private async Task EnsureProhibitionRegistersAsync(CancellationToken ct)
    {
        (string Name, Channel[] Channels)[] registers =
        [
            ("ASML:n suoramarkkinoinnin kieltorekisteri (Robinson)", [Channel.Post, Channel.Phone]),
            ("Postin suoramarkkinointikiellot", [Channel.Post]),
        ];
        if (await db.ProhibitionRegisters.AnyAsync(ct)) return;
        foreach (var (name, channels) in registers)
            db.ProhibitionRegisters.Add(ProhibitionRegister.Create(Guid.CreateVersion7(), name, channels, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The controller of section 1 of the register description (R1.1) and the notice's maintained texts, section 7's security in
    /// today's words; an administrator edits them from then on.
    /// </summary>
    private async Task EnsureControllerAsync(CancellationToken ct)
    {
        if (await db.ControllerDetails.AnyAsync(ct)) return;
        db.ControllerDetails.Add(ControllerDetails.Create(new ControllerFields(
            "HS-Works Oy", "2168645-1", "Korppaanmäentie 27", "00300", "Helsinki", "+358404133597", "mika.lausamo@hs-works.fi",
            "Harry Sileoni", "harry.sileoni@hs-works.fi", null,
            new LocalisedText(
                "Rekisterin käyttö edellyttää pääkäyttäjän myöntämää henkilökohtaista käyttäjätunnusta ja salasanaa; käyttötaso rajaa, mitä kukin näkee ja tekee, ja jokainen tietojen käyttö kirjataan lokiin.\nTiedot ovat palomuurein ja salauksin suojatuissa tietokannoissa; henkilötunnukset, etäyhteyksien salasanat ja tallenteet on salattu. Palvelimet ovat vartioiduissa tiloissa, joihin on pääsy vain asiaankuuluvilla henkilöillä.",
                "Användning av registret kräver ett personligt användarnamn och lösenord från huvudanvändaren; behörighetsnivån begränsar vad var och en ser och gör, och varje användning av uppgifterna loggas.\nUppgifterna finns i databaser skyddade med brandväggar och kryptering; personbeteckningar, fjärranslutningarnas lösenord och inspelningar är krypterade. Servrarna finns i bevakade lokaler där endast behöriga personer har tillträde.",
                "Using the register needs a personal user id and password granted by the main administrator; the access level limits what each user sees and does, and every use of the data is logged.\nThe data is kept in databases protected by firewalls and encryption; identity codes, remote-access passwords and recordings are encrypted. The servers are in guarded premises that only the relevant people can enter."),
            new LocalisedText(
                "Asiakassuhteen ja sopimuksen tiedot (nimi, yhteystiedot, laskutustiedot) ovat sopimuksen tekemisen edellytys: ilman niitä emme voi toimittaa tuotteita ja palveluja emmekä laskuttaa niistä.\nMarkkinoinnin tiedot ja suostumukset ovat vapaaehtoisia; niiden antamatta jättäminen ei vaikuta asiakassuhteeseen.",
                "Uppgifter om kundrelationen och avtalet (namn, kontaktuppgifter, faktureringsuppgifter) är en förutsättning för avtalet: utan dem kan vi inte leverera produkter och tjänster eller fakturera dem.\nUppgifter och samtycken för marknadsföring är frivilliga; att inte lämna dem påverkar inte kundrelationen.",
                "The data of the customer relationship and the contract (name, contact details, invoicing data) is needed to enter into the contract: without it we cannot deliver products and services or invoice them.\nMarketing data and consents are voluntary; not giving them does not affect the customer relationship."),
            new LocalisedText(
                "Jäljennöksen siirtojen suojatoimista (esimerkiksi komission vakiolausekkeet) saat pyytämällä sitä tietosuojayhteyshenkilöltä.",
                "En kopia av skyddsåtgärderna för överföringar (till exempel kommissionens standardavtalsklausuler) får du av kontaktpersonen för dataskydd.",
                "A copy of the safeguards of the transfers (for example the Commission's standard contractual clauses) is available from the data-protection contact on request.")),
            clock.GetUtcNow(), "system"));
        await db.SaveChangesAsync(ct);
    }

    private async Task EnsureAdministratorAsync(CancellationToken ct)
    {
        if (await db.Users.AnyAsync(ct)) return;
        var username = Environment.GetEnvironmentVariable("HSWORKS_ADMIN_USER") is { Length: > 0 } u ? u : "admin";
        var given = Environment.GetEnvironmentVariable("HSWORKS_ADMIN_PASSWORD");
        if (!string.IsNullOrEmpty(given) && (given.Length < StaffUser.MinPasswordLength || given.Distinct().Count() < 3))
            throw new InvalidOperationException(
                $"HSWORKS_ADMIN_PASSWORD must have at least {StaffUser.MinPasswordLength} characters and not be a repetition of one or two characters.");
        var password = string.IsNullOrEmpty(given) ? GeneratePassword() : given;
        db.Users.Add(StaffUser.Create(Guid.CreateVersion7(), username, "Administrator", AccessLevel.Administrator,
            hasher.Hash(password), mustChangePassword: false, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Created the first administrator account");
        if (string.IsNullOrEmpty(given))
        {
            // Printed once to the terminal, never to the structured log.
            Console.WriteLine();
            Console.WriteLine($"  First administrator: username '{username}', password '{password}'");
            Console.WriteLine("  This password is shown only now. Set HSWORKS_ADMIN_PASSWORD to choose it yourself.");
            Console.WriteLine();
        }
    }

    private static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        return string.Concat(Enumerable.Range(0, 20).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]));
    }
}
