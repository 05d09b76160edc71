using System.Net;
using System.Net.Http.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Audit;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Disclosures;
using HsWorks.Application.Marketing;
using HsWorks.Application.Persons;
using HsWorks.Application.Prohibitions;
using HsWorks.Application.Requests;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Prohibitions;
using HsWorks.Domain.Requests;
using HsWorks.Infrastructure.Disclosures;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// The other rights through a request (issue 12, R8.3): rectification (Art. 16), restriction (Art. 18), objection (Art. 21) and the
/// recipients to tell (Art. 19) — each only on an open, verified request of its type with its persons matched.
/// </summary>
public sealed class DataSubjectRightsTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Recipient(string name, string type = "processor", string? webhookUrl = null) => new
    {
        name, type, country = "FI", purposes = new[] { "customerService" }, dataCategories = new[] { "basic" },
        agreementReference = "DPA 2026-7", agreementDate = "2026-01-01", transferSafeguard = (object?)null, webhookUrl,
    };

    private static async Task<RecipientDto> RecipientAsync(HttpClient admin, object body) =>
        await (await admin.PostAsJsonAsync("/api/v1/recipients", body, Ct)).ReadAsync<RecipientDto>(Ct);

    private static object Disclosure(Guid recipientId, Guid personId, string? restrictionGround = null) => new
    {
        recipientId, purpose = "customerService", legalBasis = "contract", dataCategories = new[] { "basic" }, personIds = new[] { personId },
        restrictionGround,
    };

    private static async Task DiscloseAsync(HttpClient admin, Guid recipientId, Guid personId) =>
        (await admin.PostAsJsonAsync("/api/v1/disclosures", Disclosure(recipientId, personId), Ct)).EnsureSuccessStatusCode();

    /// <summary>A consumer customer's person: a candidate of the company's own marketing by post.</summary>
    private static async Task<PersonDto> ConsumerAsync(HttpClient admin, string firstName = "Maija")
    {
        var person = await admin.CreatePersonAsync(TestData.PersonBody(firstName, email: $"{firstName.ToLowerInvariant()}@example.fi"));
        await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id, customerSince = "2020-01-01", productGroups = Array.Empty<string>() });
        return person;
    }

    /// <summary>A request of the type, registered, its person matched and the requester's identity verified.</summary>
    private static async Task<Guid> ReadyRequestAsync(HttpClient dpo, string type, Guid personId, bool verify = true)
    {
        var receipt = await (await dpo.PostAsJsonAsync("/api/v1/requests", new
        {
            type, channel = "letter", receivedAt = DateTimeOffset.UtcNow.AddHours(-1), requester = new { name = "Maija Meikäläinen" },
        }, Ct)).ReadAsync<RequestReceipt>(Ct);
        await StepAsync(dpo, receipt.Id, "persons", new { personIds = new[] { personId } });
        if (verify) await StepAsync(dpo, receipt.Id, "verify", new { method = "signedLetter" });
        return receipt.Id;
    }

    private static async Task<RequestDto> StepAsync(HttpClient client, Guid id, string step, object body) =>
        await (await client.PostAsJsonAsync($"/api/v1/requests/{id}/{step}", body, Ct)).ReadAsync<RequestDto>(Ct);

    private static async Task<HttpResponseMessage> RectifyAsync(HttpClient client, Guid requestId, Guid personId, object details, string? ifMatch)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/requests/{requestId}/rectification")
        {
            Content = JsonContent.Create(new { personId, details, note = "Married, new name" }, options: HttpTestExtensions.Web),
        };
        if (ifMatch is not null) message.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(message, Ct);
    }

    private static async Task<List<RecipientNoticeDto>> NoticesAsync(HttpClient admin, Guid recipientId) =>
        (await admin.GetFromJsonAsync<List<RecipientNoticeDto>>($"/api/v1/recipients/{recipientId}/notices", HttpTestExtensions.Web, Ct))!;

    private static async Task<PersonDto> PersonAsync(HttpClient client, Guid id) => await (await client.GetAsync($"/api/v1/persons/{id}", Ct)).ReadAsync<PersonDto>(Ct);

    [Fact]
    public async Task Rectification_corrects_the_person_keeps_each_field_before_and_after_and_tells_the_recipients()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var person = await admin.CreatePersonAsync();
        var recipient = await RecipientAsync(admin, Recipient("Käsittelijä Oy"));
        await DiscloseAsync(admin, recipient.Id, person.Id);
        var requestId = await ReadyRequestAsync(dpo, "rectification", person.Id);
        var etag = (await dpo.GetAsync($"/api/v1/persons/{person.Id}", Ct)).ETag();
        var corrected = TestData.PersonBody(lastName: "Virtanen", email: "maija.virtanen@example.fi");

        (await RectifyAsync(dpo, requestId, person.Id, corrected, null)).StatusCode.Should().Be(HttpStatusCode.PreconditionRequired);
        var rectified = await (await RectifyAsync(dpo, requestId, person.Id, corrected, etag)).ReadAsync<RequestDto>(Ct);

        rectified.Rectifications.Select(f => (f.PersonId, f.Field, f.Before, f.After)).Should().BeEquivalentTo([
            (person.Id, "lastName", "Meikäläinen", "Virtanen"),
            (person.Id, "email", "maija.meikalainen@example.fi", "maija.virtanen@example.fi"),
        ]);
        rectified.Timeline.Last().Should().Match<RequestEventDto>(e => e.Step == RequestStep.Rectified && e.Detail!.Contains("lastName"));
        (await PersonAsync(admin, person.Id)).Should().Match<PersonDto>(p => p.LastName == "Virtanen" && p.Email == "maija.virtanen@example.fi");
        (await NoticesAsync(admin, recipient.Id)).Should().ContainSingle(n => n.Type == NoticeType.PersonRectified && n.PersonId == person.Id);
        (await RectifyAsync(dpo, requestId, person.Id, corrected, etag)).StatusCode.Should().Be(HttpStatusCode.PreconditionFailed, "the person changed since");
        (await (await dpo.GetAsync($"/api/v1/requests/{requestId}", Ct)).ReadAsync<RequestDto>(Ct)).Rectifications.Should().HaveCount(2);
        var audit = await (await admin.GetAsync($"/api/v1/audit?personId={person.Id}&action=request.rectification", Ct)).ReadAsync<PagedResult<AuditRecordDto>>(Ct);
        audit.Items.Should().ContainSingle().Which.Fields.Should().Contain(["lastName", "email", "step:rectified"]);
    }

    [Fact]
    public async Task A_right_is_refused_with_409_on_a_request_of_another_type_unverified_or_closed()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync();
        var etag = (await admin.GetAsync($"/api/v1/persons/{person.Id}", Ct)).ETag();
        var details = TestData.PersonBody(lastName: "Virtanen");
        var access = await ReadyRequestAsync(admin, "access", person.Id);
        var unverified = await ReadyRequestAsync(admin, "rectification", person.Id, verify: false);
        var closed = await ReadyRequestAsync(admin, "restriction", person.Id);
        await StepAsync(admin, closed, "complete", new { summary = "Nothing to do" });

        (await (await RectifyAsync(admin, access, person.Id, details, etag)).ProblemAsync(HttpStatusCode.Conflict, Ct)).ErrorFields().Should().Equal("status");
        (await RectifyAsync(admin, unverified, person.Id, details, etag)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await admin.PostAsJsonAsync($"/api/v1/requests/{access}/restriction", new { personId = person.Id, reason = "accuracyContested" }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await admin.PostAsJsonAsync($"/api/v1/requests/{closed}/restriction", new { personId = person.Id, reason = "accuracyContested" }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await admin.PostAsJsonAsync($"/api/v1/requests/{access}/objection", new { kind = "directMarketing" }, Ct)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await admin.GetAsync($"/api/v1/requests/{access}/recipients", Ct)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await PersonAsync(admin, person.Id)).LastName.Should().Be("Meikäläinen");

        var (helpdesk, _, _) = await Factory.UserClientAsync("HelpdeskAgent");
        (await helpdesk.PostAsJsonAsync($"/api/v1/requests/{closed}/objection", new { kind = "directMarketing" }, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await helpdesk.GetAsync($"/api/v1/requests/{closed}/recipients", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_restriction_keeps_the_person_out_of_selections_disclosures_partner_reads_and_edits_unless_a_ground_is_recorded_until_lifted()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var person = await ConsumerAsync(admin);
        var partner = await RecipientAsync(admin, Recipient("Kumppani Oy", "partner"));
        await DiscloseAsync(admin, partner.Id, person.Id);
        var secret = await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { recipientId = partner.Id, name = "Integration", scopes = new[] { "persons.read" } }, Ct))
            .ReadAsync<ApiClientSecretDto>(Ct);
        var token = await (await Factory.CreateClient().PostAsync("/api/v1/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = secret.ClientId, ["client_secret"] = secret.ClientSecret,
        }), Ct)).JsonAsync(Ct);
        var partnerClient = Factory.ClientWithToken(token.Str("access_token"));
        var selection = await (await admin.PostAsJsonAsync("/api/v1/marketing/selections", new { name = "Post", purpose = "ownMarketing", channel = "post" }, Ct))
            .JsonAsync(Ct);
        async Task<SelectionPreviewDto> Preview() =>
            await (await admin.GetAsync($"/api/v1/marketing/selections/{selection.Str("id")}/preview", Ct)).ReadAsync<SelectionPreviewDto>(Ct);
        (await Preview()).Included.Should().Be(1);
        (await partnerClient.GetAsync($"/api/v1/partner/persons/{person.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        var requestId = await ReadyRequestAsync(dpo, "restriction", person.Id);
        var until = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

        var restricted = await StepAsync(dpo, requestId, "restriction", new { personId = person.Id, reason = "accuracyContested", note = "Address disputed", until });

        restricted.Restrictions.Should().ContainSingle().Which.Should().Match<RestrictionDto>(r => r.Active && r.Until == until && r.Note == "Address disputed");
        restricted.Timeline.Last().Step.Should().Be(RequestStep.Restricted);
        var marked = await PersonAsync(admin, person.Id);
        marked.ProcessingRestricted.Should().BeTrue();
        marked.Restriction.Should().Be(new PersonRestrictionDto(RestrictionReason.AccuracyContested, restricted.Restrictions[0].From, until, requestId));
        (await NoticesAsync(admin, partner.Id)).Should().ContainSingle(n => n.Type == NoticeType.ProcessingRestricted && n.PersonId == person.Id);
        (await Preview()).Should().Match<SelectionPreviewDto>(p => p.Included == 0 && p.Excluded[ExclusionReason.Restricted] == 1);
        (await partnerClient.GetAsync($"/api/v1/partner/persons/{person.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await admin.PostAsJsonAsync("/api/v1/disclosures", Disclosure(partner.Id, person.Id), Ct)).ProblemAsync(HttpStatusCode.Conflict, Ct))
            .ErrorFields().Should().Equal("restrictionGround");
        var etag = (await admin.GetAsync($"/api/v1/persons/{person.Id}", Ct)).ETag();
        (await (await admin.PutJsonAsync($"/api/v1/persons/{person.Id}", TestData.PersonBody(lastName: "Muokattu"), etag, Ct))
            .ProblemAsync(HttpStatusCode.Conflict, Ct)).ErrorFields().Should().Equal("restrictionGround");
        var customerId = marked.Customers.Single().Id;
        (await (await admin.PostAsJsonAsync($"/api/v1/customers/{customerId}/interests", new { tag = "Gaming" }, Ct)).ProblemAsync(HttpStatusCode.Conflict, Ct))
            .ErrorFields().Should().Equal(new[] { "restrictionGround" }, "a consumer customer's records are its person's data");
        (await admin.PostAsJsonAsync($"/api/v1/customers/{customerId}/contacts", new { channel = "phoneIn", personId = person.Id, topic = "Wants a new laptop" }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await admin.PostAsJsonAsync($"/api/v1/requests/{requestId}/restriction", new { personId = person.Id, reason = "unlawfulProcessing" }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.Conflict, "one restriction holds at a time");

        // Art. 18(2): collecting an open invoice is a legal claim; the use is allowed and recorded with its ground.
        var underGround = await (await admin.PostAsJsonAsync("/api/v1/disclosures", Disclosure(partner.Id, person.Id, "legalClaims"), Ct)).ReadAsync<DisclosureDto>(Ct);
        (await admin.PutJsonAsync($"/api/v1/persons/{person.Id}", new { firstName = "Maija", lastName = "Muokattu", email = "maija@example.fi", phone = "040 123 4567",
            language = "fi", address = new { street = "Korppaanmäentie 27", postalCode = "00300", city = "Helsinki", country = "FI" }, restrictionGround = "consent" }, etag, Ct))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await admin.PostAsJsonAsync($"/api/v1/customers/{customerId}/contacts",
            new { channel = "phoneIn", personId = person.Id, topic = "Disputes the open invoice", restrictionGround = "legalClaims" }, Ct)).StatusCode.Should().Be(HttpStatusCode.Created);
        var audit = await (await admin.GetAsync($"/api/v1/audit?personId={person.Id}&action=disclosure.create", Ct)).ReadAsync<PagedResult<AuditRecordDto>>(Ct);
        audit.Items.Should().ContainSingle(a => a.Fields.Contains("restrictionGround:legalClaims"), "the refused attempt left no disclosure, the allowed one names its ground");
        (await UsesAsync(person.Id)).Should().BeEquivalentTo([("LegalClaims", $"disclosure:{underGround.Id}"), ("Consent", "person.update"), ("LegalClaims", "contact.create")]);

        (await (await dpo.PostAsJsonAsync($"/api/v1/requests/{requestId}/restriction/lift", new { personId = person.Id }, Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Contain("personToldAt");
        (await dpo.PostAsJsonAsync($"/api/v1/requests/{requestId}/restriction/lift", new { personId = person.Id, personToldAt = DateTimeOffset.UtcNow.AddHours(1) }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest, "the person is told before, not after");
        var toldAt = DateTimeOffset.UtcNow;
        var lifted = await StepAsync(dpo, requestId, "restriction/lift", new { personId = person.Id, personToldAt = toldAt });

        lifted.Restrictions.Single().Should().Match<RestrictionDto>(r => !r.Active && r.LiftedBy != null && r.PersonToldAt!.Value.ToUnixTimeSeconds() == toldAt.ToUnixTimeSeconds());
        lifted.Timeline.Last().Step.Should().Be(RequestStep.RestrictionLifted);
        (await PersonAsync(admin, person.Id)).Should().Match<PersonDto>(p => !p.ProcessingRestricted && p.Restriction == null);
        (await Preview()).Included.Should().Be(1);
        (await partnerClient.GetAsync($"/api/v1/partner/persons/{person.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<List<(string Ground, string Use)>> UsesAsync(Guid personId)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT ground, use FROM restricted_uses WHERE person_id = @p ORDER BY id", connection);
        command.Parameters.AddWithValue("p", personId);
        var uses = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct)) uses.Add((reader.GetString(0), reader.GetString(1)));
        return uses;
    }

    [Fact]
    public async Task An_objection_to_direct_marketing_bans_every_channel_and_every_partner_at_once_and_tells_the_recipients()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var person = await ConsumerAsync(admin);
        var recipient = await RecipientAsync(admin, Recipient("Käsittelijä Oy"));
        await DiscloseAsync(admin, recipient.Id, person.Id);
        var requestId = await ReadyRequestAsync(dpo, "objection", person.Id);

        var objected = await StepAsync(dpo, requestId, "objection", new { kind = "directMarketing", note = "No more letters" });

        objected.Objection.Should().Match<ObjectionDto>(o => o.Kind == ObjectionKind.DirectMarketing && o.Decision == null);
        objected.Timeline.Last().Step.Should().Be(RequestStep.Objected);
        var bans = await (await admin.GetAsync($"/api/v1/persons/{person.Id}/prohibitions", Ct)).ReadAsync<List<ProhibitionDto>>(Ct);
        bans.Where(b => b.Active).Select(b => (b.Kind, b.Channel)).Should().BeEquivalentTo([
            (ProhibitionKind.DirectMarketing, Channel.All), (ProhibitionKind.PartnerDisclosure, Channel.All)]);
        (await NoticesAsync(admin, recipient.Id)).Should().ContainSingle(n => n.Type == NoticeType.Objected && n.PersonId == person.Id);
        var selection = await (await admin.PostAsJsonAsync("/api/v1/marketing/selections", new { name = "Post", purpose = "ownMarketing", channel = "post" }, Ct))
            .JsonAsync(Ct);
        (await (await admin.GetAsync($"/api/v1/marketing/selections/{selection.Str("id")}/preview", Ct)).ReadAsync<SelectionPreviewDto>(Ct))
            .Should().Match<SelectionPreviewDto>(p => p.Included == 0 && p.Excluded[ExclusionReason.OwnBan] == 1);
        (await PersonAsync(admin, person.Id)).ProcessingRestricted.Should().BeFalse("other processing goes on");
        (await dpo.PostAsJsonAsync($"/api/v1/requests/{requestId}/objection", new { kind = "directMarketing" }, Ct)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await dpo.PostAsJsonAsync($"/api/v1/requests/{requestId}/objection/decision", new { decision = "upheld", reasons = "x" }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.Conflict, "an objection to direct marketing is not weighed");
    }

    [Fact]
    public async Task An_objection_to_other_processing_restricts_it_while_pending_and_the_decision_is_recorded_with_its_reasons()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var dismissedPerson = await ConsumerAsync(admin, "Hylätty");
        var upheldPerson = await ConsumerAsync(admin, "Hyväksytty");
        var dismissed = await ReadyRequestAsync(dpo, "objection", dismissedPerson.Id);
        var upheld = await ReadyRequestAsync(dpo, "objection", upheldPerson.Id);

        var pending = await StepAsync(dpo, dismissed, "objection", new { kind = "otherProcessing", note = "Objects to customer-satisfaction calls" });
        await StepAsync(dpo, upheld, "objection", new { kind = "otherProcessing" });

        pending.Objection!.Decision.Should().BeNull();
        pending.Restrictions.Should().ContainSingle().Which.Reason.Should().Be(RestrictionReason.ObjectionPending);
        (await PersonAsync(admin, dismissedPerson.Id)).Restriction!.Reason.Should().Be(RestrictionReason.ObjectionPending);
        (await (await dpo.PostAsJsonAsync($"/api/v1/requests/{dismissed}/objection/decision", new { decision = "dismissed", reasons = "Legal claims" }, Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Contain("personToldAt");
        (await (await dpo.PostAsJsonAsync($"/api/v1/requests/{dismissed}/objection/decision", new { decision = "dismissed" }, Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Contain("reasons");

        var decided = await StepAsync(dpo, dismissed, "objection/decision",
            new { decision = "dismissed", reasons = "Compelling legitimate grounds: warranty recall", personToldAt = DateTimeOffset.UtcNow });
        var stopped = await StepAsync(dpo, upheld, "objection/decision", new { decision = "upheld", reasons = "No compelling grounds" });

        decided.Objection.Should().Match<ObjectionDto>(o => o.Decision == ObjectionDecision.Dismissed && o.Reasons == "Compelling legitimate grounds: warranty recall");
        decided.Timeline.Select(e => e.Step).Should().EndWith([RequestStep.ObjectionDecided, RequestStep.RestrictionLifted]);
        (await PersonAsync(admin, dismissedPerson.Id)).ProcessingRestricted.Should().BeFalse();
        stopped.Objection!.Decision.Should().Be(ObjectionDecision.Upheld);
        (await PersonAsync(admin, upheldPerson.Id)).ProcessingRestricted.Should().BeTrue("the processing objected to stops");
        (await dpo.PostAsJsonAsync($"/api/v1/requests/{upheld}/objection/decision", new { decision = "dismissed", reasons = "Again", personToldAt = DateTimeOffset.UtcNow },
            Ct)).StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_recipients_to_tell_show_each_webhook_notice_s_delivery_and_the_notices_recorded_by_hand()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var person = await ConsumerAsync(admin);
        using var receiver = new WebhookReceiver();
        var hooked = await RecipientAsync(admin, Recipient("Webhook Oy", webhookUrl: receiver.Url));
        var unhooked = await RecipientAsync(admin, Recipient("Kirje Oy"));
        var stranger = await RecipientAsync(admin, Recipient("Vieras Oy"));
        await DiscloseAsync(admin, hooked.Id, person.Id);
        await DiscloseAsync(admin, unhooked.Id, person.Id);
        await DiscloseAsync(admin, unhooked.Id, person.Id);
        var requestId = await ReadyRequestAsync(dpo, "restriction", person.Id);
        await StepAsync(dpo, requestId, "restriction", new { personId = person.Id, reason = "unlawfulProcessing" });
        await Factory.Services.GetRequiredService<WebhookDispatcher>().DispatchDueAsync(Ct);

        var recipients = await (await dpo.GetAsync($"/api/v1/requests/{requestId}/recipients", Ct)).ReadAsync<List<RequestRecipientDto>>(Ct);

        recipients.Select(r => r.Name).Should().Equal("Kirje Oy", "Webhook Oy");
        recipients[0].Should().Match<RequestRecipientDto>(r => !r.HasWebhook && !r.Told && r.Disclosures == 2 && r.Type == RecipientType.Processor
            && r.DisclosureKinds.SequenceEqual(new[] { DisclosureKind.Manual }) && r.PersonIds.SequenceEqual(new[] { person.Id }));
        recipients[0].WebhookNotices.Should().ContainSingle().Which.Delivery.Should().Be(WebhookDelivery.Failed);
        recipients[1].Should().Match<RequestRecipientDto>(r => r.HasWebhook && r.Told);
        recipients[1].WebhookNotices.Should().ContainSingle().Which.Should().Match<WebhookNoticeDto>(n =>
            n.Delivery == WebhookDelivery.Delivered && n.Attempts == 1 && n.Type == NoticeType.ProcessingRestricted);

        var told = await StepAsync(dpo, requestId, $"recipients/{unhooked.Id}/manual-notice",
            new { method = "letter", toldAt = DateTimeOffset.UtcNow.AddMinutes(-5), note = "Letter sent to the DPO of Kirje Oy" });
        told.Timeline.Last().Should().Match<RequestEventDto>(e => e.Step == RequestStep.RecipientToldManually && e.Detail!.StartsWith("Kirje Oy"));
        var after = await (await dpo.GetAsync($"/api/v1/requests/{requestId}/recipients", Ct)).ReadAsync<List<RequestRecipientDto>>(Ct);
        after[0].Should().Match<RequestRecipientDto>(r => r.Told && r.ManualNotices.Single().Method == ManualNoticeMethod.Letter
            && r.ManualNotices.Single().Note == "Letter sent to the DPO of Kirje Oy");
        var csv = (await dpo.GetStringAsync($"/api/v1/requests/{requestId}/recipients/export", Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        csv[0].TrimStart('\uFEFF').Should().Be("recipient,type,country,received,firstDisclosed,lastDisclosed,webhook,webhookDelivered,toldByHand,toldByHandAt");
        csv.Should().HaveCount(3);
        csv[1].Should().StartWith("Kirje Oy,processor,FI,manual,").And.Contain(",failed,,letter,");
        csv[2].Should().StartWith("Webhook Oy,processor,FI,manual,").And.Contain(",delivered,").And.EndWith(",,");
        (await dpo.PostAsJsonAsync($"/api/v1/requests/{requestId}/recipients/{stranger.Id}/manual-notice", new { method = "email" }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.Conflict, "the recipient never received the person's data");
        (await dpo.PostAsJsonAsync($"/api/v1/requests/{requestId}/recipients/{unhooked.Id}/manual-notice", new { method = "email", toldAt = DateTimeOffset.UtcNow.AddDays(1) },
            Ct)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
