using System.Net;
using System.Net.Http.Json;
using CsCheck;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Customers;
using HsWorks.Application.Marketing;
using HsWorks.Domain.Consents;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Marketing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HsWorks.Api.IntegrationTests.Infrastructure.RegisterImports;
using HsWorks.Domain.ProhibitionRegisters;

namespace HsWorks.Api.IntegrationTests;

/// <summary>Direct-marketing selections (R6.2, R6.3): the rules in SQL agree with the domain's, and an export never holds an excluded person.</summary>
public sealed class MarketingSelectionTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Channels = ["email", "sms", "phone", "post"];

    private static object PersonBody(int i, bool email = true, bool mobile = true, bool phone = true, bool address = true, bool nonDisclosure = false) =>
        new
        {
            firstName = $"Testi{i}",
            lastName = "Markkinoitava",
            email = email ? $"person{i}@example.fi" : null,
            phone = phone ? $"09 {100000 + i}" : null,
            mobile = mobile ? $"040 {1000000 + i}" : null,
            language = i % 3 == 0 ? "sv" : "fi",
            address = address ? new { street = $"Testikatu {i}", postalCode = i % 2 == 0 ? "00100" : "33100", city = "Helsinki", country = "FI" } : null,
            source = "subject",
            nonDisclosure,
        };

    private static object Consent(string purpose, string channel, string action, Guid? productGroupId = null) =>
        new { purpose, channel, productGroupId, action, source = "form", evidence = "Signed form #" + channel };

    private static async Task<Guid> ConsumerAsync(HttpClient admin, object person) => (await ConsumerCustomerAsync(admin, person)).PersonId;

    private static async Task<(Guid PersonId, Guid CustomerId)> ConsumerCustomerAsync(HttpClient admin, object person)
    {
        var created = await admin.CreatePersonAsync(person);
        var customer = await admin.CreateCustomerAsync(new
        {
            type = "consumer", personId = created.Id, customerSince = "2020-01-01", productGroups = Array.Empty<string>(),
        });
        return (created.Id, customer.Id);
    }

    private static async Task<Guid> SelectionAsync(HttpClient client, string purpose, string channel, object? criteria = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/marketing/selections",
            new { name = $"{purpose} by {channel}", purpose, channel, criteria }, Ct);
        return (await response.ReadAsync<MarketingSelectionDto>(Ct)).Id;
    }

    [Fact]
    public async Task The_rules_applied_in_SQL_leave_out_exactly_whom_the_domain_rules_leave_out()
    {
        var admin = await Factory.AdminClientAsync();
        var groups = await (await admin.GetAsync("/api/v1/product-groups", Ct)).ReadAsync<List<ProductGroupDto>>(Ct);
        var hardware = groups.Single(g => g.Code == "hardware").Id;
        var software = groups.Single(g => g.Code == "software").Id;
        var organisation = await admin.CreateCustomerAsync(new
        {
            type = "organisation", name = "Testi Oy", businessId = "2168645-1", customerSince = "2020-01-01", productGroups = new[] { "hardware" },
        });
        var random = new Random(20261125);
        bool Chance(int percent) => random.Next(100) < percent;
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        string[] banChannels = ["email", "sms", "phone", "post", "all"];
        var registerLines = new List<string> { "email" };
        // Only the data protection officer sets the non-disclosure marking and lifts bans.
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");

        for (var i = 0; i < 70; i++)
        {
            var body = PersonBody(i, email: Chance(85), mobile: Chance(80), phone: Chance(60), address: Chance(85), nonDisclosure: Chance(6));
            Guid personId;
            if (Chance(25))
            {
                personId = (await dpo.CreatePersonAsync(body)).Id;
                (await admin.PostAsJsonAsync($"/api/v1/customers/{organisation.Id}/contact-persons", new { personId }, Ct)).EnsureSuccessStatusCode();
            }
            else
            {
                personId = await ConsumerAsync(dpo, body);
                // Some consumers are also an organisation's contact person: they keep the consumer rules.
                if (Chance(15))
                    (await admin.PostAsJsonAsync($"/api/v1/customers/{organisation.Id}/contact-persons", new { personId }, Ct)).EnsureSuccessStatusCode();
            }
            for (var b = random.Next(3); b > 0; b--)
            {
                var ban = await (await admin.PostAsJsonAsync($"/api/v1/persons/{personId}/prohibitions",
                    new { kind = Chance(60) ? "directMarketing" : "partnerDisclosure", channel = Pick(banChannels) }, Ct)).JsonAsync(Ct);
                if (Chance(30)) (await dpo.PostAsync($"/api/v1/persons/{personId}/prohibitions/{ban.Str("id")}/lift", null, Ct)).EnsureSuccessStatusCode();
            }
            foreach (var purpose in new[] { "ownMarketing", "partnerMarketing" })
            {
                for (var c = random.Next(3); c > 0; c--)
                {
                    var channel = Pick(banChannels);
                    Guid? group = Chance(30) ? Pick([hardware, software]) : null;
                    (await admin.PostAsJsonAsync($"/api/v1/persons/{personId}/consents", Consent(purpose, channel, "given", group), Ct)).EnsureSuccessStatusCode();
                    if (Chance(35))
                        (await admin.PostAsJsonAsync($"/api/v1/persons/{personId}/consents", Consent(purpose, channel, "withdrawn", group), Ct))
                            .EnsureSuccessStatusCode();
                }
            }
            // A product group withdrawn from a general consent (refused when there is nothing to withdraw; either is fine here).
            if (Chance(25)) await admin.PostAsJsonAsync($"/api/v1/persons/{personId}/consents", Consent("ownMarketing", "email", "withdrawn", hardware), Ct);
            if (Chance(15)) registerLines.Add($"person{i}@example.fi");
        }
        await AddPurchasesAsync(admin, random, [hardware, software], organisation.Id);
        var emailAndPost = await admin.CreateRegisterAsync("Email and post", "email", "post");
        (await admin.ImportAsync(emailAndPost.Id, Lines([.. registerLines]))).Status.Should().Be(ImportStatus.Completed);

        var compared = 0;
        foreach (var channel in Channels)
        {
            foreach (var (purpose, criteria) in new (string, object?)[]
                     {
                         ("ownMarketing", null), ("ownMarketing", new { productGroupIds = new[] { hardware } }),
                         ("ownMarketing", new { productGroupIds = new[] { hardware, software } }), ("partnerMarketing", null),
                         ("ownMarketing", new { customerType = "organisation" }),
                     })
            {
                var selectionId = await SelectionAsync(admin, purpose, channel, criteria);
                using var scope = Factory.Services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<IHsWorksDb>();
                var selection = await db.MarketingSelections.AsNoTracking().SingleAsync(s => s.Id == selectionId, Ct);
                var bySql = await scope.ServiceProvider.GetRequiredService<IMarketingSelections>().ClassifyAsync(selection, Ct);
                var byDomain = await ClassifyWithTheDomainAsync(db, selection);

                // The criteria choose the candidates (tested on their own below); the rules must agree on every candidate.
                if (criteria is null) bySql.Keys.Should().BeEquivalentTo(byDomain.Keys);
                bySql.Should().BeEquivalentTo(byDomain.Where(d => bySql.ContainsKey(d.Key)).ToDictionary(), $"{purpose} by {channel} with {criteria}");
                compared += bySql.Count;
            }
        }
        compared.Should().BeGreaterThan(800, "every candidate of every selection was compared");
    }

    /// <summary>One generated person: where they can be reached, who they are to us, and what they said.</summary>
    private sealed record GeneratedPerson(
        bool Email, bool Mobile, bool Phone, bool Address, bool NonDisclosure, bool Consumer, bool AlsoContactPerson,
        (bool DirectMarketing, string Channel, bool Lifted)[] Bans,
        (string Purpose, string Channel, bool Withdrawn, bool InHardware)[] Consents,
        (bool Hardware, bool OptOutOffered)[] Purchases,
        bool OnRegister);

    private static readonly Gen<GeneratedPerson> PersonGen =
        Gen.Select(
            Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, Gen.Int[0, 9], Gen.Int[0, 3], Gen.Int[0, 4],
                (email, mobile, phone, address, marked, kind, register) => (email, mobile, phone, address, NonDisclosure: marked == 0, Consumer: kind > 0, AlsoContact: kind == 3, OnRegister: register == 0)),
            Gen.Select(Gen.Bool, Gen.OneOf("email", "sms", "phone", "post", "all"), Gen.Int[0, 3], (direct, channel, lifted) => (direct, channel, lifted == 0)).Array[0, 2],
            Gen.Select(Gen.OneOf("ownMarketing", "partnerMarketing"), Gen.OneOf("email", "sms", "phone", "post", "all"), Gen.Int[0, 2], Gen.Int[0, 3],
                (purpose, channel, withdrawn, group) => (purpose, channel, withdrawn == 0, group == 0)).Array[0, 3],
            Gen.Select(Gen.Bool, Gen.Bool, (hardware, optOut) => (hardware, optOut)).Array[0, 2],
            (p, bans, consents, purchases) => new GeneratedPerson(p.email, p.mobile, p.phone, p.address, p.NonDisclosure, p.Consumer, p.AlsoContact,
                bans, consents, purchases, p.OnRegister));

    /// <summary>
    /// Property: for any persons CsCheck generates (reachability, customer role, bans lifted or not,
    /// consents given and withdrawn, purchases with or without the opt-out offered, register matches),
    /// stored through the API in PostgreSQL, <see cref="MarketingEligibility"/> and its SQL form give every
    /// person the same answer (the same first reason, or included) for every channel and purpose.
    /// HSWORKS_ELIGIBILITY_SEED=&lt;seed&gt; replays a failure.
    /// </summary>
    [Fact]
    public async Task The_domain_rules_and_their_SQL_classify_every_generated_person_alike()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var groups = await (await admin.GetAsync("/api/v1/product-groups", Ct)).ReadAsync<List<ProductGroupDto>>(Ct);
        var hardware = groups.Single(g => g.Code == "hardware").Id;
        var software = groups.Single(g => g.Code == "software").Id;
        var organisation = await admin.CreateCustomerAsync(new
        {
            type = "organisation", name = "Generoitu Oy", businessId = "2168645-1", customerSince = "2020-01-01", productGroups = new[] { "hardware" },
        });
        var register = await admin.CreateRegisterAsync("Generated register", "email", "sms");
        var selections = new List<(Guid Id, bool Everyone)>();
        foreach (var channel in Channels)
            foreach (var (purpose, criteria) in new (string, object?)[] { ("ownMarketing", null), ("partnerMarketing", null), ("ownMarketing", new { productGroupIds = new[] { hardware } }) })
                selections.Add((await SelectionAsync(admin, purpose, channel, criteria), criteria is null));
        var number = 1000;
        var compared = 0;

        await PersonGen.Array[1, 4].SampleAsync(async persons =>
        {
            var ids = new List<Guid>();
            var registerLines = new List<string> { "email" };
            foreach (var person in persons)
            {
                var i = Interlocked.Increment(ref number);
                var body = PersonBody(i, person.Email, person.Mobile, person.Phone, person.Address, person.NonDisclosure);
                Guid personId;
                if (person.Consumer)
                {
                    var (createdId, customerId) = await ConsumerCustomerAsync(dpo, body);
                    personId = createdId;
                    foreach (var (inHardware, optOut) in person.Purchases)
                        (await admin.PostAsJsonAsync($"/api/v1/customers/{customerId}/purchases", new
                        {
                            productGroupId = inHardware ? hardware : software, product = "Laite", purchasedOn = "2026-03-01", quantity = 1, unitPrice = 10m,
                            marketingOptOutOffered = optOut,
                        }, Ct)).EnsureSuccessStatusCode();
                }
                else personId = (await dpo.CreatePersonAsync(body)).Id;
                if (!person.Consumer || person.AlsoContactPerson)
                    (await admin.PostAsJsonAsync($"/api/v1/customers/{organisation.Id}/contact-persons", new { personId }, Ct)).EnsureSuccessStatusCode();
                foreach (var (direct, channel, lifted) in person.Bans)
                {
                    var ban = await (await admin.PostAsJsonAsync($"/api/v1/persons/{personId}/prohibitions",
                        new { kind = direct ? "directMarketing" : "partnerDisclosure", channel }, Ct)).JsonAsync(Ct);
                    if (lifted) (await dpo.PostAsync($"/api/v1/persons/{personId}/prohibitions/{ban.Str("id")}/lift", null, Ct)).EnsureSuccessStatusCode();
                }
                foreach (var (purpose, channel, withdrawn, inHardware) in person.Consents)
                {
                    Guid? group = inHardware ? hardware : null;
                    (await admin.PostAsJsonAsync($"/api/v1/persons/{personId}/consents", Consent(purpose, channel, "given", group), Ct)).EnsureSuccessStatusCode();
                    if (withdrawn)
                        (await admin.PostAsJsonAsync($"/api/v1/persons/{personId}/consents", Consent(purpose, channel, "withdrawn", group), Ct)).EnsureSuccessStatusCode();
                }
                if (person.OnRegister && person.Email) registerLines.Add($"person{i}@example.fi");
                ids.Add(personId);
            }
            (await admin.ImportAsync(register.Id, Lines([.. registerLines]))).Status.Should().Be(ImportStatus.Completed);

            foreach (var (selectionId, everyone) in selections)
            {
                using var scope = Factory.Services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<IHsWorksDb>();
                var selection = await db.MarketingSelections.AsNoTracking().SingleAsync(s => s.Id == selectionId, Ct);
                var bySql = (await scope.ServiceProvider.GetRequiredService<IMarketingSelections>().ClassifyAsync(selection, Ct))
                    .Where(r => ids.Contains(r.Key)).ToDictionary();
                var byDomain = (await ClassifyWithTheDomainAsync(db, selection)).Where(r => ids.Contains(r.Key)).ToDictionary();
                // The criteria choose the candidates (tested on their own); on every candidate the two must agree.
                if (everyone) bySql.Keys.Should().BeEquivalentTo(ids, "without criteria every generated person is a candidate");
                bySql.Should().BeEquivalentTo(byDomain.Where(d => bySql.ContainsKey(d.Key)).ToDictionary(), $"{selection.MarketingPurpose} by {selection.Channel}");
                compared += bySql.Count;
            }
        }, iter: int.TryParse(Environment.GetEnvironmentVariable("HSWORKS_ELIGIBILITY_ITERATIONS"), out var n) ? n : 12, threads: 1,
            seed: Environment.GetEnvironmentVariable("HSWORKS_ELIGIBILITY_SEED") is { Length: > 0 } seed ? seed : null,
            print: persons => string.Join("; ", persons.Select(p => p.ToString())));
        compared.Should().BeGreaterThan(100, "every generated person was compared under every selection");
    }

    /// <summary>Purchases for the consumers of the differential test: some with the opt-out offered, in one or both groups.</summary>
    private static async Task AddPurchasesAsync(HttpClient admin, Random random, Guid[] groups, Guid organisationId)
    {
        var customers = await (await admin.GetAsync("/api/v1/customers?pageSize=100", Ct)).JsonAsync(Ct);
        foreach (var customer in customers.GetProperty("items").EnumerateArray().Where(c => c.Str("id") != organisationId.ToString()))
        {
            for (var n = random.Next(3); n > 0; n--)
            {
                (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Str("id")}/purchases", new
                {
                    productGroupId = groups[random.Next(groups.Length)], product = "Laite", purchasedOn = "2026-03-01", quantity = 1, unitPrice = 10m,
                    marketingOptOutOffered = random.Next(2) == 0,
                }, Ct)).EnsureSuccessStatusCode();
            }
        }
    }

    /// <summary>The reference: each candidate gathered from the tables and judged by <see cref="MarketingEligibility"/>.</summary>
    private static async Task<Dictionary<Guid, ExclusionReason?>> ClassifyWithTheDomainAsync(IHsWorksDb db, MarketingSelection selection)
    {
        var consumers = await db.Customers.AsNoTracking().Where(c => c.PersonId != null).Select(c => new { c.Id, PersonId = c.PersonId!.Value })
            .ToListAsync(Ct);
        var contacts = await db.ContactPersons.AsNoTracking().Select(c => c.PersonId).ToListAsync(Ct);
        var candidateIds = consumers.Select(c => c.PersonId).Concat(contacts).ToHashSet();
        var persons = await db.Persons.AsNoTracking().Where(p => candidateIds.Contains(p.Id)).ToListAsync(Ct);
        var bans = (await db.Prohibitions.AsNoTracking().ToListAsync(Ct)).ToLookup(b => b.PersonId);
        var events = (await db.ConsentEvents.AsNoTracking().ToListAsync(Ct)).ToLookup(e => e.PersonId);
        var purchases = await db.Purchases.AsNoTracking().ToListAsync(Ct);
        var registers = await db.ProhibitionRegisters.AsNoTracking().Where(r => r.CurrentImportId != null).ToListAsync(Ct);
        var matches = (await db.RegisterMatches.AsNoTracking().ToListAsync(Ct))
            .SelectMany(m => registers.Where(r => r.CurrentImportId == m.ImportId).SelectMany(r => r.Channels).Select(channel => (m.PersonId, channel)))
            .ToLookup(m => m.PersonId, m => m.channel);

        return persons.ToDictionary(p => p.Id, p =>
        {
            var ownCustomers = consumers.Where(c => c.PersonId == p.Id).Select(c => c.Id).ToHashSet();
            var candidate = new MarketingCandidate(p.Id, ownCustomers.Count > 0, p.NonDisclosure, RestrictedOrObjected: false,
                p.Email is not null, p.Mobile is not null, p.Phone is not null, p.Address is not null, [.. bans[p.Id]], [.. matches[p.Id]],
                new ConsentLedger([.. events[p.Id]]),
                [.. purchases.Where(x => x.PersonId == p.Id || ownCustomers.Contains(x.CustomerId)).Select(x => new PurchaseFact(x.ProductGroupId, x.MarketingOptOutOffered))]);
            return MarketingEligibility.Exclude(candidate, selection.Request);
        });
    }

    [Fact]
    public async Task An_export_holds_exactly_the_persons_included_and_is_recorded_with_them()
    {
        var admin = await Factory.AdminClientAsync();
        var (marketer, marketerUser, _) = await Factory.UserClientAsync("Marketing");
        var included = await ConsumerAsync(admin, PersonBody(1));
        await admin.PostAsJsonAsync($"/api/v1/persons/{included}/consents", Consent("ownMarketing", "email", "given"), Ct);
        var withAllChannels = await ConsumerAsync(admin, PersonBody(2));
        await admin.PostAsJsonAsync($"/api/v1/persons/{withAllChannels}/consents", Consent("ownMarketing", "all", "given"), Ct);
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var nonDisclosure = await ConsumerAsync(dpo, PersonBody(3, nonDisclosure: true));
        await admin.PostAsJsonAsync($"/api/v1/persons/{nonDisclosure}/consents", Consent("ownMarketing", "email", "given"), Ct);
        var banned = await ConsumerAsync(admin, PersonBody(4));
        await admin.PostAsJsonAsync($"/api/v1/persons/{banned}/consents", Consent("ownMarketing", "email", "given"), Ct);
        await admin.PostAsJsonAsync($"/api/v1/persons/{banned}/prohibitions", new { kind = "directMarketing", channel = "all" }, Ct);
        var withdrawn = await ConsumerAsync(admin, PersonBody(5));
        await admin.PostAsJsonAsync($"/api/v1/persons/{withdrawn}/consents", Consent("ownMarketing", "email", "given"), Ct);
        await admin.PostAsJsonAsync($"/api/v1/persons/{withdrawn}/consents", Consent("ownMarketing", "email", "withdrawn"), Ct);
        var smsOnly = await ConsumerAsync(admin, PersonBody(6));
        await admin.PostAsJsonAsync($"/api/v1/persons/{smsOnly}/consents", Consent("ownMarketing", "sms", "given"), Ct);
        var onRegister = await ConsumerAsync(admin, PersonBody(7));
        await admin.PostAsJsonAsync($"/api/v1/persons/{onRegister}/consents", Consent("ownMarketing", "email", "given"), Ct);
        var noEmail = await ConsumerAsync(admin, PersonBody(8, email: false));
        await admin.PostAsJsonAsync($"/api/v1/persons/{noEmail}/consents", Consent("ownMarketing", "email", "given"), Ct);
        var register = await admin.CreateRegisterAsync("E-mail opt-outs", "email");
        await admin.ImportAsync(register.Id, Lines("email", "person7@example.fi"));

        var selectionId = await SelectionAsync(marketer, "ownMarketing", "email");
        // Read as the wire has it: every reason is a camelCase key.
        var preview = await (await marketer.GetAsync($"/api/v1/marketing/selections/{selectionId}/preview", Ct)).JsonAsync(Ct);
        preview.GetProperty("included").GetInt64().Should().Be(2);
        preview.GetProperty("excluded").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64()).Should().BeEquivalentTo(new Dictionary<string, long>
        {
            ["nonDisclosure"] = 1, ["restricted"] = 0, ["ownBan"] = 1, ["partnerBan"] = 0, ["prohibitionRegister"] = 1, ["noConsent"] = 2, ["noAddress"] = 1,
        });

        var export = await marketer.GetAsync($"/api/v1/marketing/selections/{selectionId}/export", Ct);
        export.StatusCode.Should().Be(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var lines = (await export.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("personId,firstName,lastName,language,email");
        lines.Skip(1).Select(l => Guid.Parse(l.Split(',')[0])).Should().BeEquivalentTo([included, withAllChannels]);
        lines.Should().Contain(l => l.EndsWith(",person1@example.fi"));

        var exportId = Guid.Parse(export.Headers.GetValues("HsWorks-Export-Id").Single());
        var exports = await (await marketer.GetAsync($"/api/v1/marketing/selections/{selectionId}/exports", Ct)).ReadAsync<List<SelectionExportDto>>(Ct);
        exports.Should().ContainSingle().Which.Should().Match<SelectionExportDto>(e =>
            e.Id == exportId && e.PersonCount == 2 && e.ExportedBy == marketerUser.Username && e.Channel == Channel.Email);
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IHsWorksDb>();
        var recorded = await db.SelectionExports.AsNoTracking().SingleAsync(e => e.Id == exportId, Ct);
        recorded.Criteria.Should().BeEquivalentTo(SelectionCriteria.Everyone);
    }

    [Fact]
    public async Task An_export_neutralises_names_that_start_like_formulas_and_keeps_E164_phone_numbers_usable()
    {
        var admin = await Factory.AdminClientAsync();
        string[] hostile = ["=HYPERLINK(\"http://x\",\"y\")", "-Miinus", "@Ät", "+Plussa"];
        var persons = new Dictionary<Guid, string>();
        for (var i = 0; i < hostile.Length; i++)
        {
            var id = await ConsumerAsync(admin, new
            {
                firstName = hostile[i], lastName = "Kaavanen", mobile = $"040 {1000000 + i}", language = "fi", source = "subject",
            });
            await admin.PostAsJsonAsync($"/api/v1/persons/{id}/consents", Consent("ownMarketing", "sms", "given"), Ct);
            persons[id] = hostile[i];
        }

        var selectionId = await SelectionAsync(admin, "ownMarketing", "sms");
        var csv = await admin.GetStringAsync($"/api/v1/marketing/selections/{selectionId}/export", Ct);

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("personId,firstName,lastName,language,mobile");
        lines.Should().HaveCount(hostile.Length + 1);
        for (var i = 0; i < hostile.Length; i++)
        {
            var line = lines.Single(l => l.StartsWith(persons.Single(p => p.Value == hostile[i]).Key.ToString()));
            line.Should().EndWith($",Kaavanen,fi,+35840{1000000 + i}", "an E.164 number is written as it is");
        }
        csv.Should().Contain("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"").And.Contain(",\"'-Miinus\",").And.Contain(",\"'@Ät\",")
            .And.Contain(",\"'+Plussa\",");
        csv.Should().NotContain(",=HYPERLINK").And.NotContain(",-Miinus").And.NotContain(",@Ät").And.NotContain(",+Plussa");
    }

    [Fact]
    public async Task Partner_marketing_respects_the_partner_ban_and_never_uses_the_existing_customer_exception()
    {
        var admin = await Factory.AdminClientAsync();
        var groups = await (await admin.GetAsync("/api/v1/product-groups", Ct)).ReadAsync<List<ProductGroupDto>>(Ct);
        var hardware = groups.Single(g => g.Code == "hardware").Id;
        var (buyer, customerId) = await ConsumerCustomerAsync(admin, PersonBody(1));
        (await admin.PostAsJsonAsync($"/api/v1/customers/{customerId}/purchases", new
        {
            productGroupId = hardware, product = "Kannettava", purchasedOn = "2026-05-01", quantity = 1, unitPrice = 500m, personId = buyer,
            marketingOptOutOffered = true,
        }, Ct)).EnsureSuccessStatusCode();
        var partnerBanned = await ConsumerAsync(admin, PersonBody(2));
        await admin.PostAsJsonAsync($"/api/v1/persons/{partnerBanned}/prohibitions", new { kind = "partnerDisclosure", channel = "all" }, Ct);

        var ownHardwareMail = await SelectionAsync(admin, "ownMarketing", "email", new { productGroupIds = new[] { hardware } });
        var partnerPost = await SelectionAsync(admin, "partnerMarketing", "post");
        var partnerMail = await SelectionAsync(admin, "partnerMarketing", "email", new { productGroupIds = new[] { hardware } });

        async Task<SelectionPreviewDto> Preview(Guid id) =>
            await (await admin.GetAsync($"/api/v1/marketing/selections/{id}/preview", Ct)).ReadAsync<SelectionPreviewDto>(Ct);
        (await Preview(ownHardwareMail)).Included.Should().Be(1, "the buyer was offered an opt-out when buying hardware");
        (await Preview(partnerPost)).Should().Match<SelectionPreviewDto>(p => p.Included == 1 && p.Excluded[ExclusionReason.PartnerBan] == 1);
        (await Preview(partnerMail)).Should().Match<SelectionPreviewDto>(p => p.Included == 0 && p.Excluded[ExclusionReason.NoConsent] == 1,
            "only the buyer bought hardware, and the exception is not for partners");
    }

    [Fact]
    public async Task Criteria_narrow_the_candidates_before_the_rules()
    {
        var admin = await Factory.AdminClientAsync();
        await ConsumerAsync(admin, PersonBody(3)); // sv, 33100
        var (_, helsinkiCustomer) = await ConsumerCustomerAsync(admin, PersonBody(2)); // fi, 00100
        await ConsumerAsync(admin, PersonBody(1)); // fi, 33100
        (await admin.PostAsJsonAsync($"/api/v1/customers/{helsinkiCustomer}/interests", new { tag = "Gaming" }, Ct)).EnsureSuccessStatusCode();

        async Task<long> Included(object criteria) =>
            (await (await admin.GetAsync($"/api/v1/marketing/selections/{await SelectionAsync(admin, "ownMarketing", "post", criteria)}/preview", Ct))
                .ReadAsync<SelectionPreviewDto>(Ct)).Included;
        (await Included(new { languages = new[] { "sv" } })).Should().Be(1);
        (await Included(new { postalCodePrefixes = new[] { "001" } })).Should().Be(1);
        (await Included(new { postalCodePrefixes = new[] { "001", "331" } })).Should().Be(3);
        (await Included(new { interests = new[] { "gaming" } })).Should().Be(1);
        (await Included(new { customerType = "organisation" })).Should().Be(0);
        (await Included(new { purchasedFrom = "2026-01-01" })).Should().Be(0);
    }

    [Fact]
    public async Task A_selection_needs_a_marketing_purpose_one_channel_and_sound_criteria()
    {
        var admin = await Factory.AdminClientAsync();

        async Task<IReadOnlyList<string>> Fields(object body) =>
            (await (await admin.PostAsJsonAsync("/api/v1/marketing/selections", body, Ct)).ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields();
        (await Fields(new { name = "x", purpose = "invoicing", channel = "email" })).Should().Equal("purpose");
        (await Fields(new { name = "", purpose = "noSuchPurpose", channel = "all", criteria = new { productGroupIds = new[] { Guid.NewGuid() } } }))
            .Should().BeEquivalentTo(["name", "purpose", "channel", "criteria.productGroupIds"], "one answer names every problem");
        // A value outside the closed set is refused while the body is read, before the rules run.
        (await Fields(new { name = "", purpose = "noSuchPurpose", channel = "fax" })).Should().Equal("channel");
        (await Fields(new { name = "x", purpose = "ownMarketing", channel = "all" })).Should().Equal("channel");
        (await Fields(new { name = "", purpose = "ownMarketing", channel = "email" })).Should().Equal("name");
        (await Fields(new { name = "x", purpose = "ownMarketing", channel = "email", criteria = new { postalCodePrefixes = new[] { "00%" } } }))
            .Should().Equal("criteria.postalCodePrefixes[0]");
        (await Fields(new { name = "x", purpose = "ownMarketing", channel = "email", criteria = new { purchasedFrom = "2026-02-01", purchasedTo = "2026-01-01" } }))
            .Should().Equal("criteria.purchasedTo");
        (await Fields(new { name = "x", purpose = "ownMarketing", channel = "email", criteria = new { productGroupIds = new[] { Guid.NewGuid() } } }))
            .Should().Equal("criteria.productGroupIds");
        (await admin.GetAsync($"/api/v1/marketing/selections/{Guid.NewGuid()}/preview", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var (agent, _, _) = await Factory.UserClientAsync("HelpdeskAgent");
        (await agent.PostAsJsonAsync("/api/v1/marketing/selections", new { name = "x", purpose = "ownMarketing", channel = "email" }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
