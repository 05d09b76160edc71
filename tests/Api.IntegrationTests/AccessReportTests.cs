using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Customers;
using HsWorks.Application.Persons;
using HsWorks.Application.Requests;
using HsWorks.Domain.Audit;
using HsWorks.Domain.Consents;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Prohibitions;
using HsWorks.Domain.Purposes;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Npgsql;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// The access report (R8.2, Art. 15) and portability (Art. 20) of a request: a person built through the API with data in every area
/// appears item by item, in JSON and as printable HTML in fi, sv and en; staff are named only where recorded as essential; secrets never
/// appear; every report is audited, kept with the request and on its timeline; the portability ZIP holds what the person gave and
/// their use produced, not what staff wrote.
/// </summary>
public sealed class AccessReportTests(ApiFactory factory) : ApiTest(factory)
{
    private const string Secret = "S3cret-Passw0rd!";
    private const string LicenceKey = "LKEY1-FGHIJ-KLMNO-PQRST";
    private const string StaffNote = "Internal note: asked twice already";
    private const string ProblemText = "Printer driver crashes nightly";
    private static readonly string IdentityCode = PersonalIdentityCode.Generate(new DateOnly(1980, 5, 17), 123).Value;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Built(HttpClient Admin, PersonDto Person, CustomerDto Customer, Guid PurchaseId, Guid AssetId, Guid ContactId, Guid RecordingId,
        Guid InvoiceId);

