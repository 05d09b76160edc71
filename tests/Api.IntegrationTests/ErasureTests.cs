using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Customers;
using HsWorks.Application.Disclosures;
using HsWorks.Application.Persons;
using HsWorks.Application.Requests;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Requests;
using Npgsql;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// The right to erasure (issue 12, GDPR Art. 17): a person with data in every area is previewed, erased in one transaction, and
/// then none of their values is left in any column of any table nor in the recording store — while the kept invoices remain,
/// for accounting only; recipients are told; the suppression record catches a partner's lead, a register line and a staff entry.
/// </summary>
public sealed class ErasureTests(ApiFactory factory) : ApiTest(factory)
{
    private const string FirstName = "Ekvilaatti";
    private const string LastName = "Unohdettava";
    private const string Email = "ekvilaatti.unohdettava@example.fi";
    private const string Street = "Hiljaisuudenkuja 17";
    private static readonly string IdentityCode = PersonalIdentityCode.Generate(new DateOnly(1975, 3, 14), 123).Value;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The values that must be gone, as stored or indexed anywhere (phones in every form they take).</summary>
    private static readonly string[] ErasedValues =
    [
        FirstName, LastName, Email, "ekvilaatti.unohdettava", Street, "Hiljaisuudenkuja", IdentityCode, IdentityCode.Replace("-", string.Empty),
        "040 765 4321", "407654321", "050 987 6543", "509876543", "050 111 2233", "501112233",
    ];

    private static object PersonBody(bool withIdentityCode = true) => new
    {
        firstName = FirstName, lastName = LastName, email = Email, phone = "040 765 4321", mobile = "050 987 6543", language = "fi",
        personalIdentityCode = withIdentityCode ? IdentityCode : null, address = new { street = Street, postalCode = "00500", city = "Helsinki", country = "FI" },
        source = "subject",
    };

    private static async Task<RequestDto> StepAsync(HttpClient client, Guid id, string step, object body)
    {
        var answer = await client.PostAsJsonAsync($"/api/v1/requests/{id}/{step}", body, Ct);
        answer.StatusCode.Should().Be(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync(Ct));
        return await answer.ReadAsync<RequestDto>(Ct);
    }

    private static async Task<Guid> RequestAsync(HttpClient dpo, string type = "erasure", bool verify = true, params Guid[] personIds)
    {
        var answer = await dpo.PostAsJsonAsync("/api/v1/requests", new
        {
            type, channel = "letter", receivedAt = DateTimeOffset.UtcNow.AddHours(-1),
            requester = new { name = $"{FirstName} {LastName}", email = Email, phone = "040 765 4321", address = $"{Street}, 00500 Helsinki", note = "Delete me" },
        }, Ct);
        var id = (await answer.ReadAsync<RequestReceipt>(Ct)).Id;
        if (personIds.Length > 0) await StepAsync(dpo, id, "persons", new { personIds });
        if (verify) await StepAsync(dpo, id, "verify", new { method = "signedLetter", note = "Signature matches the contract" });
        return id;
    }

    [Fact]
    public async Task An_erasure_leaves_none_of_the_persons_values_anywhere_keeps_the_invoices_and_suppresses_the_person()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var (marketer, _, _) = await Factory.UserClientAsync("Marketing");
        var groups = await (await admin.GetAsync("/api/v1/product-groups", Ct)).ReadAsync<List<ProductGroupDto>>(Ct);
        var hardware = groups.Single(g => g.Code == "hardware").Id;

