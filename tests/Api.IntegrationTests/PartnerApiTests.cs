using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Disclosures;
using HsWorks.Application.Partner;
using HsWorks.Infrastructure.Disclosures;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Persons;
using HsWorks.Domain.NonDisclosure;

namespace HsWorks.Api.IntegrationTests;

/// <summary>Recipients, disclosures and the partner API (issue 5): every partner read is a recorded disclosure, and nothing else is reachable.</summary>
public sealed class PartnerApiTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Recipient(string name, string type = "partner", string country = "FI", object? safeguard = null, string? webhookUrl = null) =>
        new
        {
            name, type, country, purposes = new[] { "partnerMarketing" }, dataCategories = new[] { "basic", "address" },
            agreementReference = "Agreement 2026-1", agreementDate = "2026-01-01", transferSafeguard = safeguard, webhookUrl,
        };

    private static async Task<RecipientDto> RecipientAsync(HttpClient admin, object body) =>
        await (await admin.PostAsJsonAsync("/api/v1/recipients", body, Ct)).ReadAsync<RecipientDto>(Ct);

    private static async Task<ApiClientSecretDto> ClientAsync(HttpClient admin, Guid recipientId, params string[] scopes) =>
        await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { recipientId, name = "Integration", scopes }, Ct)).ReadAsync<ApiClientSecretDto>(Ct);

    private async Task<HttpResponseMessage> TokenAsync(string clientId, string secret, string? scope = null, bool basic = true)
    {
        var fields = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        if (scope is not null) fields["scope"] = scope;
        if (!basic) (fields["client_id"], fields["client_secret"]) = (clientId, secret);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token") { Content = new FormUrlEncodedContent(fields) };
        if (basic)
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(secret)}")));
        return await Factory.CreateClient().SendAsync(request, Ct);
    }

    private async Task<HttpClient> PartnerAsync(ApiClientSecretDto client, string? scope = null)
    {
        var token = await (await TokenAsync(client.ClientId, client.ClientSecret, scope)).JsonAsync(Ct);
        return Factory.ClientWithToken(token.Str("access_token"));
    }

    private static object Person(string first, bool nonDisclosure = false) => new
    {
        firstName = first, lastName = "Jaettava", email = $"{first.ToLowerInvariant()}@example.fi", mobile = "040 111 2233", language = "fi",
        address = new { street = "Rantatie 3", postalCode = "33100", city = "Tampere", country = "FI" }, source = "subject", nonDisclosure,
    };

    private static async Task<Guid> ConsumerAsync(HttpClient admin, object person)
    {
        var created = await admin.CreatePersonAsync(person);
        await admin.CreateCustomerAsync(new { type = "consumer", personId = created.Id, customerSince = "2020-01-01", productGroups = Array.Empty<string>() });
        return created.Id;
    }

    /// <summary>A partner-marketing selection by post handed to the recipient; answers the disclosure.</summary>
    private static async Task<DisclosureDto> HandOverAsync(HttpClient admin, Guid recipientId)
    {
        var selection = await (await admin.PostAsJsonAsync("/api/v1/marketing/selections",
            new { name = "Partner post", purpose = "partnerMarketing", channel = "post" }, Ct)).JsonAsync(Ct);
        var response = await admin.PostAsJsonAsync($"/api/v1/marketing/selections/{selection.Str("id")}/handover", new { recipientId }, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<DisclosureDto>(HttpTestExtensions.Web, Ct))!;
    }

    [Fact]
    public async Task A_partner_reads_only_the_persons_disclosed_to_it_only_their_disclosed_fields_and_every_read_is_a_disclosure()
    {
        var admin = await Factory.AdminClientAsync();
        var shared = await ConsumerAsync(admin, Person("Jaettu"));
        var banned = await ConsumerAsync(admin, Person("Kielto"));
        await admin.PostAsJsonAsync($"/api/v1/persons/{banned}/prohibitions", new { kind = "partnerDisclosure", channel = "email" }, Ct);
        var partner = await RecipientAsync(admin, Recipient("Kumppani Oy"));
        var other = await RecipientAsync(admin, Recipient("Toinen Oy"));
        var handover = await HandOverAsync(admin, partner.Id);
        handover.PersonIds.Should().Equal(shared);

        var client = await PartnerAsync(await ClientAsync(admin, partner.Id, "persons.read"));
        var list = await (await client.GetAsync("/api/v1/partner/persons", Ct)).ReadAsync<PagedResult<PartnerPersonDto>>(Ct);
        list.Items.Should().ContainSingle().Which.Should().Match<PartnerPersonDto>(p =>
            p.Id == shared && p.FirstName == "Jaettu" && p.Address!.City == "Tampere" && p.Email == null && p.Mobile == null);
        (await client.GetAsync($"/api/v1/partner/persons/{shared}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync($"/api/v1/partner/persons/{banned}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound, "an existing person never disclosed");
        (await client.GetAsync($"/api/v1/partner/persons/{Guid.NewGuid()}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var otherSecret = await ClientAsync(admin, other.Id, "persons.read");
        var otherClient = await PartnerAsync(otherSecret);
        (await otherClient.GetAsync($"/api/v1/partner/persons/{shared}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound, "disclosed to another partner");
        (await RefusedCallsAsync(otherSecret.Id, HttpStatusCode.NotFound)).Should().Be(1, "the other partner's probe is counted for the data protection officer");
        (await RefusedAuditRecordsAsync(otherSecret.ClientId)).Should().Be(0, "a refused call writes no audit record of its own");
        (await (await otherClient.GetAsync("/api/v1/partner/persons", Ct)).ReadAsync<PagedResult<PartnerPersonDto>>(Ct)).Items.Should().BeEmpty();

        var reads = await (await admin.GetAsync($"/api/v1/disclosures?recipientId={partner.Id}&pageSize=100", Ct)).ReadAsync<PagedResult<DisclosureDto>>(Ct);
        reads.Items.Where(d => d.Kind == DisclosureKind.PartnerRead).Should().HaveCount(2).And.OnlyContain(d => d.PersonIds.SequenceEqual(new[] { shared })
            && d.Purpose == "partnerMarketing" && d.MadeBy.StartsWith("client:"));
        var byPerson = await (await admin.GetAsync($"/api/v1/disclosures?personId={shared}", Ct)).ReadAsync<PagedResult<DisclosureDto>>(Ct);
        byPerson.TotalCount.Should().Be(3);
    }

    [Fact]
    public async Task Scopes_are_enforced_per_endpoint_and_partner_and_staff_tokens_never_mix()
    {
        var admin = await Factory.AdminClientAsync();
        var partner = await RecipientAsync(admin, Recipient("Kumppani Oy"));
        var secret = await ClientAsync(admin, partner.Id, "persons.read", "leads.write");
        var leadsOnly = await PartnerAsync(secret, "leads.write");

        (await leadsOnly.GetAsync("/api/v1/partner/persons", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await leadsOnly.GetAsync("/api/v1/partner/disclosures", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await leadsOnly.GetAsync("/api/v1/persons", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "a partner token on a staff endpoint");
        (await leadsOnly.GetAsync("/api/v1/auth/me", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await admin.GetAsync("/api/v1/partner/persons", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "a staff token on the partner API");
        (await TokenAsync(secret.ClientId, secret.ClientSecret, "disclosures.read")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_token_endpoint_follows_rfc_6749_and_rotation_and_revocation_end_old_secrets_and_tokens()
    {
        var admin = await Factory.AdminClientAsync();
        var partner = await RecipientAsync(admin, Recipient("Kumppani Oy"));
        var first = await ClientAsync(admin, partner.Id, "persons.read");

        var okResponse = await TokenAsync(first.ClientId, first.ClientSecret, basic: false);
        okResponse.Headers.CacheControl!.NoStore.Should().BeTrue();
        var ok = await okResponse.JsonAsync(Ct);
        ok.Str("token_type").Should().Be("Bearer");
        ok.Str("scope").Should().Be("persons.read");
        ok.GetProperty("expires_in").GetInt32().Should().BePositive();
        var wrong = await TokenAsync(first.ClientId, "not-the-secret");
        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        wrong.Headers.WwwAuthenticate.ToString().Should().StartWith("Basic");
        (await wrong.JsonAsync(Ct)).Str("error").Should().Be("invalid_client");
        (await (await TokenAsync(first.ClientId, first.ClientSecret, "leads.write")).JsonAsync(Ct)).Str("error").Should().Be("invalid_scope");
        using (var password = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
               { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "password" }) })
            (await (await Factory.CreateClient().SendAsync(password, Ct)).JsonAsync(Ct)).Str("error").Should().Be("unsupported_grant_type");

        var oldToken = Factory.ClientWithToken(ok.Str("access_token"));
        var rotated = await (await admin.PostAsync($"/api/v1/api-clients/{first.Id}/rotate", null, Ct)).ReadAsync<ApiClientSecretDto>(Ct);
        (await TokenAsync(first.ClientId, first.ClientSecret)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the old secret");
        (await oldToken.GetAsync("/api/v1/partner/persons", Ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a token of the old secret");
        var current = await PartnerAsync(rotated);
        (await current.GetAsync("/api/v1/partner/persons", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await admin.DeleteAsync($"/api/v1/api-clients/{first.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await current.GetAsync("/api/v1/partner/persons", Ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "revoked");
        (await TokenAsync(rotated.ClientId, rotated.ClientSecret)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var listed = await (await admin.GetAsync("/api/v1/api-clients", Ct)).ReadAsync<List<ApiClientDto>>(Ct);
        listed.Single().Should().Match<ApiClientDto>(c => !c.Active && c.RevokedAt != null);
        (await admin.GetStringAsync("/api/v1/api-clients", Ct)).Should().NotContain(rotated.ClientSecret);
    }

    [Fact]
    public async Task The_same_idempotency_key_creates_one_person_and_another_body_with_it_is_refused()
    {
        var admin = await Factory.AdminClientAsync();
        var partner = await RecipientAsync(admin, Recipient("Kumppani Oy"));
        var client = await PartnerAsync(await ClientAsync(admin, partner.Id, "leads.write"));
        var lead = new { person = Person("Liidi"), customer = new { productGroups = new[] { "hardware" } } };

        async Task<HttpResponseMessage> Submit(object body, string? key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/partner/leads") { Content = JsonContent.Create(body) };
            if (key is not null) request.Headers.Add("Idempotency-Key", key);
            return await client.SendAsync(request, Ct);
        }

        var first = await Submit(lead, "lead-42");
        first.StatusCode.Should().Be(HttpStatusCode.Created);
        var created = await first.ReadAsync<LeadDto>(Ct);
        var again = await Submit(lead, "lead-42");
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await again.ReadAsync<LeadDto>(Ct)).Should().Be(created);
        (await Submit(new { person = Person("Toinen") }, "lead-42")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await (await Submit(lead, null)).ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Equal("idempotencyKey");

        var persons = await (await admin.GetAsync("/api/v1/persons?pageSize=100", Ct)).JsonAsync(Ct);
        persons.GetProperty("items").EnumerateArray().Count(p => p.Str("firstName") == "Liidi").Should().Be(1);
        var person = await (await admin.GetAsync($"/api/v1/persons/{created.PersonId}", Ct)).JsonAsync(Ct);
        person.GetRawText().Should().Contain("partnerRegister");
        created.CustomerId.Should().NotBeNull();
    }

    [Fact]
    public async Task Transfers_outside_the_eea_need_a_safeguard_and_partner_marketing_never_includes_an_excluded_person()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await ConsumerAsync(admin, Person("Matti"));
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var hidden = await ConsumerAsync(dpo, Person("Salattu", nonDisclosure: true));
        var unsafeRecipient = await RecipientAsync(admin, Recipient("Offshore Inc", type: "processor", country: "US"));
        var safeRecipient = await RecipientAsync(admin, Recipient("Cloud Inc", type: "processor", country: "US",
            safeguard: new { kind = "standardContractualClauses", reference = "SCC 2021/914 module 3" }));
        var norway = await RecipientAsync(admin, Recipient("Norsk AS", type: "processor", country: "NO"));
        unsafeRecipient.Should().Match<RecipientDto>(r => !r.InEea && !r.TransferAllowed);
        safeRecipient.Should().Match<RecipientDto>(r => !r.InEea && r.TransferAllowed);
        norway.InEea.Should().BeTrue();

        object Manual(Guid recipientId, string purpose, params Guid[] personIds) =>
            new { recipientId, purpose, legalBasis = "contract", dataCategories = new[] { "basic" }, personIds };
        var refused = await (await admin.PostAsJsonAsync("/api/v1/disclosures", Manual(unsafeRecipient.Id, "customerService", person), Ct))
            .ProblemAsync(HttpStatusCode.Conflict, Ct);
        refused.Str("type").Should().EndWith("/disclosure-refused");
        refused.Str("detail").Should().Contain("outside the EU/EEA");
        (await admin.PostAsJsonAsync("/api/v1/disclosures", Manual(safeRecipient.Id, "customerService", person), Ct)).StatusCode.Should().Be(HttpStatusCode.Created);

        var partner = await RecipientAsync(admin, Recipient("Kumppani Oy"));
        (await (await admin.PostAsJsonAsync("/api/v1/disclosures", Manual(partner.Id, "partnerMarketing", person, hidden), Ct))
            .ProblemAsync(HttpStatusCode.Conflict, Ct)).Str("detail").Should().Contain("1 of the persons");
        var ownSelection = await (await admin.PostAsJsonAsync("/api/v1/marketing/selections", new { name = "Own", purpose = "ownMarketing", channel = "post" }, Ct))
            .JsonAsync(Ct);
        (await admin.PostAsJsonAsync($"/api/v1/marketing/selections/{ownSelection.Str("id")}/handover", new { recipientId = partner.Id }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.Conflict, "own-marketing selections do not go to partners");
        (await HandOverAsync(admin, partner.Id)).PersonIds.Should().Equal(person);
        var list = await (await admin.GetAsync("/api/v1/disclosures?pageSize=100", Ct)).ReadAsync<PagedResult<DisclosureDto>>(Ct);
        list.Items.Should().NotContain(d => d.PersonIds.Contains(hidden));
    }

    [Fact]
    public async Task A_withdrawn_consent_is_signed_to_every_recipient_of_the_person_retried_after_a_failure_and_kept_across_a_restart()
    {
        var admin = await Factory.AdminClientAsync();
        using var receiver = new WebhookReceiver();
        var recipient = await RecipientAsync(admin, Recipient("Kumppani Oy", type: "processor", webhookUrl: receiver.Url));
        recipient.WebhookSecret.Should().StartWith("whsec_");
        (await admin.GetStringAsync($"/api/v1/recipients/{recipient.Id}", Ct)).Should().NotContain(recipient.WebhookSecret!, "shown only once");
        var person = await ConsumerAsync(admin, Person("Peruja"));
        (await admin.PostAsJsonAsync("/api/v1/disclosures", new
        {
            recipientId = recipient.Id, purpose = "customerService", legalBasis = "contract", dataCategories = new[] { "basic" }, personIds = new[] { person },
        }, Ct)).EnsureSuccessStatusCode();
        var consent = new { purpose = "ownMarketing", channel = "email", source = "web", evidence = "Web form" };
        (await admin.PostAsJsonAsync($"/api/v1/persons/{person}/consents", new { consent.purpose, consent.channel, action = "given", consent.source, consent.evidence }, Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/persons/{person}/consents",
            new { consent.purpose, consent.channel, action = "withdrawn", consent.source, evidence = "Unsubscribe link" }, Ct)).EnsureSuccessStatusCode();

        receiver.Answer = HttpStatusCode.InternalServerError;
        (await Factory.Services.GetRequiredService<WebhookDispatcher>().DispatchDueAsync(Ct)).Should().Be(1);
        var notices = await (await admin.GetAsync($"/api/v1/recipients/{recipient.Id}/notices", Ct)).ReadAsync<List<RecipientNoticeDto>>(Ct);
        notices.Should().ContainSingle().Which.Should().Match<RecipientNoticeDto>(n =>
            n.Type == NoticeType.ConsentWithdrawn && n.Attempts == 1 && n.DeliveredAt == null && n.LastResult == "HTTP 500" && n.NextAttemptAt > n.OccurredAt);

        // The retry is due (as if its wait had passed), and a new process picks it up from the database.
        await using (var connection = new NpgsqlConnection(Factory.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var due = new NpgsqlCommand("UPDATE recipient_notices SET next_attempt_at = now() - interval '1 second'", connection);
            await due.ExecuteNonQueryAsync(Ct);
        }
        receiver.Answer = HttpStatusCode.NoContent;
        var restarted = ActivatorUtilities.CreateInstance<WebhookDispatcher>(Factory.Services);
        (await restarted.DispatchDueAsync(Ct)).Should().Be(1);

        var delivered = receiver.Received.Last();
        var body = JsonDocument.Parse(delivered.Body).RootElement;
        body.Str("type").Should().Be("consentWithdrawn");
        body.Str("personId").Should().Be(person.ToString());
        body.Str("id").Should().Be(notices[0].Id.ToString());
        var signature = delivered.Signature.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(recipient.WebhookSecret!),
            Encoding.UTF8.GetBytes($"{signature["t"]}.{delivered.Body}")));
        signature["v1"].Should().Be(expected);
        receiver.Received.Should().HaveCount(2);
        (await (await admin.GetAsync($"/api/v1/recipients/{recipient.Id}/notices", Ct)).ReadAsync<List<RecipientNoticeDto>>(Ct))
            .Single().Should().Match<RecipientNoticeDto>(n => n.DeliveredAt != null && n.Attempts == 2);
    }

    [Fact]
    public async Task Each_client_has_its_own_rate_limit_served_calls_are_audited_and_refused_ones_counted()
    {
        var admin = await Factory.AdminClientAsync();
        var partner = await RecipientAsync(admin, Recipient("Kumppani Oy"));
        var busy = await ClientAsync(admin, partner.Id, "disclosures.read");
        var calm = await PartnerAsync(await ClientAsync(admin, partner.Id, "disclosures.read"));
        var client = await PartnerAsync(busy);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 121; i++) statuses.Add((await client.GetAsync("/api/v1/partner/disclosures", Ct)).StatusCode);

        statuses.Take(120).Should().OnlyContain(s => s == HttpStatusCode.OK);
        var limited = await client.GetAsync("/api/v1/partner/disclosures", Ct);
        (await limited.ProblemAsync(HttpStatusCode.TooManyRequests, Ct)).Str("type").Should().EndWith("/too-many-requests");
        (await calm.GetAsync("/api/v1/partner/disclosures", Ct)).StatusCode.Should().Be(HttpStatusCode.OK, "another client has its own limit");
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM audit_records WHERE action = 'partner.disclosures.list' AND username = @username", connection);
        count.Parameters.AddWithValue("username", $"client:{busy.ClientId}");
        ((long)(await count.ExecuteScalarAsync(Ct))!).Should().Be(120, "every call that was served is in the audit");
        (await RefusedCallsAsync(busy.Id, HttpStatusCode.TooManyRequests)).Should().Be(2, "the throttled calls are counted");
        (await RefusedAuditRecordsAsync(busy.ClientId)).Should().Be(0, "a throttled call writes no audit record of its own");
    }

    /// <summary>The refused calls of the client with the status, summed over the hours.</summary>
    private async Task<long> RefusedCallsAsync(Guid apiClientId, HttpStatusCode status)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            "SELECT coalesce(sum(calls), 0)::bigint FROM partner_call_refusals WHERE api_client_id = @client AND status = @status", connection);
        command.Parameters.AddWithValue("client", apiClientId);
        command.Parameters.AddWithValue("status", (int)status);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    /// <summary>Audit records of the client's refused calls, as one was written per refused call before.</summary>
    private async Task<long> RefusedAuditRecordsAsync(string clientId)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM audit_records WHERE username = @username AND action = 'partner.call.refused'", connection);
        command.Parameters.AddWithValue("username", $"client:{clientId}");
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    [Fact]
    public async Task A_partner_stops_getting_a_person_who_is_excluded_after_the_hand_over_and_gets_only_the_channels_fields()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await ConsumerAsync(admin, Person("Vetäytyjä"));
        foreach (var channel in new[] { "email", "all" })
            (await admin.PostAsJsonAsync($"/api/v1/persons/{person}/consents",
                new { purpose = "partnerMarketing", channel, action = "given", source = "form", evidence = "Signed form" }, Ct)).EnsureSuccessStatusCode();
        var partner = await RecipientAsync(admin, Recipient("Kumppani Oy"));
        var selection = await (await admin.PostAsJsonAsync("/api/v1/marketing/selections",
            new { name = "Partner e-mail", purpose = "partnerMarketing", channel = "email" }, Ct)).JsonAsync(Ct);
        var handover = await (await admin.PostAsJsonAsync($"/api/v1/marketing/selections/{selection.Str("id")}/handover", new { recipientId = partner.Id }, Ct))
            .ReadAsync<DisclosureDto>(Ct);
        handover.DataCategories.Should().BeEquivalentTo(["basic", "email"]);
        var client = await PartnerAsync(await ClientAsync(admin, partner.Id, "persons.read"));

        var read = await (await client.GetAsync($"/api/v1/partner/persons/{person}", Ct)).ReadAsync<PartnerPersonDto>(Ct);
        read.Should().Match<PartnerPersonDto>(p => p.Email == "vetäytyjä@example.fi" && p.Mobile == null && p.Address == null);

        (await admin.PostAsJsonAsync($"/api/v1/persons/{person}/prohibitions", new { kind = "partnerDisclosure", channel = "all" }, Ct)).EnsureSuccessStatusCode();
        (await client.GetAsync($"/api/v1/partner/persons/{person}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await client.GetAsync("/api/v1/partner/persons", Ct)).ReadAsync<PagedResult<PartnerPersonDto>>(Ct)).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task Only_recipients_that_received_the_person_are_notified_and_one_without_a_webhook_is_left_for_the_DPO()
    {
        var admin = await Factory.AdminClientAsync();
        using var receiver = new WebhookReceiver();
        var withHook = await RecipientAsync(admin, Recipient("Hook Oy", type: "processor", webhookUrl: receiver.Url));
        var withoutHook = await RecipientAsync(admin, Recipient("Paperi Oy", type: "processor"));
        var unrelated = await RecipientAsync(admin, Recipient("Muu Oy", type: "processor", webhookUrl: receiver.Url));
        var person = await admin.CreatePersonAsync(Person("Korjattava"));
        foreach (var recipient in new[] { withHook, withoutHook })
            (await admin.PostAsJsonAsync("/api/v1/disclosures", new
            {
                recipientId = recipient.Id, purpose = "customerService", legalBasis = "contract", dataCategories = new[] { "basic" }, personIds = new[] { person.Id },
            }, Ct)).EnsureSuccessStatusCode();

        var current = await admin.GetAsync($"/api/v1/persons/{person.Id}", Ct);
        using var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/persons/{person.Id}") { Content = JsonContent.Create(Person("Korjattu")) };
        update.Headers.IfMatch.Add(current.Headers.ETag!);
        (await admin.SendAsync(update, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        await Factory.Services.GetRequiredService<WebhookDispatcher>().DispatchDueAsync(Ct);

        async Task<List<RecipientNoticeDto>> Notices(Guid id) =>
            await (await admin.GetAsync($"/api/v1/recipients/{id}/notices", Ct)).ReadAsync<List<RecipientNoticeDto>>(Ct);
        (await Notices(withHook.Id)).Should().ContainSingle().Which.Should().Match<RecipientNoticeDto>(n => n.Type == NoticeType.PersonRectified && n.DeliveredAt != null);
        (await Notices(withoutHook.Id)).Should().ContainSingle().Which.Should().Match<RecipientNoticeDto>(n => n.AbandonedAt != null && n.LastResult!.StartsWith("No webhook"));
        (await Notices(unrelated.Id)).Should().BeEmpty();
        receiver.Received.Should().ContainSingle();
    }

    private static async Task ConsentAsync(HttpClient admin, Guid person, string channel, string action) =>
        (await admin.PostAsJsonAsync($"/api/v1/persons/{person}/consents",
            new { purpose = "partnerMarketing", channel, action, source = "form", evidence = "Signed form" }, Ct)).EnsureSuccessStatusCode();

    private static async Task DiscloseAsync(HttpClient admin, Guid recipientId, string purpose, string legalBasis, string[] categories, params Guid[] personIds) =>
        (await admin.PostAsJsonAsync("/api/v1/disclosures", new { recipientId, purpose, legalBasis, dataCategories = categories, personIds }, Ct))
            .EnsureSuccessStatusCode();

    [Fact]
    public async Task A_partner_read_follows_each_channel_and_each_disclosure_s_own_purpose_and_categories()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await ConsumerAsync(admin, Person("Kanavoija"));
        await ConsentAsync(admin, person, "email", "given");
        await ConsentAsync(admin, person, "sms", "given");
        var partner = await RecipientAsync(admin, Recipient("Kumppani Oy"));
        await DiscloseAsync(admin, partner.Id, "partnerMarketing", "consent", ["basic", "email", "phone"], person);
        // The newest disclosure is for another purpose and holds names only: it must not open the e-mail address.
        await DiscloseAsync(admin, partner.Id, "customerService", "contract", ["basic"], person);
        var client = await PartnerAsync(await ClientAsync(admin, partner.Id, "persons.read"));

        var before = await (await client.GetAsync($"/api/v1/partner/persons/{person}", Ct)).ReadAsync<PartnerPersonDto>(Ct);
        before.Should().Match<PartnerPersonDto>(p => p.Email == "kanavoija@example.fi" && p.Mobile == "+358401112233" && p.FirstName == "Kanavoija" && p.Address == null);

        await ConsentAsync(admin, person, "email", "withdrawn");
        var detail = await (await client.GetAsync($"/api/v1/partner/persons/{person}", Ct)).ReadAsync<PartnerPersonDto>(Ct);
        detail.Should().Match<PartnerPersonDto>(p => p.Email == null && p.Mobile == "+358401112233" && p.FirstName == "Kanavoija" && p.Address == null);
        detail.Categories.Should().Equal("basic", "phone");
        var listed = await (await client.GetAsync("/api/v1/partner/persons", Ct)).ReadAsync<PagedResult<PartnerPersonDto>>(Ct);
        listed.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(detail);

        var reads = await (await admin.GetAsync($"/api/v1/disclosures?recipientId={partner.Id}&pageSize=100", Ct)).ReadAsync<PagedResult<DisclosureDto>>(Ct);
        var latest = reads.Items.Where(d => d.Kind == DisclosureKind.PartnerRead).OrderByDescending(d => d.At).Take(2).ToList();
        latest.Should().Contain(d => d.Purpose == "partnerMarketing" && d.DataCategories.OrderBy(c => c).SequenceEqual(new[] { "basic", "phone" }),
            "the read is recorded with what each basis still covered");
        latest.Should().Contain(d => d.Purpose == "customerService" && d.DataCategories.SequenceEqual(new[] { "basic" }));
    }

    [Fact]
    public async Task A_partner_gets_nothing_of_a_person_once_every_basis_is_gone()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var partner = await RecipientAsync(admin, Recipient("Kumppani Oy"));
        var withdrawn = await ConsumerAsync(admin, Person("Peruttu"));
        await ConsentAsync(admin, withdrawn, "email", "given");
        var objected = await ConsumerAsync(admin, Person("Kieltäytyjä"));
        var marked = await ConsumerAsync(admin, Person("Merkitty"));
        var claimed = await ConsumerAsync(admin, Person("Ilmoittaja"));
        var kept = await ConsumerAsync(admin, Person("Pysyvä"));
        var restricted = await ConsumerAsync(admin, Person("Rajoitettu"));
        var deceased = await ConsumerAsync(admin, Person("Edesmennyt"));
        await DiscloseAsync(admin, partner.Id, "partnerMarketing", "consent", ["basic", "email"], withdrawn);
        await DiscloseAsync(admin, partner.Id, "partnerMarketing", "consent", ["basic", "address"], objected, kept);
        await DiscloseAsync(admin, partner.Id, "customerService", "contract", ["basic"], marked, claimed, restricted, deceased);
        var client = await PartnerAsync(await ClientAsync(admin, partner.Id, "persons.read"));
        (await (await client.GetAsync("/api/v1/partner/persons", Ct)).ReadAsync<PagedResult<PartnerPersonDto>>(Ct)).Items.Should().HaveCount(7);

        // Post and phone stay open for the e-mail person, but what was disclosed to them was for e-mail only.
        await ConsentAsync(admin, withdrawn, "email", "withdrawn");
        (await admin.PostAsJsonAsync($"/api/v1/persons/{objected}/prohibitions", new { kind = "directMarketing", channel = "all" }, Ct)).EnsureSuccessStatusCode();
        var markedPerson = await (await dpo.GetAsync($"/api/v1/persons/{marked}", Ct)).ReadAsync<HsWorks.Application.Persons.PersonDto>(Ct);
        var mark = Person("Merkitty", nonDisclosure: true);
        (await dpo.PutJsonAsync($"/api/v1/persons/{marked}", mark, $"\"{markedPerson.Version}\"", Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/persons/{claimed}/non-disclosure-claims", new { note = "Says she has a marking" }, Ct)).EnsureSuccessStatusCode();
        // Restriction of processing and death have no endpoint yet (the data-subject-rights work and the
        // Population Register import will set them): set as those will, straight in the database.
        await using (var connection = new NpgsqlConnection(Factory.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var hooks = new NpgsqlCommand(
                "UPDATE persons SET processing_restricted = (id = @restricted), died_on = CASE WHEN id = @deceased THEN DATE '2026-11-30' END WHERE id IN (@restricted, @deceased)",
                connection);
            hooks.Parameters.AddWithValue("restricted", restricted);
            hooks.Parameters.AddWithValue("deceased", deceased);
            (await hooks.ExecuteNonQueryAsync(Ct)).Should().Be(2);
        }

        foreach (var gone in new[] { withdrawn, objected, marked, claimed, restricted, deceased })
            (await client.GetAsync($"/api/v1/partner/persons/{gone}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var list = await (await client.GetAsync("/api/v1/partner/persons", Ct)).ReadAsync<PagedResult<PartnerPersonDto>>(Ct);
        list.Items.Should().ContainSingle().Which.Should().Match<PartnerPersonDto>(p => p.Id == kept && p.Address!.City == "Tampere");
        list.TotalCount.Should().Be(1);
    }

    [Fact]
    public async Task A_lead_that_says_the_person_has_the_marking_leaves_a_claim_and_the_address_is_hidden_at_once()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var (helpdesk, _, _) = await Factory.UserClientAsync("HelpdeskAgent");
        var partner = await RecipientAsync(admin, Recipient("Kumppani Oy"));
        var client = await PartnerAsync(await ClientAsync(admin, partner.Id, "leads.write"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/partner/leads")
        {
            Content = JsonContent.Create(new
            {
                person = new
                {
                    firstName = "Liidi", lastName = "Salainen", email = "liidi@example.fi", language = "fi", nonDisclosure = true, source = "populationRegister",
                    address = new { street = "Rantatie 3", postalCode = "33100", city = "Tampere", country = "FI" },
                },
            }),
        };
        request.Headers.Add("Idempotency-Key", "lead-turva");
        var lead = await (await client.SendAsync(request, Ct)).ReadAsync<LeadDto>(Ct);

        var seen = await (await helpdesk.GetAsync($"/api/v1/persons/{lead.PersonId}", Ct)).ReadAsync<HsWorks.Application.Persons.PersonDto>(Ct);
        seen.Should().Match<HsWorks.Application.Persons.PersonDto>(p =>
            !p.NonDisclosure && p.NonDisclosureClaimPending && p.AddressHidden && p.Address == null && p.Sources.Address == DataSource.PartnerRegister);
        var claims = await (await dpo.GetAsync($"/api/v1/non-disclosure-claims?personId={lead.PersonId}", Ct))
            .ReadAsync<PagedResult<HsWorks.Application.NonDisclosure.NonDisclosureClaimDto>>(Ct);
        var claim = claims.Items.Should().ContainSingle().Subject;
        claim.Origin.Should().Be(NonDisclosureClaimOrigin.PartnerLead);
        claim.ClaimedBy.Should().StartWith("client:");

        (await dpo.PostAsJsonAsync($"/api/v1/non-disclosure-claims/{claim.Id}/decision", new { outcome = "confirmed" }, Ct)).EnsureSuccessStatusCode();
        var history = await (await dpo.GetAsync($"/api/v1/persons/{lead.PersonId}/non-disclosure-history", Ct))
            .ReadAsync<List<HsWorks.Application.NonDisclosure.NonDisclosureChangeDto>>(Ct);
        history.Should().ContainSingle().Which.Should().Match<HsWorks.Application.NonDisclosure.NonDisclosureChangeDto>(h => h.Marked && h.Source == DataSource.PartnerRegister);
    }
}