    /// <summary>A consumer with data in every area: details with an identity code, a purchase, an asset with a licence key and warranty, remote
    /// access, a contact with staff's notes and a recording, an interest, a problem, an invoice, a consent, a prohibition, a disclosure to a
    /// processor outside the EEA and a marketing export.</summary>
    private async Task<Built> BuildAsync()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync(new
        {
            firstName = "Raili", lastName = "Raportti", email = "raili.raportti@example.fi", phone = "040 765 4321", mobile = "050 111 2222",
            language = "sv", personalIdentityCode = IdentityCode,
            address = new { street = "Raporttikuja 5", postalCode = "00100", city = "Helsinki", country = "FI" }, source = "subject",
        });
        var customer = await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id });
        var groups = await (await admin.GetAsync("/api/v1/product-groups", Ct)).ReadAsync<List<ProductGroupDto>>(Ct);
        var hardware = groups.Single(g => g.Code == "hardware").Id;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var purchase = await (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/purchases", new
        {
            productGroupId = hardware, product = "Laptop 14\" & dock", purchasedOn = today.AddDays(-30), quantity = 1, unitPrice = 899.90m,
            reason = "Home office", reasonCategory = "newNeed", personId = person.Id,
        }, Ct)).ReadAsync<PurchaseDto>(Ct);
        var asset = await (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/assets", new
        {
            kind = "laptop", make = "Lenovo", model = "ThinkPad T14", serialNumber = "SN-998877", licenceKey = LicenceKey,
            warranty = new { startsOn = today.AddDays(-30), endsOn = today.AddYears(2), terms = "On-site 3 years" },
        }, Ct)).ReadAsync<AssetDto>(Ct);
        (await admin.PostAsJsonAsync($"/api/v1/assets/{asset.Id}/remote-access",
            new { tool = "RDP", host = "raili-laptop.local", username = "raili", secret = Secret }, Ct)).EnsureSuccessStatusCode();
        var contact = await (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/contacts",
            new { channel = "phoneIn", topic = "Printer jams", notes = StaffNote, personId = person.Id }, Ct)).ReadAsync<ContactDto>(Ct);
        var recording = await (await admin.PostAsync($"/api/v1/customers/{customer.Id}/recordings",
            SecretsAndRecordingsTests.Upload(SecretsAndRecordingsTests.Wave, "audio/wav", "raili-call.wav", contact.Id), Ct)).ReadAsync<RecordingDto>(Ct);
        (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/interests", new { tag = "Gaming", personId = person.Id }, Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/problems", new { description = ProblemText }, Ct)).EnsureSuccessStatusCode();
        var invoice = await (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/invoices",
            new { issuedOn = today, dueOn = today.AddDays(14), amount = 124m, vatAmount = 24m }, Ct)).ReadAsync<InvoiceDto>(Ct);
        (await admin.PostAsJsonAsync($"/api/v1/persons/{person.Id}/consents",
            new { purpose = "ownMarketing", channel = "email", action = "given", source = "phoneCall", evidence = "Call recording #4711: agreed to e-mail offers" }, Ct))
            .EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/persons/{person.Id}/prohibitions", new { kind = "directMarketing", channel = "phone", reason = "No calls please" }, Ct))
            .EnsureSuccessStatusCode();
        var processor = await (await admin.PostAsJsonAsync("/api/v1/recipients", new
        {
            name = "Cloud Backup Inc", type = "processor", country = "US", purposes = new[] { "customerService" }, dataCategories = new[] { "basic" },
            agreementReference = "DPA 2026-7", agreementDate = "2026-01-01",
            transferSafeguard = new { kind = "standardContractualClauses", reference = "SCC 2021/914 module 2" },
        }, Ct)).JsonAsync(Ct);
        (await admin.PostAsJsonAsync("/api/v1/disclosures", new
        {
            recipientId = processor.Str("id"), purpose = "customerService", legalBasis = "contract", dataCategories = new[] { "basic" }, personIds = new[] { person.Id },
        }, Ct)).StatusCode.Should().Be(HttpStatusCode.Created);
        var selection = await (await admin.PostAsJsonAsync("/api/v1/marketing/selections",
            new { name = "Autumn laptop offers", purpose = "ownMarketing", channel = "email" }, Ct)).JsonAsync(Ct);
        (await admin.GetAsync($"/api/v1/marketing/selections/{selection.Str("id")}/export", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        return new Built(admin, person, customer, purchase.Id, asset.Id, contact.Id, recording.Id, invoice.Id);
    }

    private static async Task<Guid> ReadyRequestAsync(HttpClient dpo, Guid personId, string type = "access")
    {
        var receipt = await (await dpo.PostAsJsonAsync("/api/v1/requests", new
        {
            type, channel = "letter", receivedAt = DateTimeOffset.UtcNow.AddHours(-1), requester = new { name = "Raili Raportti" },
        }, Ct)).ReadAsync<RequestReceipt>(Ct);
        (await dpo.PostAsJsonAsync($"/api/v1/requests/{receipt.Id}/persons", new { personIds = new[] { personId } }, Ct)).EnsureSuccessStatusCode();
        (await dpo.PostAsJsonAsync($"/api/v1/requests/{receipt.Id}/verify", new { method = "signedLetter" }, Ct)).EnsureSuccessStatusCode();
        return receipt.Id;
    }

    private static async Task<string> HtmlAsync(HttpClient client, Guid requestId, string lang)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/requests/{requestId}/report?lang={lang}");
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var answer = await client.SendAsync(message, Ct);
        answer.StatusCode.Should().Be(HttpStatusCode.OK);
        answer.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        // The page needs nothing the API's policy forbids: one style element, no scripts.
        answer.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self'").And.Contain("style-src 'self' 'unsafe-inline'");
        answer.Headers.CacheControl!.NoStore.Should().BeTrue();
        return await answer.Content.ReadAsStringAsync(Ct);
    }

    [Fact]
    public async Task A_person_with_data_in_every_area_appears_in_the_report_item_by_item()
    {
        var built = await BuildAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var requestId = await ReadyRequestAsync(dpo, built.Person.Id);

        var answer = await dpo.GetAsync($"/api/v1/requests/{requestId}/report", Ct);
        answer.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var body = await answer.Content.ReadAsStringAsync(Ct);
        var report = await answer.ReadAsync<AccessReportDto>(Ct);

        report.Language.Should().Be(Language.Sv, "the person's language by default");
        report.StaffNamesEssential.Should().BeFalse();
        var person = report.Persons.Should().ContainSingle().Subject;
        person.Details.Should().Be(new ReportPersonDetails("Raili", "Raportti", "raili.raportti@example.fi", "+358407654321", "+358501112222", Language.Sv,
            IdentityCode, "Raporttikuja 5", "00100", "Helsinki", "FI", false, DataSource.Subject, DataSource.Subject, DataSource.Subject, DataSource.Subject,
            person.Details.CreatedAt, person.Details.UpdatedAt));
        var customer = person.Customers.Should().ContainSingle().Subject;
        customer.Should().Match<ReportCustomer>(c => c.Id == built.Customer.Id && c.Role == CustomerRole.Consumer && c.Name == "Raili Raportti");
        customer.Purchases.Should().ContainSingle().Which.Should().Match<ReportPurchase>(p =>
            p.Id == built.PurchaseId && p.Product == "Laptop 14\" & dock" && p.UnitPrice == 899.90m && p.Reason == "Home office"
            && p.ReasonCategory == ReasonCategory.NewNeed && p.ProductGroup == "Hårdvara");
        customer.Assets.Should().ContainSingle().Which.Should().Match<ReportAsset>(a =>
            a.Id == built.AssetId && a.Make == "Lenovo" && a.SerialNumber == "SN-998877" && a.WarrantyTerms == "On-site 3 years" && a.LicenceKeyHeld);
        customer.RemoteAccess.Should().ContainSingle().Which.Should().Match<ReportRemoteAccess>(r => r.Host == "raili-laptop.local" && r.Username == "raili");
        customer.Contacts.Should().ContainSingle().Which.Should().Match<ReportContact>(c =>
            c.Id == built.ContactId && c.Topic == "Printer jams" && c.Notes == StaffNote && c.Channel == ContactChannel.PhoneIn);
        customer.Recordings.Should().ContainSingle().Which.Should().Match<ReportRecording>(r =>
            r.Id == built.RecordingId && r.FileName == "raili-call.wav" && r.ContactId == built.ContactId);
        customer.Interests.Should().ContainSingle().Which.Tag.Should().Be("gaming");
        customer.Problems.Should().ContainSingle().Which.Description.Should().Be(ProblemText);
        customer.Invoices.Should().ContainSingle().Which.Should().Match<ReportInvoice>(i => i.Id == built.InvoiceId && i.Amount == 124m && i.VatAmount == 24m);
        person.Consents.Should().ContainSingle().Which.Should().Match<ReportConsent>(c =>
            c.Action == ConsentAction.Given && c.Channel == Channel.Email && c.Source == ConsentSource.PhoneCall
            && c.Evidence == "Call recording #4711: agreed to e-mail offers" && c.Purpose == "HS-Works egen marknadsföring" && c.RecordedBy == null);
        person.Prohibitions.Should().ContainSingle().Which.Should().Match<ReportProhibition>(p =>
            p.Kind == ProhibitionKind.DirectMarketing && p.Channel == Channel.Phone && p.Reason == "No calls please" && p.LiftedAt == null);
        person.Disclosures.Should().ContainSingle().Which.Should().Match<ReportDisclosure>(d =>
            d.Recipient == "Cloud Backup Inc" && d.RecipientType == RecipientType.Processor && d.Country == "US"
            && d.Safeguard == SafeguardKind.StandardContractualClauses && d.SafeguardReference == "SCC 2021/914 module 2"
            && d.Kind == DisclosureKind.Manual && d.LegalBasis == LegalBasis.Contract && d.DataCategories.SequenceEqual(new[] { "basic" }));
        person.SelectionExports.Should().ContainSingle().Which.Should().Match<ReportSelectionExport>(x =>
            x.Selection == "Autumn laptop offers" && x.Channel == Channel.Email && x.ExportedByLevel == AccessLevel.Administrator && x.ExportedBy == null);
        person.Uses.Should().Contain(u => u.Operation == "person.create" && u.Purpose == UsePurpose.CustomerRelationship && u.AccessLevel == AccessLevel.Administrator)
            .And.Contain(u => u.Operation == "request.verify" && u.Purpose == UsePurpose.DataSubjectRights && u.AccessLevel == AccessLevel.DataProtectionOfficer)
            .And.OnlyContain(u => u.StaffName == null);
        report.Purposes.Should().Contain(p => p.Code == "invoicing" && p.LegalBasis == LegalBasis.Contract
            && p.Retention.Any(r => r.DataCategory == "invoicing" && r.Period.Contains("1336/1997")));
        body.Should().NotContain(Secret).And.NotContain(LicenceKey).And.NotContain("FGHIJ");
    }

    [Fact]
    public async Task The_printable_report_is_complete_in_finnish_swedish_and_english_and_encodes_every_value()
    {
        var built = await BuildAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var requestId = await ReadyRequestAsync(dpo, built.Person.Id);

        foreach (var (lang, headings) in new[]
                 {
                     ("fi", new[] { "Tietosuojavastaava", "Saapuva puhelu", "Perustiedot", "Ostot", "Yhteydenotot", "Tietojesi luovutukset", "Markkinointipoiminnat", "Oikeutesi", "Tietosuojavaltuutetun toimisto" }),
                     ("sv", new[] { "Dataskyddsombud", "Grunduppgifter", "Köp", "Kontakter", "Utlämnanden av dina uppgifter", "Marknadsföringsurval", "Dina rättigheter", "Dataombudsmannens byrå" }),
                     ("en", new[] { "Data protection officer", "Basic details", "Purchases", "Contact history", "Disclosures of your data", "Marketing selections", "Your rights", "Data Protection Ombudsman" }),
                 })
        {
            var html = await HtmlAsync(dpo, requestId, lang);
            html.Should().StartWith("<!DOCTYPE html>").And.Contain($"<html lang=\"{lang}\">").And.Contain("@media print").And.NotContain("<script");
            foreach (var heading in headings) html.Should().Contain(heading, $"the {lang} report has its headings");
            foreach (var value in new[] { "Raili Raportti", "raili.raportti@example.fi", "+358407654321", IdentityCode, "Raporttikuja 5", "ThinkPad T14",
                         "SN-998877", "Printer jams", "raili-call.wav", "gaming", ProblemText, "Cloud Backup Inc", "SCC 2021/914 module 2", "Autumn laptop offers",
                         "Call recording #4711: agreed to e-mail offers", "No calls please", "raili-laptop.local", "request.verify" })
                html.Should().Contain(value, $"the {lang} report holds every value");
            html.Should().Contain("Laptop 14&quot; &amp; dock").And.NotContain("Laptop 14\" & dock", "values are HTML-encoded");
            html.Should().NotContain(Secret).And.NotContain(LicenceKey).And.NotContain("FGHIJ");
        }
    }

    [Fact]
    public async Task Staff_are_named_only_after_the_request_records_their_names_as_essential()
    {
        var built = await BuildAsync();
        var (dpo, dpoUser, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var requestId = await ReadyRequestAsync(dpo, built.Person.Id);

        (await HtmlAsync(dpo, requestId, "en")).Should().NotContain(dpoUser.DisplayName).And.Contain("Staff names are not given");

        (await dpo.PostAsJsonAsync($"/api/v1/requests/{requestId}/staff-names", new { essential = true }, Ct)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var decided = await (await dpo.PostAsJsonAsync($"/api/v1/requests/{requestId}/staff-names",
            new { essential = true, reason = "The person suspects a named employee read their data without cause" }, Ct)).ReadAsync<RequestDto>(Ct);
        decided.StaffNamesEssential.Should().BeTrue();
        decided.Timeline.Last().Should().Match<RequestEventDto>(e => e.Step == RequestStep.StaffNamesDecided && e.Detail!.Contains("named employee"));

        (await HtmlAsync(dpo, requestId, "en")).Should().Contain(dpoUser.DisplayName).And.NotContain("Staff names are not given");
        var report = await (await dpo.GetAsync($"/api/v1/requests/{requestId}/report", Ct)).ReadAsync<AccessReportDto>(Ct);
        report.Persons[0].Uses.Should().Contain(u => u.Operation == "request.verify" && u.StaffName == dpoUser.DisplayName);
    }

    [Fact]
    public async Task Every_report_is_audited_kept_with_the_request_and_on_its_timeline()
    {
        var built = await BuildAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var requestId = await ReadyRequestAsync(dpo, built.Person.Id);

        var generated = await (await dpo.GetAsync($"/api/v1/requests/{requestId}/report?lang=en", Ct)).ReadAsync<AccessReportDto>(Ct);

        var kept = await (await dpo.GetAsync($"/api/v1/requests/{requestId}/reports", Ct)).ReadAsync<List<AccessReportSummary>>(Ct);
        kept.Should().ContainSingle().Which.Should().Match<AccessReportSummary>(r => r.Id == generated.Id && r.Language == Language.En);
        var record = await (await dpo.GetAsync($"/api/v1/requests/{requestId}/reports/{generated.Id}", Ct)).ReadAsync<AccessReportRecord>(Ct);
        record.Content.GetProperty("id").GetGuid().Should().Be(generated.Id);
        record.Content.GetProperty("persons")[0].GetProperty("details").GetProperty("lastName").GetString().Should().Be("Raportti");
        (await dpo.GetAsync($"/api/v1/requests/{requestId}/reports/{Guid.NewGuid()}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var request = await (await dpo.GetAsync($"/api/v1/requests/{requestId}", Ct)).ReadAsync<RequestDto>(Ct);
        request.Timeline.Should().Contain(e => e.Step == RequestStep.ReportGenerated && e.Detail == generated.Id.ToString());

        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var audited = new NpgsqlCommand("SELECT count(*) FROM audit_records WHERE action = 'request.report' AND @person = ANY(person_ids)", connection);
        audited.Parameters.AddWithValue("person", built.Person.Id);
        ((long)(await audited.ExecuteScalarAsync(Ct))!).Should().Be(1);

        var (agent, _, _) = await Factory.UserClientAsync("HelpdeskAgent");
        (await agent.GetAsync($"/api/v1/requests/{requestId}/report", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await agent.GetAsync($"/api/v1/requests/{requestId}/reports", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await agent.GetAsync($"/api/v1/requests/{requestId}/portability", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_report_or_an_export_before_verification_without_persons_or_for_another_type_is_a_conflict()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var receipt = await (await dpo.PostAsJsonAsync("/api/v1/requests", new
        {
            type = "access", channel = "email", receivedAt = DateTimeOffset.UtcNow.AddHours(-1), requester = new { name = "Maija" },
        }, Ct)).ReadAsync<RequestReceipt>(Ct);

        (await (await dpo.GetAsync($"/api/v1/requests/{receipt.Id}/report", Ct)).ProblemAsync(HttpStatusCode.Conflict, Ct)).Str("detail").Should().Contain("Verify");
        (await dpo.PostAsJsonAsync($"/api/v1/requests/{receipt.Id}/verify", new { method = "knownContactDetails" }, Ct)).EnsureSuccessStatusCode();
        (await (await dpo.GetAsync($"/api/v1/requests/{receipt.Id}/report", Ct)).ProblemAsync(HttpStatusCode.Conflict, Ct)).Str("detail").Should().Contain("Match");
        (await dpo.PostAsJsonAsync($"/api/v1/requests/{receipt.Id}/persons", new { personIds = new[] { person.Id } }, Ct)).EnsureSuccessStatusCode();
        (await dpo.GetAsync($"/api/v1/requests/{receipt.Id}/portability", Ct)).StatusCode.Should().Be(HttpStatusCode.Conflict, "an access request is no portability request");
        (await dpo.GetAsync($"/api/v1/requests/{receipt.Id}/report", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await dpo.GetAsync($"/api/v1/requests/{Guid.NewGuid()}/report", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await dpo.GetAsync($"/api/v1/requests/{receipt.Id}/report?lang=de", Ct)).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var erasure = await ReadyRequestAsync(dpo, person.Id, "erasure");
        (await dpo.GetAsync($"/api/v1/requests/{erasure}/report", Ct)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await dpo.GetAsync($"/api/v1/requests/{erasure}/portability", Ct)).StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_portability_zip_holds_what_the_person_gave_and_their_use_produced_not_what_staff_wrote()
    {
        var built = await BuildAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var requestId = await ReadyRequestAsync(dpo, built.Person.Id, "portability");

        var answer = await dpo.GetAsync($"/api/v1/requests/{requestId}/portability", Ct);
        answer.StatusCode.Should().Be(HttpStatusCode.OK);
        answer.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        await using var zip = new ZipArchive(await answer.Content.ReadAsStreamAsync(Ct), ZipArchiveMode.Read);
        var files = new Dictionary<string, string>();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            files[entry.FullName] = await reader.ReadToEndAsync(Ct);
        }

        files.Keys.Should().BeEquivalentTo(["portability.json", "persons.csv", "purchases.csv", "assets.csv", "contacts.csv", "consents.csv"]);
        files["persons.csv"].Should().Contain("Raili").And.Contain("raili.raportti@example.fi").And.Contain("Raporttikuja 5");
        files["purchases.csv"].Should().Contain(built.PurchaseId.ToString()).And.Contain("899.9");
        files["assets.csv"].Should().Contain("ThinkPad T14").And.Contain("SN-998877");
        files["contacts.csv"].Split("\r\n")[0].Should().Be("personId,id,at,channel,topic");
        files["contacts.csv"].Should().Contain("Printer jams").And.Contain("phoneIn");
        files["consents.csv"].Should().Contain("Call recording #4711: agreed to e-mail offers");
        files["portability.json"].Should().Contain("Printer jams").And.Contain("ThinkPad T14").And.Contain("raili.raportti@example.fi");
        foreach (var (name, content) in files)
        {
            content.Should().NotContain(StaffNote, $"{name} leaves out staff's notes").And.NotContain(ProblemText, $"{name} leaves out problems")
                .And.NotContain("Home office", $"{name} leaves out purchase reasons").And.NotContain("gaming", $"{name} leaves out inferred interests")
                .And.NotContain(LicenceKey).And.NotContain(Secret).And.NotContain(IdentityCode);
        }
        var request = await (await dpo.GetAsync($"/api/v1/requests/{requestId}", Ct)).ReadAsync<RequestDto>(Ct);
        request.Timeline.Should().Contain(e => e.Step == RequestStep.PortabilityExported);
    }

    [Fact]
    public async Task A_partner_s_reads_are_in_the_report_as_disclosures_with_the_partner_named()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync(TestData.PersonBody("Jaana", "Jaettu"));
        await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id });
        var partner = await (await admin.PostAsJsonAsync("/api/v1/recipients", new
        {
            name = "Kumppani Oy", type = "partner", country = "FI", purposes = new[] { "partnerMarketing" }, dataCategories = new[] { "basic", "address" },
            agreementReference = "Agreement 2026-1", agreementDate = "2026-01-01",
        }, Ct)).JsonAsync(Ct);
        var selection = await (await admin.PostAsJsonAsync("/api/v1/marketing/selections",
            new { name = "Partner post", purpose = "partnerMarketing", channel = "post" }, Ct)).JsonAsync(Ct);
        (await admin.PostAsJsonAsync($"/api/v1/marketing/selections/{selection.Str("id")}/handover", new { recipientId = partner.Str("id") }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var apiClient = await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { recipientId = partner.Str("id"), name = "Integration", scopes = new[] { "persons.read" } }, Ct))
            .JsonAsync(Ct);
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        tokenRequest.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(apiClient.Str("clientId"))}:{Uri.EscapeDataString(apiClient.Str("clientSecret"))}")));
        var token = await (await Factory.CreateClient().SendAsync(tokenRequest, Ct)).JsonAsync(Ct);
        var partnerClient = Factory.ClientWithToken(token.Str("access_token"));
        (await partnerClient.GetAsync($"/api/v1/partner/persons/{person.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var requestId = await ReadyRequestAsync(dpo, person.Id);
        var report = await (await dpo.GetAsync($"/api/v1/requests/{requestId}/report?lang=en", Ct)).ReadAsync<AccessReportDto>(Ct);

        report.Persons[0].Disclosures.Select(d => d.Kind).Should().Equal(DisclosureKind.SelectionHandover, DisclosureKind.PartnerRead);
        report.Persons[0].Disclosures.Should().OnlyContain(d => d.Recipient == "Kumppani Oy" && d.RecipientType == RecipientType.Partner && d.Country == "FI"
            && d.Purpose == "Partners' marketing" && d.LegalBasis == LegalBasis.Consent);
        report.Persons[0].Uses.Should().Contain(u => u.Operation == "partner.persons.read" && u.Purpose == UsePurpose.DisclosingToRecipients && u.AccessLevel == null);
    }

    /// <summary>Not an assertion on time (machines differ): builds 10,000 contact entries in one insert and prints how long the report takes.</summary>
    [Fact]
    public async Task A_report_of_a_person_with_ten_thousand_contact_entries_is_built_with_set_based_queries()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync();
        var customer = await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id });
        await using (var connection = new NpgsqlConnection(Factory.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var insert = new NpgsqlCommand("""
                INSERT INTO contacts (id, customer_id, person_id, staff_user_id, at, channel, topic, notes)
                SELECT gen_random_uuid(), @customer, @person, (SELECT id FROM users WHERE username = 'admin'), now() - make_interval(mins => n), 'Email', 'Topic ' || n, 'Notes ' || n
                  FROM generate_series(1, 10000) AS n
                """, connection);
            insert.Parameters.AddWithValue("customer", customer.Id);
            insert.Parameters.AddWithValue("person", person.Id);
            (await insert.ExecuteNonQueryAsync(Ct)).Should().Be(10000);
        }
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var requestId = await ReadyRequestAsync(dpo, person.Id);
        (await dpo.GetAsync($"/api/v1/requests/{requestId}/report", Ct)).EnsureSuccessStatusCode(); // warm-up

        var clock = Stopwatch.StartNew();
        var report = await (await dpo.GetAsync($"/api/v1/requests/{requestId}/report", Ct)).ReadAsync<AccessReportDto>(Ct);
        var json = clock.Elapsed;
        clock.Restart();
        var html = await HtmlAsync(dpo, requestId, "fi");
        var printable = clock.Elapsed;

        report.Persons[0].Customers[0].Contacts.Should().HaveCount(10000);
        html.Should().Contain("Topic 10000");
        var line = $"Access report with 10,000 contact entries: JSON {json.TotalMilliseconds:0} ms, HTML {printable.TotalMilliseconds:0} ms";
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Console.WriteLine(line);
    }
}
