using System.Net;
using System.Net.Http.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Audit;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Persons;
using HsWorks.Application.Users;
using HsWorks.Domain.Persons;

namespace HsWorks.Api.IntegrationTests;

/// <summary>Races, partial inputs and the edges of enums and paging.</summary>
public sealed class HardeningTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Parallel_wrong_passwords_all_count_towards_the_lockout()
    {
        var (_, user, password) = await Factory.UserClientAsync("HelpdeskAgent");
        var attempts = Enumerable.Range(0, 5).Select(_ =>
            Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username = user.Username, password = "Wrong-Password-9" }, Ct));
        (await Task.WhenAll(attempts)).Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Unauthorized);

        var right = await Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username = user.Username, password }, Ct);

        right.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "five failures, even at once, lock the account");
    }

    [Theory]
    [InlineData("Auditor,Billing")]
    [InlineData("Sales, Marketing")]
    [InlineData("15")]
    public async Task An_access_level_must_be_exactly_one_known_name(string accessLevel)
    {
        var admin = await Factory.AdminClientAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/users",
            new { username = "combo", displayName = "Combo", accessLevel, password = "Temporary-Pass-1" }, Ct);
        (await response.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Equal("accessLevel");
    }

    [Fact]
    public async Task An_update_that_leaves_out_the_non_disclosure_marking_keeps_it()
    {
        var (admin, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var body = HttpTestExtensions.PersonJson();
        body["nonDisclosure"] = true;
        body["language"] = "sv";
        var created = await (await admin.PostAsJsonAsync("/api/v1/persons", body, Ct)).ReadAsync<PersonDto>(Ct);

        var partial = HttpTestExtensions.PersonJson(phone: "040 999 8888");
        partial.Remove("nonDisclosure");
        partial.Remove("language");
        var updated = await (await admin.PutJsonAsync($"/api/v1/persons/{created.Id}", partial, $"\"{created.Version}\"", Ct)).ReadAsync<PersonDto>(Ct);

        updated.NonDisclosure.Should().BeTrue();
        updated.Language.Should().Be(Language.Sv);
        updated.PhoneDisplay.Should().Be("040 999 8888");
    }

    [Fact]
    public async Task A_page_far_beyond_the_end_is_empty_not_an_error()
    {
        var admin = await Factory.AdminClientAsync();
        var page = await (await admin.GetAsync("/api/v1/persons?page=2147483647&pageSize=100", Ct)).ReadAsync<PagedResult<PersonSummary>>(Ct);
        page.Items.Should().BeEmpty();
        (await admin.GetAsync("/api/v1/search?q=virtanen&page=2147483647&pageSize=100", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_administrative_change_is_audited_with_the_account_it_was_about()
    {
        var (_, user, _) = await Factory.UserClientAsync("Sales");
        var admin = await Factory.AdminClientAsync();
        await admin.PutJsonAsync($"/api/v1/users/{user.Id}", new { displayName = "Renamed", accessLevel = "Marketing", enabled = true }, null, Ct);

        var audit = await (await admin.GetAsync($"/api/v1/audit?userId={user.Id}&action=user.update", Ct)).ReadAsync<PagedResult<AuditRecordDto>>(Ct);

        audit.Items.Should().ContainSingle().Which.Should().Match<AuditRecordDto>(r =>
            r.TargetUserId == user.Id && r.Username == "admin" && r.Fields.Contains("accessLevel"));
    }

    [Fact]
    public async Task Showing_a_consumer_customer_in_search_is_audited_as_a_read_of_its_person()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync(TestData.PersonBody("Kerttu", "Kuluttajanen"));
        var customer = await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id });
        var login = await Factory.LoginAsync("admin", ApiFactory.AdminPassword);
        var searcher = Factory.ClientWithToken(login.AccessToken);

        await searcher.GetAsync("/api/v1/search?q=kuluttajanen", Ct);

        var audit = await (await admin.GetAsync($"/api/v1/audit?customerId={customer.Id}&action=search", Ct)).ReadAsync<PagedResult<AuditRecordDto>>(Ct);
        audit.Items.Should().ContainSingle().Which.PersonIds.Should().Contain(person.Id);
    }
}
