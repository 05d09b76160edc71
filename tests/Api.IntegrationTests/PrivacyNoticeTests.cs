using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Consents;
using HsWorks.Application.Purposes;
using HsWorks.Application.Register;
using HsWorks.Application.Requests;
using HsWorks.Application.Retention;
using HsWorks.Domain.Common;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Purposes;
using HsWorks.Domain.Register;
using HsWorks.Domain.Retention;
using Npgsql;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// Issue 13, the register describes itself: the controller as data, the privacy notice generated from the live records and published as
/// immutable versions, the public pages without sign-in, consents pinned to the notice in force, and the record of processing with DPV ids.
/// </summary>
public sealed class PrivacyNoticeTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Languages = ["fi", "sv", "en"];

    private static async Task<NoticeVersionSummary> PublishAsync(HttpClient client)
    {
        var answer = await client.PostAsync("/api/v1/privacy-notice/versions", null, Ct);
        answer.StatusCode.Should().Be(HttpStatusCode.Created, await answer.Content.ReadAsStringAsync(Ct));
        return await answer.ReadAsync<NoticeVersionSummary>(Ct);
    }

    private static async Task<string> AddRecipientAsync(HttpClient admin, string name, string country = "US") =>
        (await (await admin.PostAsJsonAsync("/api/v1/recipients", new
        {
            name, type = "processor", country, purposes = new[] { "customerService" }, dataCategories = new[] { "basic", "recordings" },
            agreementReference = "DPA 2026-13", agreementDate = "2026-01-01",
            transferSafeguard = country == "US" ? new { kind = "standardContractualClauses", reference = "SCC 2021/914 module 3" } : null,
        }, Ct)).JsonAsync(Ct)).Str("id");

    private static string Text(PrivacyNoticeDto notice) =>
        string.Join("\n", notice.Sections.SelectMany(s => s.Lines.Prepend(s.Title)));

    [Fact]
    public async Task Controller_details_are_seeded_from_the_register_description_and_only_an_administrator_edits_them()
    {
        var admin = await Factory.AdminClientAsync();
        var answer = await admin.GetAsync("/api/v1/controller", Ct);
        var etag = answer.ETag();
        var details = await answer.ReadAsync<ControllerDto>(Ct);
        details.Should().Match<ControllerDto>(c => c.Name == "HS-Works Oy" && c.BusinessId == "2168645-1" && c.Street == "Korppaanmäentie 27"
            && c.PostalCode == "00300" && c.City == "Helsinki" && c.Phone == "+358404133597" && c.ContactName == "Harry Sileoni"
            && c.ContactEmail == "harry.sileoni@hs-works.fi");
        details.SecurityMeasures.Fi.Should().NotBeEmpty();

        var body = new
        {
            name = "HS-Works Oy", businessId = "2168645-1", street = "Korppaanmäentie 27", postalCode = "00300", city = "Helsinki", phone = "040-4133597",
            email = "tietosuoja@hs-works.fi", contactName = "Mika Lausamo", contactEmail = "mika.lausamo@hs-works.fi", contactPhone = (string?)null,
            securityMeasures = details.SecurityMeasures, provisionOfData = details.ProvisionOfData,
            safeguardsCopy = new LocalisedText("Pyydä jäljennös sähköpostilla.", "Begär en kopia per e-post.", "Ask for a copy by e-mail."),
        };
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        (await dpo.PutJsonAsync("/api/v1/controller", body, etag, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await admin.PutJsonAsync("/api/v1/controller", body, null, Ct)).StatusCode.Should().Be(HttpStatusCode.PreconditionRequired);
        var bad = await admin.PutJsonAsync("/api/v1/controller", new { body.name, businessId = "2168645-2", body.street, body.postalCode, body.city,
            body.phone, body.email, body.contactName, body.contactEmail, body.securityMeasures, body.provisionOfData,
            safeguardsCopy = new { fi = "x", sv = "", en = "y" } }, etag, Ct);
        (await bad.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Contain(["businessId", "safeguardsCopy.sv"]);
        var tooLong = await admin.PutJsonAsync("/api/v1/controller", new { body.name, body.businessId, body.street, body.postalCode, body.city,
            body.phone, body.email, body.contactName, body.contactEmail, body.securityMeasures, body.provisionOfData,
            safeguardsCopy = new { fi = "x", sv = "y", en = new string('e', 4001) } }, etag, Ct);
        (await tooLong.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Contain("safeguardsCopy.en");

        var saved = await (await admin.PutJsonAsync("/api/v1/controller", body, etag, Ct)).ReadAsync<ControllerDto>(Ct);
        saved.Should().Match<ControllerDto>(c => c.ContactName == "Mika Lausamo" && c.Email == "tietosuoja@hs-works.fi" && c.UpdatedBy == "admin");
        (await admin.PutJsonAsync("/api/v1/controller", body, etag, Ct)).StatusCode.Should().Be(HttpStatusCode.PreconditionFailed, "the version read is stale");
        var audit = await (await admin.GetAsync("/api/v1/audit?action=controller.update", Ct)).JsonAsync(Ct);
        audit.GetProperty("items").EnumerateArray().Should().Contain(a => a.GetProperty("fields").EnumerateArray().Any(f => f.GetString() == "controller:contactName"));
    }

    [Fact]
    public async Task A_purpose_based_on_legitimate_interest_states_the_interest_and_the_next_notice_and_the_record_quote_it()
    {
        var admin = await Factory.AdminClientAsync();
        var code = $"fraudChecks{Guid.NewGuid():N}"[..24];
        var purpose = new
        {
            code, nameFi = "Petosten torjunta", nameSv = "Bedrägerikontroll", nameEn = "Fraud checks", legalBasis = "legitimateInterest",
            isMarketing = false, dataCategories = new[] { "basic", "contacts" },
        };
        var unstated = await admin.PostAsJsonAsync("/api/v1/purposes", purpose, Ct);
        (await unstated.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Contain("legitimateInterest");
        var tooLong = await admin.PostAsJsonAsync("/api/v1/purposes", new
        {
            purpose.code, purpose.nameFi, purpose.nameSv, purpose.nameEn, purpose.legalBasis, purpose.isMarketing, purpose.dataCategories,
            legitimateInterest = new { fi = "x", sv = "y", en = new string('e', Purpose.MaxLegitimateInterestLength + 1) },
        }, Ct);
        (await tooLong.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Contain("legitimateInterest.en");

        var interest = new LocalisedText("Asiakkaiden suojaaminen huijauksilta", "Att skydda kunderna mot bedrägerier", "Protecting customers from fraud");
        var created = await admin.PostAsJsonAsync("/api/v1/purposes", new
        {
            purpose.code, purpose.nameFi, purpose.nameSv, purpose.nameEn, purpose.legalBasis, purpose.isMarketing, purpose.dataCategories,
            legitimateInterest = interest,
        }, Ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var createdPurpose = await created.ReadAsync<PurposeDto>(Ct);
        createdPurpose.LegitimateInterest.Should().Be(interest);
        var versions = await (await admin.GetAsync($"/api/v1/purposes/{createdPurpose.Id}/versions", Ct)).ReadAsync<List<PurposeVersionDto>>(Ct);
        versions.Single().LegitimateInterestEn.Should().Be(interest.En, "the version history keeps the interest as it stood");
        var seeded = (await (await admin.GetAsync("/api/v1/purposes", Ct)).ReadAsync<List<PurposeDto>>(Ct)).Single(p => p.Code == "receivables");
        seeded.LegitimateInterest.Should().Be(LegitimateInterests.Defaults["receivables"]);

        var published = await PublishAsync(admin);
        var version = await (await admin.GetAsync($"/api/v1/privacy-notice/versions/{published.Number}", Ct)).ReadAsync<NoticeVersionDto>(Ct);
        foreach (var notice in version.Notices)
            Text(notice).Should().Contain(interest.In(Languages[(int)notice.Language]));
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var record = await (await dpo.GetAsync("/api/v1/processing-record?lang=sv", Ct)).ReadAsync<ProcessingRecordDto>(Ct);
        record.Activities.Single(a => a.Purpose == code).LegitimateInterest.Should().Be(interest.Sv);
    }

    [Fact]
    public async Task The_published_notice_names_every_purpose_category_source_recipient_and_retention_text_in_each_language()
    {
        var admin = await Factory.AdminClientAsync();
        await AddRecipientAsync(admin, "Cloud Backup Inc");
        var published = await PublishAsync(admin);
        var version = await (await admin.GetAsync($"/api/v1/privacy-notice/versions/{published.Number}", Ct)).ReadAsync<NoticeVersionDto>(Ct);
        var purposes = await (await admin.GetAsync("/api/v1/purposes", Ct)).ReadAsync<List<PurposeDto>>(Ct);
        var rules = (await (await admin.GetAsync("/api/v1/retention/rules", Ct)).ReadAsync<List<RetentionRuleDto>>(Ct)).ToDictionary(r => r.Category);

        version.Notices.Select(n => n.Language).Should().BeEquivalentTo([Language.Fi, Language.Sv, Language.En]);
        foreach (var notice in version.Notices)
        {
            var lang = Languages[(int)notice.Language];
            var text = Text(notice);
            notice.Version.Should().Be(published.Number);
            foreach (var purpose in purposes) text.Should().Contain(lang switch { "sv" => purpose.NameSv, "en" => purpose.NameEn, _ => purpose.NameFi });
            foreach (var category in purposes.SelectMany(p => p.DataCategories).Append("recordings").Distinct())
            {
                text.Should().Contain(DataCategoryCatalogue.Label(category, lang));
                var retention = rules.TryGetValue(category, out var rule)
                    ? Localised.Pick(lang, rule.ReasonFi, rule.ReasonSv, rule.ReasonEn)
                    : Localised.Pick(lang, RetentionDefaults.Undecided.Fi, RetentionDefaults.Undecided.Sv, RetentionDefaults.Undecided.En);
                text.Should().Contain(retention, $"the retention rule of {category} is told");
            }
            notice.Sections.Single(s => s.Key == "sources").Lines.Should().HaveCount(Enum.GetValues<DataSource>().Length + 1, "every regular source is named");
            text.Should().Contain("Cloud Backup Inc").And.Contain("SCC 2021/914 module 3").And.Contain("US");
            text.Should().Contain("tietosuoja.fi").And.Contain("HS-Works Oy").And.Contain("2168645-1").And.Contain("harry.sileoni@hs-works.fi");
            notice.Sections.Single(s => s.Key == "rightToObject").Apart.Should().BeTrue("the right to object is shown apart (Art. 21(4))");
            notice.Sections.Where(s => s.Key != "rightToObject").Should().OnlyContain(s => !s.Apart);
            notice.Sections.Select(s => s.Key).Should().Contain(["purposes", "categories", "sources", "recipients", "transfers", "retention", "security",
                "provision", "rights", "withdrawingConsent", "complaint", "automatedDecisions", "suppression"]);
            var interest = lang switch { "sv" => "Berättigat intresse", "en" => "Legitimate interest", _ => "Oikeutettu etu" };
            notice.Sections.Single(s => s.Key == "purposes").Lines.Should().Contain(l => l.Contains(interest),
                "the legitimate interests pursued are named where that is the basis");
        }
    }

    [Fact]
    public async Task A_recipient_added_after_a_publish_appears_in_the_next_version_not_before_and_the_diff_shows_it()
    {
        var admin = await Factory.AdminClientAsync();
        var first = await PublishAsync(admin);
        await AddRecipientAsync(admin, "Nordic Mailing Oy", country: "FI");

        var draft = await (await admin.GetAsync("/api/v1/privacy-notice/preview?lang=en", Ct)).ReadAsync<PrivacyNoticeDto>(Ct);
        draft.Version.Should().BeNull();
        Text(draft).Should().Contain("Nordic Mailing Oy", "the draft is generated from the register now");
        var public1 = await (await Factory.CreateClient().GetAsync("/api/v1/register-description?lang=en", Ct)).ReadAsync<RegisterDescriptionDto>(Ct);
        Text(public1.Notice).Should().NotContain("Nordic Mailing Oy", "the published version stays as it was published");

        var second = await PublishAsync(admin);
        second.Number.Should().Be(first.Number + 1);
        var public2 = await (await Factory.CreateClient().GetAsync("/api/v1/register-description?lang=en", Ct)).ReadAsync<RegisterDescriptionDto>(Ct);
        public2.Notice.Version.Should().Be(second.Number);
        Text(public2.Notice).Should().Contain("Nordic Mailing Oy");
        public2.Versions.Select(v => v.Number).Should().Equal(second.Number, first.Number);
        var old = await (await admin.GetAsync($"/api/v1/privacy-notice/versions/{first.Number}", Ct)).ReadAsync<NoticeVersionDto>(Ct);
        Text(old.Notices.Single(n => n.Language == Language.En)).Should().NotContain("Nordic Mailing Oy");

        var diff = await (await admin.GetAsync($"/api/v1/privacy-notice/versions/{second.Number}/diff?from={first.Number}&lang=en", Ct))
            .ReadAsync<NoticeDiffDto>(Ct);
        diff.Should().Match<NoticeDiffDto>(d => d.From == first.Number && d.To == second.Number && d.Language == Language.En);
        var recipients = diff.Sections.Should().ContainSingle(s => s.Key == "recipients").Subject;
        recipients.Change.Should().Be(SectionChange.ChangedSection);
        recipients.AddedLines.Should().Contain(l => l.Contains("Nordic Mailing Oy"));
        diff.Sections.Select(s => s.Key).Should().NotContain("controller", "unchanged sections are left out");
        (await admin.GetAsync($"/api/v1/privacy-notice/versions/{second.Number}/diff?from=99", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await admin.GetAsync("/api/v1/privacy-notice/versions/abc", Ct)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Published_versions_are_immutable()
    {
        var admin = await Factory.AdminClientAsync();
        var published = await PublishAsync(admin);

        (await admin.PutAsJsonAsync($"/api/v1/privacy-notice/versions/{published.Number}", new { }, Ct)).StatusCode
            .Should().BeOneOf(HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound);
        (await admin.DeleteAsync($"/api/v1/privacy-notice/versions/{published.Number}", Ct)).StatusCode
            .Should().BeOneOf(HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound);

        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var update = new NpgsqlCommand("UPDATE privacy_notice_versions SET published_by = 'mallory' WHERE number = @n", connection);
        update.Parameters.AddWithValue("n", published.Number);
        var refused = async () => await update.ExecuteNonQueryAsync(Ct);
        (await refused.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain("append-only");
        await using var delete = new NpgsqlCommand("DELETE FROM privacy_notice_versions", connection);
        var deleteRefused = async () => await delete.ExecuteNonQueryAsync(Ct);
        await deleteRefused.Should().ThrowAsync<PostgresException>();

        var again = await (await admin.GetAsync($"/api/v1/privacy-notice/versions/{published.Number}", Ct)).ReadAsync<NoticeVersionDto>(Ct);
        again.PublishedBy.Should().Be("admin");
        var audit = await (await admin.GetAsync("/api/v1/audit?action=privacyNotice.publish", Ct)).JsonAsync(Ct);
        audit.GetProperty("items").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Consents_carry_the_notice_version_in_force_in_the_history_and_the_access_report()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync();
        object Consent(string action) => new { purpose = "ownMarketing", channel = "email", action, source = "form", evidence = "Web form 2026-12-03" };

        (await admin.PostAsJsonAsync($"/api/v1/persons/{person.Id}/consents", Consent("given"), Ct)).EnsureSuccessStatusCode();
        var published = await PublishAsync(admin);
        var recorded = await (await admin.PostAsJsonAsync($"/api/v1/persons/{person.Id}/consents", Consent("withdrawn"), Ct)).ReadAsync<ConsentEventDto>(Ct);
        recorded.NoticeVersion.Should().Be(published.Number);

        var history = (await (await admin.GetAsync($"/api/v1/persons/{person.Id}/consents", Ct)).ReadAsync<ConsentsDto>(Ct)).History;
        history.Select(e => e.NoticeVersion).Should().Equal(published.Number, null);

        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var receipt = await (await dpo.PostAsJsonAsync("/api/v1/requests", new
        {
            type = "access", channel = "letter", receivedAt = DateTimeOffset.UtcNow.AddHours(-1), requester = new { name = "Maija Meikäläinen" },
        }, Ct)).ReadAsync<RequestReceipt>(Ct);
        (await dpo.PostAsJsonAsync($"/api/v1/requests/{receipt.Id}/persons", new { personIds = new[] { person.Id } }, Ct)).EnsureSuccessStatusCode();
        (await dpo.PostAsJsonAsync($"/api/v1/requests/{receipt.Id}/verify", new { method = "signedLetter" }, Ct)).EnsureSuccessStatusCode();
        var report = await (await dpo.GetAsync($"/api/v1/requests/{receipt.Id}/report?lang=en", Ct)).ReadAsync<AccessReportDto>(Ct);
        report.Persons.Single().Consents.Select(c => c.NoticeVersion).Should().Equal(null, published.Number);
        using var html = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/requests/{receipt.Id}/report?lang=en");
        html.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        (await (await dpo.SendAsync(html, Ct)).Content.ReadAsStringAsync(Ct)).Should().Contain("Privacy notice version");
    }

    [Fact]
    public async Task The_privacy_page_works_without_sign_in_in_each_language()
    {
        var anonymous = Factory.CreateClient();
        (await (await anonymous.GetAsync("/privacy", Ct)).ProblemAsync(HttpStatusCode.NotFound, Ct)).GetProperty("status").GetInt32().Should().Be(404);
        await (await anonymous.GetAsync("/api/v1/register-description", Ct)).ProblemAsync(HttpStatusCode.NotFound, Ct);

        var admin = await Factory.AdminClientAsync();
        var first = await PublishAsync(admin);
        var second = await PublishAsync(admin);
        foreach (var (lang, title) in new[] { ("fi", "Tietosuojaseloste"), ("sv", "Dataskyddsbeskrivning"), ("en", "Privacy notice") })
        {
            var answer = await anonymous.GetAsync($"/privacy?lang={lang}", Ct);
            answer.StatusCode.Should().Be(HttpStatusCode.OK);
            answer.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
            answer.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self'");
            var page = await answer.Content.ReadAsStringAsync(Ct);
            page.Should().Contain($"<html lang=\"{lang}\"").And.Contain(title).And.Contain("name=\"viewport\"").And.NotContain("<script")
                .And.Contain($"/privacy/versions/{first.Number}?lang={lang}").And.Contain("class=\"apart\"").And.Contain("tietosuoja.fi");
        }
        using var swedish = new HttpRequestMessage(HttpMethod.Get, "/privacy");
        swedish.Headers.AcceptLanguage.ParseAdd("de-DE, sv-FI;q=0.8, en;q=0.5");
        (await (await anonymous.SendAsync(swedish, Ct)).Content.ReadAsStringAsync(Ct)).Should().Contain("<html lang=\"sv\"");
        var earlier = await anonymous.GetAsync($"/privacy/versions/{first.Number}?lang=en", Ct);
        (await earlier.Content.ReadAsStringAsync(Ct)).Should().Contain($"Version {first.Number}");
        (await anonymous.GetAsync("/privacy/versions/999", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anonymous.GetAsync("/privacy?lang=de", Ct)).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var description = await (await anonymous.GetAsync("/api/v1/register-description?lang=sv", Ct)).ReadAsync<RegisterDescriptionDto>(Ct);
        description.Notice.Should().Match<PrivacyNoticeDto>(n => n.Language == Language.Sv && n.Version == second.Number);
        (await (await anonymous.GetAsync("/api/v1/register-description", Ct)).Content.ReadAsStringAsync(Ct)).Should().NotContain("publishedBy");
    }

    [Fact]
    public async Task The_record_of_processing_carries_dpv_identifiers_and_comes_as_csv_and_a_printable_page()
    {
        var admin = await Factory.AdminClientAsync();
        await AddRecipientAsync(admin, "=HYPERLINK(\"http://evil\")");
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");

        var answer = await dpo.GetAsync("/api/v1/processing-record?lang=en", Ct);
        var json = await answer.Content.ReadAsStringAsync(Ct);
        var record = JsonSerializer.Deserialize<ProcessingRecordDto>(json, HttpTestExtensions.Web)!;
        record.Controller.BusinessId.Should().Be("2168645-1");
        record.DataProtectionContact.Email.Should().Be("harry.sileoni@hs-works.fi");
        var service = record.Activities.Single(a => a.Purpose == "customerService");
        service.LegalBasisDpv.Should().Be("https://w3id.org/dpv#Contract");
        service.GdprArticle.Should().Be("https://w3id.org/dpv/legal/eu/gdpr#A6-1-b");
        service.DataCategories.Single(d => d.Code == "basic").Dpv.Should().Contain(["https://w3id.org/dpv/pd#Name", "https://w3id.org/dpv/pd#EmailAddress",
            "https://w3id.org/dpv/pd#TelephoneNumber", "https://w3id.org/dpv/pd#PhysicalAddress"]);
        service.Transfers.Should().ContainSingle().Which.Dpv.Should().Be("https://w3id.org/dpv/legal/eu/gdpr#A46-2-c");
        record.Activities.Single(a => a.Purpose == "ownMarketing").LegalBasisDpv.Should().Be("https://w3id.org/dpv#Consent");
        service.DataSubjects.Select(d => d.Dpv).Should().Equal("https://w3id.org/dpv#Consumer", "https://w3id.org/dpv#Customer", "https://w3id.org/dpv#User");
        record.Activities.Single(a => a.Purpose == "ownMarketing").DataSubjects.Select(d => d.Dpv).Should()
            .Equal("https://w3id.org/dpv#Consumer", "https://w3id.org/dpv#Customer", "https://w3id.org/dpv#Subscriber");
        record.Activities.Single(a => a.Purpose == "receivables").Should().Match<RecordActivity>(a =>
            a.LegalBasisDpv == "https://w3id.org/dpv#LegitimateInterest" && a.GdprArticle.EndsWith("#A6-1-f") && a.LegitimateInterest != null);
        record.Activities.Single(a => a.Purpose == "misusePrevention").DataCategories.Single(d => d.Code == "recordings").Dpv
            .Should().Equal("https://w3id.org/dpv/pd#VoiceCommunicationRecording");
        record.Activities.Should().OnlyContain(a => a.Retention.Count == a.DataCategories.Count && a.SecurityMeasures.Length > 0);

        var csv = await dpo.GetAsync("/api/v1/processing-record.csv", Ct);
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("purpose,name,marketing,legalBasis,legalBasisDpv,gdprArticle");
        lines.Should().HaveCount(record.Activities.Count + 1);
        lines.Should().NotContain(l => l.Contains(",=HYPERLINK") || l.Contains(",\"=HYPERLINK"), "a formula is neutralised by the one CSV writer");

        using var print = new HttpRequestMessage(HttpMethod.Get, "/api/v1/processing-record?lang=sv");
        print.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var page = await dpo.SendAsync(print, Ct);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await page.Content.ReadAsStringAsync(Ct)).Should().Contain("<html lang=\"sv\"").And.Contain("artikel 30").And.NotContain("<script");

        var (sales, _, _) = await Factory.UserClientAsync("Sales");
        (await sales.GetAsync("/api/v1/processing-record", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
