using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Audit;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Marketing;
using HsWorks.Infrastructure.Persistence;
using Npgsql;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// Issue 10, item 8: every too long or malformed input is a 4xx problem, never a 500; refused staff
/// requests are audited; every export's audit record names the export.
/// </summary>
public sealed class InputAndRefusalTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_NUL_byte_in_a_sign_in_name_is_a_400_problem_naming_the_field()
    {
        var response = await Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username = "ad\0min", password = "whatever-1" }, Ct);
        (await response.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Contain("username");
    }

    [Fact]
    public async Task A_200_character_user_name_at_sign_in_is_a_400_problem()
    {
        var response = await Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username = new string('a', 200), password = "whatever-1" }, Ct);
        (await response.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Contain("username");
    }

    [Theory]
    [InlineData("%00")]
    [InlineData("Maija%00Meik")]
    public async Task A_NUL_byte_in_a_search_is_a_400_problem(string q)
    {
        var admin = await Factory.AdminClientAsync();
        (await (await admin.GetAsync($"/api/v1/search?q={q}", Ct)).ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Contain("q");
    }

    [Fact]
    public async Task A_5000_character_search_is_a_400_problem()
    {
        var admin = await Factory.AdminClientAsync();
        (await (await admin.GetAsync($"/api/v1/search?q={new string('m', 5000)}", Ct)).ProblemAsync(HttpStatusCode.BadRequest, Ct))
            .ErrorFields().Should().Contain("q");
    }

    [Fact]
    public async Task NUL_bytes_broken_characters_and_overlong_text_in_a_body_are_400_problems_naming_the_field()
    {
        var admin = await Factory.AdminClientAsync();
        var nul = HttpTestExtensions.PersonJson();
        nul["firstName"] = "Mai\0ja";
        (await (await admin.PostAsJsonAsync("/api/v1/persons", nul, Ct)).ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Contain("firstName");

        // A lone surrogate ("\ud800") cannot be encoded for the database.
        var street = HttpTestExtensions.PersonJson();
        street["address"]!["street"] = "Korppaan-X-tie";
        using var broken = new StringContent(street.ToJsonString().Replace("-X-", "\\ud800"),
            System.Text.Encoding.UTF8, "application/json");
        (await (await admin.PostAsync("/api/v1/persons", broken, Ct)).ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Contain("address.street");

        var customer = await admin.CreateCustomerAsync(new { type = "organisation", name = "Testi Oy", businessId = "2168645-1", customerSince = "2020-01-01", productGroups = Array.Empty<string>() });
        var longText = await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/problems", new { description = new string('x', 5000) }, Ct);
        (await longText.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Contain("description");
    }

    [Fact]
    public async Task A_NUL_byte_in_the_token_endpoints_form_is_a_400()
    {
        // Found by the OpenAPI fuzzer: the form reader's InvalidDataException was a 500.
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "a\0b", ["scope"] = "=HYPERLINK(\"http://x\")", ["client_id"] = "", ["client_secret"] = "",
        });
        var response = await Factory.CreateClient().PostAsync("/api/v1/auth/token", form, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync(Ct));
        using var nul = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = "a\0b", ["client_secret"] = "x" });
        (await Factory.CreateClient().PostAsync("/api/v1/auth/token", nul, Ct)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/v1/audit?to=9999-12-31T23:59:59%2B14:00")]
    [InlineData("/api/v1/audit?from=2026-01-15T10:00:00%2B02:00")]
    [InlineData("/api/v1/audit/refused-partner-calls?from=2026-01-15T10:00:00-05:00")]
    [InlineData("/api/v1/disclosures?to=9999-12-31")]
    public async Task A_period_with_any_UTC_offset_or_at_the_end_of_the_calendar_is_answered_not_a_500(string url)
    {
        // Found by the OpenAPI fuzzer: Npgsql refused a non-UTC offset as a timestamptz parameter, and 9999-12-31 has no next day.
        var admin = await Factory.AdminClientAsync();
        (await admin.GetAsync(url, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Text_PostgreSQL_refuses_is_recognised_as_bad_input_as_the_last_line_of_defence()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var nul = new NpgsqlCommand("SELECT @text::text", connection);
        nul.Parameters.AddWithValue("text", "a\0b");
        var nulError = await Record.ExceptionAsync(async () => await nul.ExecuteScalarAsync(Ct));
        DatabaseFaults.IsBadText(nulError!).Should().BeTrue(nulError!.ToString());
        DatabaseFaults.IsUnavailable(nulError).Should().BeFalse();

        await using (var table = new NpgsqlCommand("CREATE TEMP TABLE short_text (value varchar(3))", connection)) await table.ExecuteNonQueryAsync(Ct);
        await using var tooLong = new NpgsqlCommand("INSERT INTO short_text VALUES (@text)", connection);
        tooLong.Parameters.AddWithValue("text", new string('x', 20));
        var tooLongError = await Record.ExceptionAsync(async () => await tooLong.ExecuteScalarAsync(Ct));
        DatabaseFaults.IsBadText(tooLongError!).Should().BeTrue(tooLongError!.ToString());
    }

    [Fact]
    public async Task A_refused_staff_request_is_audited_with_the_user_the_request_and_its_target()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync();
        var (technician, technicianUser, _) = await Factory.UserClientAsync("Technician");
        var adminUser = (await (await admin.GetAsync("/api/v1/auth/me", Ct)).JsonAsync(Ct)).GetProperty("id").GetGuid();

        (await technician.GetAsync($"/api/v1/users/{adminUser}", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await technician.PutJsonAsync($"/api/v1/persons/{person.Id}", HttpTestExtensions.PersonJson(firstName: "Muutettu"), "\"1\"", Ct))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await admin.GetAsync("/api/v1/partner/persons", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "a staff token on the partner API");

        var refused = await (await admin.GetAsync($"/api/v1/audit?action=access.refused&pageSize=100", Ct)).ReadAsync<PagedResult<AuditRecordDto>>(Ct);
        refused.Items.Should().ContainSingle(r => r.UserId == technicianUser.Id && r.Reason == "GetUser")
            .Which.Should().Match<AuditRecordDto>(r => r.TargetUserId == adminUser && r.Username == technicianUser.Username);
        refused.Items.Should().ContainSingle(r => r.UserId == technicianUser.Id && r.Reason == "UpdatePerson")
            .Which.PersonIds.Should().Equal(person.Id);
        refused.Items.Should().ContainSingle(r => r.UserId == adminUser && r.Reason == "PartnerListPersons");
    }

    [Fact]
    public async Task A_marketing_export_audit_record_names_the_export_and_the_number_of_its_recorded_persons()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync();
        await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id, customerSince = "2020-01-01", productGroups = Array.Empty<string>() });
        (await admin.PostAsJsonAsync($"/api/v1/persons/{person.Id}/consents",
            new { purpose = "ownMarketing", channel = "email", action = "given", source = "form", evidence = "Signed form" }, Ct)).EnsureSuccessStatusCode();
        var selection = await (await admin.PostAsJsonAsync("/api/v1/marketing/selections",
            new { name = "Audit names the export", purpose = "ownMarketing", channel = "email" }, Ct)).ReadAsync<MarketingSelectionDto>(Ct);

        var export = await admin.GetAsync($"/api/v1/marketing/selections/{selection.Id}/export", Ct);
        export.StatusCode.Should().Be(HttpStatusCode.OK);
        await export.Content.ReadAsStringAsync(Ct);
        var exportId = Guid.Parse(export.Headers.GetValues("HsWorks-Export-Id").Single());

        var records = await (await admin.GetAsync("/api/v1/audit?action=marketing.selection.export", Ct)).ReadAsync<PagedResult<AuditRecordDto>>(Ct);
        var record = records.Items.Should().ContainSingle(r => r.Fields.Contains($"export:{exportId}")).Subject;
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var persons = new NpgsqlCommand("SELECT count(*) FROM selection_export_persons WHERE export_id = @id", connection);
        persons.Parameters.AddWithValue("id", exportId);
        var recorded = (long)(await persons.ExecuteScalarAsync(Ct))!;
        recorded.Should().Be(1);
        record.Fields.Should().Contain([$"selection:{selection.Id}", $"persons:{recorded}"]);
    }
}