        // Basic details, a consumer customer and every record of it.
        var person = await admin.CreatePersonAsync(PersonBody());
        var customer = await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id, customerSince = "2020-01-01", productGroups = new[] { "hardware" } });
        (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/purchases", new
        {
            productGroupId = hardware, product = "Laptop", purchasedOn = "2026-10-01", quantity = 1, unitPrice = 899m, reason = $"For {FirstName}",
            reasonCategory = "newNeed", personId = person.Id, marketingOptOutOffered = true,
        }, Ct)).EnsureSuccessStatusCode();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var asset = await (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/assets", new
        {
            kind = "laptop", make = "Acme", model = $"{LastName} special", serialNumber = "SN-ERASE-1", licenceKey = "ERASE-ABCDE-FGHIJ",
            warranty = new { startsOn = today.AddYears(-1), endsOn = today.AddYears(1), terms = "Carry-in" },
        }, Ct)).ReadAsync<AssetDto>(Ct);
        (await admin.PostAsJsonAsync($"/api/v1/assets/{asset.Id}/remote-access",
            new { tool = "RDP", host = "ws-ekvilaatti.koti.local", username = "ekvilaatti", secret = "Erase-Secret-1!" }, Ct)).EnsureSuccessStatusCode();
        var contact = await (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/contacts",
            new { channel = "phoneIn", topic = "Call", personId = person.Id, notes = $"{FirstName} called about the laptop" }, Ct)).ReadAsync<ContactDto>(Ct);
        (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/problems", new { description = $"{FirstName}'s laptop is slow" }, Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/interests", new { tag = "Gaming", personId = person.Id }, Ct)).EnsureSuccessStatusCode();
        var invoice = await (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/invoices",
            new { issuedOn = "2026-10-01", dueOn = "2026-10-15", amount = 124.00m, vatAmount = 24.00m }, Ct)).ReadAsync<InvoiceDto>(Ct);
        var recording = await (await admin.PostAsync($"/api/v1/customers/{customer.Id}/recordings",
            SecretsAndRecordingsTests.Upload(SecretsAndRecordingsTests.Wave, "audio/wav", "ekvilaatti-call.wav", contact.Id), Ct)).ReadAsync<RecordingDto>(Ct);
        File.Exists(RecordingFile(recording.Id)).Should().BeTrue();

        // The person is also the contact person of an organisation, which keeps its own contact event with the link cut.
        var organisation = await admin.CreateCustomerAsync(new
        {
            type = "organisation", name = "Pysyvä Oy", businessId = "2168645-1", customerSince = "2020-01-01", productGroups = new[] { "hardware" },
        });
        (await admin.PostAsJsonAsync($"/api/v1/customers/{organisation.Id}/contact-persons", new { personId = person.Id }, Ct)).EnsureSuccessStatusCode();
        var organisationContact = await (await admin.PostAsJsonAsync($"/api/v1/customers/{organisation.Id}/contacts",
            new { channel = "email", topic = "Quote", personId = person.Id, notes = $"Quote sent to {FirstName}" }, Ct)).ReadAsync<ContactDto>(Ct);

        // Consents, a ban, a disclosure to a recipient, a marketing export and a prohibition register's match.
        (await admin.PostAsJsonAsync($"/api/v1/persons/{person.Id}/consents",
            new { purpose = "ownMarketing", channel = "email", action = "given", source = "form", evidence = $"Form signed by {FirstName}" }, Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/persons/{person.Id}/prohibitions", new { kind = "directMarketing", channel = "sms" }, Ct)).EnsureSuccessStatusCode();
        var recipient = await (await admin.PostAsJsonAsync("/api/v1/recipients", new
        {
            name = "Käsittelijä Oy", type = "processor", country = "FI", purposes = new[] { "customerService" }, dataCategories = new[] { "basic" },
            agreementReference = "DPA 2026-7", agreementDate = "2026-01-01",
        }, Ct)).ReadAsync<RecipientDto>(Ct);
        (await admin.PostAsJsonAsync("/api/v1/disclosures", new
        {
            recipientId = recipient.Id, purpose = "customerService", legalBasis = "contract", dataCategories = new[] { "basic" }, personIds = new[] { person.Id },
        }, Ct)).EnsureSuccessStatusCode();
        var selection = await (await marketer.PostAsJsonAsync("/api/v1/marketing/selections", new { name = "Autumn", purpose = "ownMarketing", channel = "email" }, Ct))
            .JsonAsync(Ct);
        var export = await marketer.GetAsync($"/api/v1/marketing/selections/{selection.Str("id")}/export", Ct);
        (await export.Content.ReadAsStringAsync(Ct)).Should().Contain(Email, "the export holds the person");
        var register = await admin.CreateRegisterAsync("Phone opt-outs", "phone");
        (await admin.ImportAsync(register.Id, RegisterImports.Lines("phone", "040 765 4321"))).Matches.Should().Be(1);

        // Earlier requests of the person: a rectification (its before and after), an access report kept as given, a restriction with its note.
        var rectification = await RequestAsync(dpo, "rectification", personIds: person.Id);
        using (var rectify = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/requests/{rectification}/rectification"))
        {
            rectify.Content = JsonContent.Create(new
            {
                personId = person.Id,
                details = new
                {
                    firstName = FirstName, lastName = LastName, email = Email, phone = "040 765 4321", mobile = "050 111 2233", language = "fi",
                    personalIdentityCode = IdentityCode, address = new { street = Street, postalCode = "00500", city = "Helsinki", country = "FI" },
                    source = "subject",
                },
                note = "New mobile number",
            }, options: HttpTestExtensions.Web);
            rectify.Headers.TryAddWithoutValidation("If-Match", (await dpo.GetAsync($"/api/v1/persons/{person.Id}", Ct)).ETag());
            var rectified = await dpo.SendAsync(rectify, Ct);
            rectified.StatusCode.Should().Be(HttpStatusCode.OK, await rectified.Content.ReadAsStringAsync(Ct));
        }
        var access = await RequestAsync(dpo, "access", personIds: person.Id);
        (await dpo.GetAsync($"/api/v1/requests/{access}/report", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        var restriction = await RequestAsync(dpo, "restriction", personIds: person.Id);
        await StepAsync(dpo, restriction, "restriction", new { personId = person.Id, reason = "accuracyContested", note = $"{FirstName} disputes the phone 040 765 4321" });

        var requestId = await RequestAsync(dpo, personIds: person.Id);

        // The preview names every item; the invoice is kept with its reason and keep-until date, and nothing changed yet.
        var preview = await (await dpo.GetAsync($"/api/v1/requests/{requestId}/erasure", Ct)).ReadAsync<ErasureDto>(Ct);
        preview.ErasedAt.Should().BeNull();
        preview.Refusal.Should().BeNull();
        var items = preview.Persons.Should().ContainSingle().Which.Items;
        items.Should().ContainSingle(i => i.Area == ErasureArea.InvoiceRecord && i.ItemId == invoice.Id.ToString())
            .Which.Should().Match<ErasureItemDto>(i => i.Action == ErasureAction.Keep && i.Ground == RetentionGround.AccountingAct
                && i.KeepUntil == new DateOnly(2032, 12, 31) && i.Reason!.Contains("1336/1997"));
        items.Should().Contain(i => i.Area == ErasureArea.BasicDetails && i.ItemId == person.Id.ToString() && i.Action == ErasureAction.Erase);
        items.Should().Contain(i => i.Area == ErasureArea.CallRecording && i.ItemId == recording.Id.ToString() && i.Action == ErasureAction.Erase);
        items.Should().Contain(i => i.Area == ErasureArea.ContactEvent && i.ItemId == organisationContact.Id.ToString() && i.Action == ErasureAction.Anonymise);
        items.Should().Contain(i => i.Area == ErasureArea.ConsumerCustomer && i.ItemId == customer.Id.ToString() && i.Action == ErasureAction.Anonymise);
        items.Should().Contain(i => i.Area == ErasureArea.SuppressionRecord && i.Action == ErasureAction.Keep && i.Ground == RetentionGround.ErasureSuppression);
        foreach (var area in new[] { ErasureArea.PurchaseRecord, ErasureArea.AssetRecord, ErasureArea.RemoteAccessSecret, ErasureArea.ProblemReport,
                     ErasureArea.InterestTag, ErasureArea.ConsentEvent, ErasureArea.MarketingBan, ErasureArea.RegisterMatch, ErasureArea.MatchKeys,
                     ErasureArea.SearchIndex, ErasureArea.SelectionExport, ErasureArea.DisclosureRecord, ErasureArea.AuditTrail, ErasureArea.RequestRecord })
            items.Should().Contain(i => i.Area == area, $"the preview names the {area} items");
        items.Where(i => i.Action == ErasureAction.Keep).Should().OnlyContain(i => i.Ground != null && i.Reason != null);
        (await CountAsync("SELECT count(*) FROM persons WHERE id = @id", person.Id)).Should().Be(1, "the preview changes nothing");
        var before = await ScanAsync();
        foreach (var where in new[] { "persons.", "search_words.", "search_terms.", "person_match_keys.", "register_entries.", "contacts.notes", "problems.",
                     "consent_events.evidence", "data_subject_requests.requester_name", "data_subject_request_rectified_fields.", "access_reports.content",
                     "processing_restrictions.note" })
            before.Should().Contain(f => f.StartsWith(where), $"the scan finds the person's values in {where} before the erasure");

        var erased = await dpo.PostAsync($"/api/v1/requests/{requestId}/erasure", null, Ct);
        erased.StatusCode.Should().Be(HttpStatusCode.OK, await erased.Content.ReadAsStringAsync(Ct));
        var record = await erased.ReadAsync<ErasureDto>(Ct);
        record.ErasedAt.Should().NotBeNull();
        record.Persons.Single().Items.Select(i => (i.Area, i.ItemId, i.Action)).Should().Contain(items.Select(i => (i.Area, i.ItemId, i.Action)),
            "the record holds what the preview promised");

        // Nothing of the person is left in any column of any table, nor in the recording store.
        (await ScanAsync()).Should().BeEmpty();
        File.Exists(RecordingFile(recording.Id)).Should().BeFalse();
        foreach (var file in Directory.EnumerateFiles(Factory.RecordingsPath, "*", SearchOption.AllDirectories))
            ErasedValues.Should().NotContain(v => File.ReadAllText(file, Encoding.Latin1).Contains(v, StringComparison.OrdinalIgnoreCase));
        (await CountAsync("SELECT count(*) FROM persons WHERE id = @id", person.Id)).Should().Be(0);

        // The invoice stays, for accounting only: its customer is marked erased and linked to no one.
        (await CountAsync("SELECT count(*) FROM invoices WHERE id = @id", invoice.Id)).Should().Be(1);
        (await CountAsync("SELECT count(*) FROM customers WHERE id = @id AND person_id IS NULL AND erased_at IS NOT NULL", customer.Id)).Should().Be(1);
        (await CountAsync("SELECT count(*) FROM contacts WHERE id = @id AND person_id IS NULL AND notes IS NULL", organisationContact.Id)).Should().Be(1);
        var (billing, _, _) = await Factory.UserClientAsync("Billing");
        var (agent, _, _) = await Factory.UserClientAsync("HelpdeskAgent");
        (await (await billing.GetAsync($"/api/v1/invoices/{invoice.Id}", Ct)).ReadAsync<InvoiceDto>(Ct)).Amount.Should().Be(124.00m, "accounting reads it");
        (await agent.GetAsync($"/api/v1/invoices/{invoice.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "no other use");
        (await agent.GetAsync($"/api/v1/customers/{customer.Id}/invoices", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // The recipient was told; the request records the erasure and its step, its requester reduced to initials.
        var notices = await (await admin.GetAsync($"/api/v1/recipients/{recipient.Id}/notices", Ct)).ReadAsync<List<RecipientNoticeDto>>(Ct);
        notices.Should().Contain(n => n.Type == NoticeType.PersonErased && n.PersonId == person.Id);
        var request = await (await dpo.GetAsync($"/api/v1/requests/{requestId}", Ct)).ReadAsync<RequestDto>(Ct);
        request.Timeline.Select(e => e.Step).Should().Contain(RequestStep.Erased);
        request.Requester.Name.Should().Be("E. U.");
        request.PersonIds.Should().Equal(person.Id);
        (await (await dpo.GetAsync($"/api/v1/requests/{requestId}/erasure", Ct)).ReadAsync<ErasureDto>(Ct)).Should().BeEquivalentTo(record);
        var audit = await (await admin.GetAsync($"/api/v1/audit?personId={person.Id}&action=request.erasure", Ct)).JsonAsync(Ct);
        audit.GetProperty("items").EnumerateArray().Should().ContainSingle();

        // The suppression record catches the person entered again: a partner's lead, a register line, a staff entry.
        var partner = await PartnerAsync(admin);
        using (var lead = new HttpRequestMessage(HttpMethod.Post, "/api/v1/partner/leads") { Content = JsonContent.Create(new { person = PersonBody(withIdentityCode: false) }) })
        {
            lead.Headers.Add("Idempotency-Key", "lead-erased");
            var refused = await partner.SendAsync(lead, Ct);
            var problem = await refused.ProblemAsync(HttpStatusCode.Conflict, Ct);
            ErasedValues.Should().NotContain(v => problem.GetRawText().Contains(v, StringComparison.OrdinalIgnoreCase), "the answer names no person");
        }
        (await CountAsync("SELECT count(*) FROM persons WHERE last_name = @id", LastName)).Should().Be(0, "the lead is not stored");
        var again = await admin.ImportAsync(register.Id, RegisterImports.Lines("phone", "040 765 4321", "040 111 1111"), fileDate: "2026-11-20");
        (again.Matches, again.SuppressedMatches).Should().Be((0L, 1L));
        var reentered = await (await admin.PostAsJsonAsync("/api/v1/persons", PersonBody(withIdentityCode: false), Ct)).ReadAsync<PersonDto>(Ct);
        reentered.Warnings.Should().Equal(PersonWarning.ErasedPersonMatch);
        var created = await (await admin.GetAsync($"/api/v1/audit?personId={reentered.Id}&action=person.create", Ct)).JsonAsync(Ct);
        created.GetProperty("items").EnumerateArray().Single().GetRawText().Should().Contain("suppressionMatch");
        var stranger = await admin.CreatePersonAsync(TestData.PersonBody("Outi", "Ohikulkija", phone: null, email: "outi@example.fi"));
        stranger.Warnings.Should().BeEmpty();
    }

    [Fact]
    public async Task Only_an_open_verified_and_matched_erasure_request_is_carried_out_and_only_once()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var person = await admin.CreatePersonAsync(PersonBody());

        async Task<string> RefusedAsync(Guid id)
        {
            var problem = await (await dpo.PostAsync($"/api/v1/requests/{id}/erasure", null, Ct)).ProblemAsync(HttpStatusCode.Conflict, Ct);
            return problem.Str("detail");
        }

        (await RefusedAsync(await RequestAsync(dpo, "access", personIds: person.Id))).Should().Contain("Only an erasure request");
        var unverified = await RequestAsync(dpo, verify: false, personIds: person.Id);
        (await RefusedAsync(unverified)).Should().Contain("Verify the requester's identity");
        (await (await dpo.GetAsync($"/api/v1/requests/{unverified}/erasure", Ct)).ReadAsync<ErasureDto>(Ct)).Refusal.Should().Contain("Verify");
        (await RefusedAsync(await RequestAsync(dpo))).Should().Contain("Match the persons");
        var closed = await RequestAsync(dpo, personIds: person.Id);
        await StepAsync(dpo, closed, "reject", new { reason = "Asked by someone else", remediesTold = true });
        (await RefusedAsync(closed)).Should().Contain("closed");
        (await CountAsync("SELECT count(*) FROM persons WHERE id = @id", person.Id)).Should().Be(1, "no refused erasure changed anything");

        var done = await RequestAsync(dpo, personIds: person.Id);
        (await dpo.PostAsync($"/api/v1/requests/{done}/erasure", null, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await RefusedAsync(done)).Should().Contain("already erased");
        var (helpdesk, _, _) = await Factory.UserClientAsync("HelpdeskAgent");
        (await helpdesk.GetAsync($"/api/v1/requests/{done}/erasure", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await helpdesk.PostAsync($"/api/v1/requests/{done}/erasure", null, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await dpo.GetAsync($"/api/v1/requests/{Guid.NewGuid()}/erasure", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_person_who_came_as_a_partners_lead_is_erased_with_the_leads_record()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var partner = await PartnerAsync(admin);
        var key = new string('k', 200);
        using var lead = new HttpRequestMessage(HttpMethod.Post, "/api/v1/partner/leads")
        {
            Content = JsonContent.Create(new { person = PersonBody(), customer = new { productGroups = new[] { "hardware" } } }),
        };
        lead.Headers.Add("Idempotency-Key", key);
        var created = await (await partner.SendAsync(lead, Ct)).ReadAsync<HsWorks.Application.Partner.LeadDto>(Ct);
        var requestId = await RequestAsync(dpo, personIds: created.PersonId);

        var record = await (await dpo.PostAsync($"/api/v1/requests/{requestId}/erasure", null, Ct)).ReadAsync<ErasureDto>(Ct);

        record.Persons.Single().Items.Should().Contain(i => i.Area == ErasureArea.LeadSubmission && i.ItemId.EndsWith(key) && i.Action == ErasureAction.Erase)
            .And.Contain(i => i.Area == ErasureArea.ConsumerCustomer && i.ItemId == created.CustomerId.ToString() && i.Action == ErasureAction.Erase,
                "a customer without invoices goes whole");
        (await CountAsync("SELECT count(*) FROM lead_submissions WHERE person_id = @id", created.PersonId)).Should().Be(0);
        (await CountAsync("SELECT count(*) FROM customers WHERE id = @id", created.CustomerId!.Value)).Should().Be(0);
        (await ScanAsync()).Should().BeEmpty();
    }

    private string RecordingFile(Guid id) => Path.Combine(Factory.RecordingsPath, id.ToString("N") + ".bin");

    private async Task<long> CountAsync(string sql, object id)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    /// <summary>Every column of every table in the public schema, as text (bytea as escaped text), searched for every erased value.</summary>
    private async Task<List<string>> ScanAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        var columns = new List<(string Table, string Column, string Type)>();
        await using (var list = new NpgsqlCommand("""
            SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = 'public' ORDER BY 1, 2
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync(Ct))
            while (await reader.ReadAsync(Ct)) columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        columns.Select(c => c.Table).Distinct().Should().Contain(["persons", "invoices", "search_words", "person_match_keys", "audit_records"]);

        var found = new List<string>();
        var patterns = ErasedValues.Select(v => "%" + v.Replace("%", "\\%").Replace("_", "\\_") + "%").ToArray();
        foreach (var (table, column, type) in columns)
        {
            var text = type == "bytea" ? $"encode(\"{column}\", 'escape')" : $"\"{column}\"::text";
            await using var command = new NpgsqlCommand($"SELECT {text} FROM \"{table}\" WHERE {text} ILIKE ANY(@patterns) LIMIT 3", connection);
            command.Parameters.AddWithValue("patterns", patterns);
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct)) found.Add($"{table}.{column}: {reader.GetString(0)}");
        }
        return found;
    }

    private async Task<HttpClient> PartnerAsync(HttpClient admin)
    {
        var partner = await (await admin.PostAsJsonAsync("/api/v1/recipients", new
        {
            name = "Kumppani Oy", type = "partner", country = "FI", purposes = new[] { "partnerMarketing" }, dataCategories = new[] { "basic" },
            agreementReference = "Agreement 2026-1", agreementDate = "2026-01-01",
        }, Ct)).ReadAsync<RecipientDto>(Ct);
        var client = await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { recipientId = partner.Id, name = "Leads", scopes = new[] { "leads.write" } }, Ct))
            .ReadAsync<ApiClientSecretDto>(Ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(client.ClientId)}:{Uri.EscapeDataString(client.ClientSecret)}")));
        var token = await (await Factory.CreateClient().SendAsync(request, Ct)).JsonAsync(Ct);
        return Factory.ClientWithToken(token.Str("access_token"));
    }
}
