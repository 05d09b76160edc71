using System.Net;
using System.Net.Http.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Audit;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Consents;
using HsWorks.Application.NonDisclosure;
using HsWorks.Application.Prohibitions;
using HsWorks.Application.Purposes;
using Npgsql;
using HsWorks.Domain.Prohibitions;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Purposes;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Consents;

namespace HsWorks.Api.IntegrationTests;

/// <summary>Purposes, the consent ledger and marketing bans (issue 4, first part).</summary>
public sealed class ConsentsTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Consent(string action, string channel = "email", string purpose = "ownMarketing") =>
        new { purpose, channel, action, source = "phoneCall", evidence = "Call 2026-11-25 10:02, recording #118: customer agreed to e-mail offers" };

    [Fact]
    public async Task The_purpose_catalogue_is_seeded_with_legal_bases_and_marketing_kept_apart()
    {
        var admin = await Factory.AdminClientAsync();
        var purposes = await (await admin.GetAsync("/api/v1/purposes", Ct)).ReadAsync<List<PurposeDto>>(Ct);

        purposes.Select(p => p.Code).Should().Contain(["customerService", "invoicing", "ownMarketing", "partnerMarketing", "marketResearch"]);
        purposes.Single(p => p.Code == "customerService").Should().Match<PurposeDto>(p => p.LegalBasis == LegalBasis.Contract && !p.IsMarketing);
        purposes.Single(p => p.Code == "ownMarketing").Should().Match<PurposeDto>(p => p.LegalBasis == LegalBasis.Consent && p.IsMarketing);
    }

    [Fact]
    public async Task A_consent_recorded_with_evidence_and_then_withdrawn_shows_both_in_the_history()
    {
        var (agent, agentUser, _) = await Factory.UserClientAsync("HelpdeskAgent");
        var person = await (await Factory.AdminClientAsync()).CreatePersonAsync();

        (await agent.PostAsJsonAsync($"/api/v1/persons/{person.Id}/consents", Consent("given"), Ct)).StatusCode.Should().Be(HttpStatusCode.Created);
        var afterGiving = await (await agent.GetAsync($"/api/v1/persons/{person.Id}/consents", Ct)).ReadAsync<ConsentsDto>(Ct);
        afterGiving.Current.Should().ContainSingle().Which.Should().Match<ConsentStateDto>(s => s.Purpose == "ownMarketing" && s.Channel == Channel.Email && s.State == ConsentAction.Given);

        (await agent.PostAsJsonAsync($"/api/v1/persons/{person.Id}/consents", Consent("withdrawn"), Ct)).StatusCode.Should().Be(HttpStatusCode.Created);
        var consents = await (await agent.GetAsync($"/api/v1/persons/{person.Id}/consents", Ct)).ReadAsync<ConsentsDto>(Ct);

        consents.Current.Single().State.Should().Be(ConsentAction.Withdrawn);
        consents.History.Select(e => e.Action).Should().Equal(ConsentAction.Withdrawn, ConsentAction.Given);
        consents.History.Should().OnlyContain(e => e.Evidence.Contains("recording #118") && e.Source == ConsentSource.PhoneCall && e.RecordedBy == agentUser.Username);
    }

    [Fact]
    public async Task A_consent_for_a_purpose_not_based_on_consent_is_refused()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync();
        var response = await admin.PostAsJsonAsync($"/api/v1/persons/{person.Id}/consents", Consent("given", purpose: "customerService"), Ct);
        (await response.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Equal("purpose");
    }

    [Theory]
    [InlineData("fax", "channel")]
    [InlineData("email", "evidence")]
    public async Task A_consent_with_bad_input_names_the_field(string channel, string field)
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync();
        var response = await admin.PostAsJsonAsync($"/api/v1/persons/{person.Id}/consents",
            new { purpose = "ownMarketing", channel, action = "given", evidence = field == "evidence" ? "" : "x" }, Ct);
        (await response.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Contain(field);
    }

    [Fact]
    public async Task The_consent_ledger_refuses_to_be_rewritten()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync();
        await admin.PostAsJsonAsync($"/api/v1/persons/{person.Id}/consents", Consent("given"), Ct);
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var update = new NpgsqlCommand("UPDATE consent_events SET action = 'Withdrawn'", connection);

        var act = async () => await update.ExecuteNonQueryAsync(Ct);

        (await act.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain("append-only");
    }

    [Fact]
    public async Task A_ban_is_recorded_by_whoever_takes_it_only_the_data_protection_officer_lifts_it_and_both_steps_are_audited()
    {
        var admin = await Factory.AdminClientAsync();
        var (helpdesk, _, _) = await Factory.UserClientAsync("HelpdeskAgent");
        var (marketer, _, _) = await Factory.UserClientAsync("Marketing");
        var (dpo, dpoUser, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var person = await admin.CreatePersonAsync();
        var ban = await (await helpdesk.PostAsJsonAsync($"/api/v1/persons/{person.Id}/prohibitions",
            new { kind = "partnerDisclosure", channel = "all", reason = "Asked on the phone" }, Ct)).ReadAsync<ProhibitionDto>(Ct);
        ban.Active.Should().BeTrue();

        foreach (var other in new[] { helpdesk, marketer, admin })
            (await other.PostAsync($"/api/v1/persons/{person.Id}/prohibitions/{ban.Id}/lift", null, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await (await admin.GetAsync($"/api/v1/persons/{person.Id}/prohibitions", Ct)).ReadAsync<List<ProhibitionDto>>(Ct)).Single().Active.Should().BeTrue();
        var lifted = await (await dpo.PostAsync($"/api/v1/persons/{person.Id}/prohibitions/{ban.Id}/lift", null, Ct)).ReadAsync<ProhibitionDto>(Ct);

        lifted.Active.Should().BeFalse();
        lifted.LiftedBy.Should().Be(dpoUser.Username);
        var history = await (await admin.GetAsync($"/api/v1/persons/{person.Id}/prohibitions", Ct)).ReadAsync<List<ProhibitionDto>>(Ct);
        history.Should().ContainSingle().Which.Kind.Should().Be(ProhibitionKind.PartnerDisclosure);
        var audit = await (await admin.GetAsync($"/api/v1/audit?personId={person.Id}", Ct)).ReadAsync<PagedResult<AuditRecordDto>>(Ct);
        audit.Items.Select(a => a.Action).Should().Contain(["prohibition.create", "prohibition.lift"]);
        (await dpo.PostAsync($"/api/v1/persons/{person.Id}/prohibitions/{ban.Id}/lift", null, Ct)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_purpose_revision_keeps_the_earlier_version()
    {
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var purposes = await (await dpo.GetAsync("/api/v1/purposes", Ct)).ReadAsync<List<PurposeDto>>(Ct);
        var research = purposes.Single(p => p.Code == "marketResearch");

        var revised = await (await dpo.PutAsJsonAsync($"/api/v1/purposes/{research.Id}", new
        {
            code = "marketResearch", nameFi = research.NameFi, nameSv = research.NameSv, nameEn = "Market research and surveys",
            legalBasis = "consent", isMarketing = true, dataCategories = new[] { "basic", "interests", "contract" },
        }, Ct)).ReadAsync<PurposeDto>(Ct);

        revised.Version.Should().Be(research.Version + 1);
        var versions = await (await dpo.GetAsync($"/api/v1/purposes/{research.Id}/versions", Ct)).ReadAsync<List<PurposeVersionDto>>(Ct);
        versions.Select(v => v.NameEn).Should().Equal("Market research", "Market research and surveys");
    }

    [Fact]
    public async Task Setting_and_clearing_the_non_disclosure_marking_is_kept_as_history_with_its_source()
    {
        var (admin, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var body = HttpTestExtensions.PersonJson();
        var person = await (await admin.PostAsJsonAsync("/api/v1/persons", body, Ct)).ReadAsync<HsWorks.Application.Persons.PersonDto>(Ct);
        body["nonDisclosure"] = true;
        body["source"] = "populationRegister";
        var marked = await (await admin.PutJsonAsync($"/api/v1/persons/{person.Id}", body, $"\"{person.Version}\"", Ct)).ReadAsync<HsWorks.Application.Persons.PersonDto>(Ct);
        body["nonDisclosure"] = false;
        body["source"] = "staff";
        await admin.PutJsonAsync($"/api/v1/persons/{person.Id}", body, $"\"{marked.Version}\"", Ct);

        var history = await (await admin.GetAsync($"/api/v1/persons/{person.Id}/non-disclosure-history", Ct)).ReadAsync<List<NonDisclosureChangeDto>>(Ct);

        history.Select(h => (h.Marked, h.Source)).Should().Equal((false, DataSource.Staff), (true, DataSource.PopulationRegister));
    }
}
