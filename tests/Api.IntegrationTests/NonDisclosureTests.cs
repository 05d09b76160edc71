using System.Net;
using System.Net.Http.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Audit;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Customers;
using HsWorks.Application.Disclosures;
using HsWorks.Application.NonDisclosure;
using HsWorks.Application.Persons;
using HsWorks.Domain.Users;
using HsWorks.Domain.NonDisclosure;
using HsWorks.Domain.Persons;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// The non-disclosure marking (turvakielto, issue 10.2): the address is hidden from every level without
/// persons.readProtectedAddress, only DataProtectionOfficer sets or lifts the marking, and a caller's or
/// a lead's word on it is a claim that hides the address until the DPO decides.
/// </summary>
public sealed class NonDisclosureTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Marked(string firstName, bool nonDisclosure = true) => new
    {
        firstName, lastName = "Turvallinen", email = $"{firstName.ToLowerInvariant()}@example.fi", phone = "040 123 4567", language = "fi",
        address = new { street = "Salainen polku 1", postalCode = "99999", city = "Salakylä", country = "FI" }, source = "subject", nonDisclosure,
    };

    private static bool SeesProtectedAddress(AccessLevel level) => level is AccessLevel.Administrator or AccessLevel.DataProtectionOfficer;

    [Fact]
    public async Task A_marked_person_s_address_city_and_e_mail_are_hidden_from_every_level_without_the_permission()
    {
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var person = await dpo.CreatePersonAsync(Marked("Sinikka"));
        await dpo.CreateCustomerAsync(new { type = "consumer", personId = person.Id, customerSince = "2020-01-01", productGroups = Array.Empty<string>() });
        var failures = new List<string>();

        foreach (var level in Enum.GetValues<AccessLevel>())
        {
            var client = level == AccessLevel.DataProtectionOfficer ? dpo : (await Factory.UserClientAsync(level.ToString())).Client;
            var sees = SeesProtectedAddress(level);

            var read = await (await client.GetAsync($"/api/v1/persons/{person.Id}", Ct)).ReadAsync<PersonDto>(Ct);
            if (!read.NonDisclosure) failures.Add($"{level}: the person view does not say the marking exists");
            if (read.AddressHidden == sees || (read.Address is not null) != sees) failures.Add($"{level}: person address shown={read.Address is not null}");

            var found = await (await client.GetAsync("/api/v1/search?q=Sinikka", Ct)).ReadAsync<SearchResults>(Ct);
            var hit = found.Items.Single(i => i.Id == person.Id);
            if ((hit.Detail?.Contains("Salakylä") ?? false) != sees || (hit.Detail?.Contains("sinikka@") ?? false) != sees)
                failures.Add($"{level}: search detail '{hit.Detail}'");

            var persons = await (await client.GetAsync("/api/v1/persons?q=Sinikka", Ct)).ReadAsync<PagedResult<PersonSummary>>(Ct);
            var listed = persons.Items.Single(p => p.Id == person.Id);
            if ((listed.City is not null) != sees || (listed.Email is not null) != sees) failures.Add($"{level}: person list city={listed.City} email={listed.Email}");

            var customers = await (await client.GetAsync("/api/v1/customers?q=Sinikka", Ct)).ReadAsync<PagedResult<CustomerSummary>>(Ct);
            if ((customers.Items.Single().City is not null) != sees) failures.Add($"{level}: customer list city={customers.Items.Single().City}");
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task Helpdesk_and_the_administrator_cannot_set_or_lift_the_marking_nor_name_the_population_register()
    {
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var (helpdesk, _, _) = await Factory.UserClientAsync("HelpdeskAgent");
        var admin = await Factory.AdminClientAsync();

        (await helpdesk.PostAsJsonAsync("/api/v1/persons", Marked("Helka"), Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await admin.PostAsJsonAsync("/api/v1/persons", Marked("Aada"), Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var fromRegister = HttpTestExtensions.PersonJson();
        fromRegister["source"] = "populationRegister";
        (await helpdesk.PostAsJsonAsync("/api/v1/persons", fromRegister, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var marked = await dpo.CreatePersonAsync(Marked("Merja"));
        var lift = HttpTestExtensions.PersonJson("Merja", "Turvallinen");
        lift["nonDisclosure"] = false;
        (await helpdesk.PutJsonAsync($"/api/v1/persons/{marked.Id}", lift, $"\"{marked.Version}\"", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // An edit that leaves the marking and the hidden address out keeps both.
        var edit = HttpTestExtensions.PersonJson("Merja", "Turvallinen", phone: "040 999 8888");
        edit.Remove("nonDisclosure");
        edit.Remove("address");
        var edited = await (await helpdesk.PutJsonAsync($"/api/v1/persons/{marked.Id}", edit, $"\"{marked.Version}\"", Ct)).ReadAsync<PersonDto>(Ct);
        edited.Should().Match<PersonDto>(p => p.NonDisclosure && p.AddressHidden && p.Address == null && p.PhoneDisplay == "040 999 8888");
        var asDpo = await (await dpo.GetAsync($"/api/v1/persons/{marked.Id}", Ct)).ReadAsync<PersonDto>(Ct);
        asDpo.Address!.City.Should().Be("Salakylä", "the stored address was not erased by someone who could not see it");

        var history = await (await dpo.GetAsync($"/api/v1/persons/{marked.Id}/non-disclosure-history", Ct)).ReadAsync<List<NonDisclosureChangeDto>>(Ct);
        history.Should().ContainSingle().Which.Marked.Should().BeTrue();
    }

    [Fact]
    public async Task A_caller_s_claim_hides_the_address_at_once_and_the_data_protection_officer_confirms_or_rejects_it()
    {
        var (dpo, dpoUser, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var (helpdesk, _, _) = await Factory.UserClientAsync("HelpdeskAgent");
        var rejected = await helpdesk.CreatePersonAsync(Marked("Riikka", nonDisclosure: false));
        var confirmed = await helpdesk.CreatePersonAsync(Marked("Kaisa", nonDisclosure: false));

        var claim = await helpdesk.PostAsJsonAsync($"/api/v1/persons/{rejected.Id}/non-disclosure-claims", new { note = "Caller says she has a marking" }, Ct);
        claim.StatusCode.Should().Be(HttpStatusCode.Created);
        var opened = await claim.ReadAsync<NonDisclosureClaimDto>(Ct);
        var again = await helpdesk.PostAsJsonAsync($"/api/v1/persons/{rejected.Id}/non-disclosure-claims", new { }, Ct);
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await again.ReadAsync<NonDisclosureClaimDto>(Ct)).Id.Should().Be(opened.Id, "one claim is open at a time");
        var other = await (await helpdesk.PostAsJsonAsync($"/api/v1/persons/{confirmed.Id}/non-disclosure-claims", new { }, Ct)).ReadAsync<NonDisclosureClaimDto>(Ct);

        var hidden = await (await helpdesk.GetAsync($"/api/v1/persons/{rejected.Id}", Ct)).ReadAsync<PersonDto>(Ct);
        hidden.Should().Match<PersonDto>(p => !p.NonDisclosure && p.NonDisclosureClaimPending && p.AddressHidden && p.Address == null);
        (await helpdesk.GetAsync("/api/v1/non-disclosure-claims", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await helpdesk.PostAsJsonAsync($"/api/v1/non-disclosure-claims/{opened.Id}/decision", new { outcome = "confirmed" }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var open = await (await dpo.GetAsync("/api/v1/non-disclosure-claims", Ct)).ReadAsync<PagedResult<NonDisclosureClaimDto>>(Ct);
        open.Items.Select(c => c.Id).Should().Equal(opened.Id, other.Id);
        open.Items[0].Should().Match<NonDisclosureClaimDto>(c => c.Origin == NonDisclosureClaimOrigin.Staff && c.Note == "Caller says she has a marking" && c.PersonName == "Riikka Turvallinen");

        var no = await (await dpo.PostAsJsonAsync($"/api/v1/non-disclosure-claims/{opened.Id}/decision",
            new { outcome = "rejected", note = "Not in the Population Register" }, Ct)).ReadAsync<NonDisclosureClaimDto>(Ct);
        no.Should().Match<NonDisclosureClaimDto>(c => c.Outcome == NonDisclosureClaimOutcome.Rejected && c.DecidedBy == dpoUser.Username);
        (await (await helpdesk.GetAsync($"/api/v1/persons/{rejected.Id}", Ct)).ReadAsync<PersonDto>(Ct)).Address!.City.Should().Be("Salakylä");
        (await dpo.PostAsJsonAsync($"/api/v1/non-disclosure-claims/{opened.Id}/decision", new { outcome = "confirmed" }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.Conflict, "a decided claim stays decided");

        (await dpo.PostAsJsonAsync($"/api/v1/non-disclosure-claims/{other.Id}/decision", new { outcome = "confirmed", note = "Checked" }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var marked = await (await helpdesk.GetAsync($"/api/v1/persons/{confirmed.Id}", Ct)).ReadAsync<PersonDto>(Ct);
        marked.Should().Match<PersonDto>(p => p.NonDisclosure && !p.NonDisclosureClaimPending && p.AddressHidden);
        var history = await (await dpo.GetAsync($"/api/v1/persons/{confirmed.Id}/non-disclosure-history", Ct)).ReadAsync<List<NonDisclosureChangeDto>>(Ct);
        history.Should().ContainSingle().Which.Should().Match<NonDisclosureChangeDto>(h => h.Marked && h.Source == DataSource.Subject && h.ChangedBy == dpoUser.Username);

        var decided = await (await dpo.GetAsync("/api/v1/non-disclosure-claims?decided=true", Ct)).ReadAsync<PagedResult<NonDisclosureClaimDto>>(Ct);
        decided.Items.Select(c => (c.Id, c.Outcome)).Should().BeEquivalentTo([(opened.Id, (NonDisclosureClaimOutcome?)NonDisclosureClaimOutcome.Rejected), (other.Id, NonDisclosureClaimOutcome.Confirmed)]);
        (await (await dpo.GetAsync("/api/v1/non-disclosure-claims", Ct)).ReadAsync<PagedResult<NonDisclosureClaimDto>>(Ct)).Items.Should().BeEmpty();
        var audit = await (await dpo.GetAsync($"/api/v1/audit?personId={rejected.Id}", Ct)).ReadAsync<PagedResult<AuditRecordDto>>(Ct);
        audit.Items.Select(a => a.Action).Should().Contain(["nonDisclosure.claim", "nonDisclosure.decide"]);
    }

    [Fact]
    public async Task A_manual_disclosure_with_the_address_of_a_marked_person_is_refused_in_the_caller_s_language()
    {
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var (helpdesk, _, _) = await Factory.UserClientAsync("HelpdeskAgent");
        var marked = await dpo.CreatePersonAsync(Marked("Mirja"));
        var claimed = await helpdesk.CreatePersonAsync(Marked("Klaara", nonDisclosure: false));
        (await helpdesk.PostAsJsonAsync($"/api/v1/persons/{claimed.Id}/non-disclosure-claims", new { }, Ct)).EnsureSuccessStatusCode();
        var plain = await helpdesk.CreatePersonAsync(Marked("Paula", nonDisclosure: false));
        var recipient = await (await dpo.PostAsJsonAsync("/api/v1/recipients", new
        {
            name = "Poliisi", type = "authority", country = "FI", purposes = new[] { "misusePrevention" }, dataCategories = new[] { "basic", "address" },
            agreementReference = "Virka-apupyyntö 2026/12",
        }, Ct)).ReadAsync<RecipientDto>(Ct);

        HttpRequestMessage Disclose(string[] categories, params Guid[] personIds)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/disclosures")
            {
                Content = JsonContent.Create(new
                {
                    recipientId = recipient.Id, purpose = "misusePrevention", legalBasis = "legalObligation", dataCategories = categories, personIds,
                    legalReference = "Poliisilaki 872/2011, 4 luku 3 §",
                }),
            };
            request.Headers.AcceptLanguage.ParseAdd("fi");
            return request;
        }

        var refused = await (await dpo.SendAsync(Disclose(["basic", "address"], plain.Id, marked.Id, claimed.Id), Ct)).ProblemAsync(HttpStatusCode.Conflict, Ct);
        refused.Str("type").Should().EndWith("/disclosure-refused");
        refused.Str("detail").Should().Contain("2 henkilöistä on turvakielto");
        (await dpo.SendAsync(Disclose(["basic", "address"], plain.Id), Ct)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await dpo.SendAsync(Disclose(["basic"], plain.Id, marked.Id), Ct)).StatusCode.Should().Be(HttpStatusCode.Created, "the names are not what the marking protects");
    }
}
