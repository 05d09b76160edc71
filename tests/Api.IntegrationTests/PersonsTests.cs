using System.Net;
using System.Net.Http.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Persons;
using Npgsql;
using HsWorks.Domain.Persons;

namespace HsWorks.Api.IntegrationTests;

public sealed class PersonsTests(ApiFactory factory) : ApiTest(factory)
{
    private const string IdentityCode = "131052-308T";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<int> CountAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/persons", Ct)).ReadAsync<PagedResult<PersonSummary>>(Ct)).TotalCount;

    [Fact]
    public async Task A_phone_number_is_stored_in_E164_and_shown_in_Finnish_format()
    {
        var admin = await Factory.AdminClientAsync();

        var created = await admin.CreatePersonAsync(TestData.PersonBody(phone: "040 123 4567"));

        created.Phone.Should().Be("+358401234567");
        created.PhoneDisplay.Should().Be("040 123 4567");
        var fetched = await (await admin.GetAsync($"/api/v1/persons/{created.Id}", Ct)).ReadAsync<PersonDto>(Ct);
        fetched.Phone.Should().Be("+358401234567");
        fetched.PhoneDisplay.Should().Be("040 123 4567");
    }

    [Fact]
    public async Task Create_answers_201_with_location_and_etag()
    {
        var admin = await Factory.AdminClientAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/persons", TestData.PersonBody(), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var created = await response.ReadAsync<PersonDto>(Ct);
        response.Headers.Location!.ToString().Should().Be($"/api/v1/persons/{created.Id}");
        response.ETag().Should().Be($"\"{created.Version}\"");
    }

    [Fact]
    public async Task The_identity_code_is_masked_for_a_helpdesk_agent()
    {
        var (agent, _, _) = await Factory.UserClientAsync("HelpdeskAgent");
        var created = await agent.CreatePersonAsync(TestData.PersonBody(identityCode: IdentityCode));

        var fetched = await (await agent.GetAsync($"/api/v1/persons/{created.Id}", Ct)).ReadAsync<PersonDto>(Ct);

        fetched.PersonalIdentityCode.Should().Be("131052-****");
        fetched.PersonalIdentityCodeMasked.Should().BeTrue();
        fetched.HasPersonalIdentityCode.Should().BeTrue();
        created.PersonalIdentityCode.Should().Be("131052-****");
    }

    [Fact]
    public async Task The_identity_code_is_shown_whole_to_a_supervisor()
    {
        var (supervisor, _, _) = await Factory.UserClientAsync("Supervisor");
        var created = await supervisor.CreatePersonAsync(TestData.PersonBody(identityCode: IdentityCode));

        var fetched = await (await supervisor.GetAsync($"/api/v1/persons/{created.Id}", Ct)).ReadAsync<PersonDto>(Ct);

        fetched.PersonalIdentityCode.Should().Be(IdentityCode);
        fetched.PersonalIdentityCodeMasked.Should().BeFalse();
    }

    [Fact]
    public async Task An_invalid_postal_code_is_a_400_naming_address_postalCode()
    {
        var admin = await Factory.AdminClientAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/persons", TestData.PersonBody(postalCode: "12AB"), Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, Ct);
        problem.Str("type").Should().EndWith("/validation");
        problem.ErrorFields().Should().Equal("address.postalCode");
    }

    [Theory]
    [InlineData("email", "not-an-email")]
    [InlineData("phone", "040 abc 123")]
    [InlineData("personalIdentityCode", "131052-308A")]
    [InlineData("source", "rumour")]
    public async Task An_invalid_field_is_a_400_naming_it_and_nothing_is_saved(string field, string value)
    {
        var admin = await Factory.AdminClientAsync();
        await admin.CreatePersonAsync();
        var before = await CountAsync(admin);
        var body = HttpTestExtensions.PersonJson();
        body[field] = value;

        var problem = await (await admin.PostAsJsonAsync("/api/v1/persons", body, Ct)).ProblemAsync(HttpStatusCode.BadRequest, Ct);

        problem.ErrorFields().Should().Equal(field);
        (await CountAsync(admin)).Should().Be(before);
    }

    [Fact]
    public async Task A_rejected_update_leaves_the_stored_person_unchanged()
    {
        var admin = await Factory.AdminClientAsync();
        var created = await admin.CreatePersonAsync();
        var body = HttpTestExtensions.PersonJson(lastName: "Uusinimi", phone: "12345");

        var response = await admin.PutJsonAsync($"/api/v1/persons/{created.Id}", body, $"\"{created.Version}\"", Ct);

        (await response.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Equal("phone");
        var stored = await (await admin.GetAsync($"/api/v1/persons/{created.Id}", Ct)).ReadAsync<PersonDto>(Ct);
        stored.LastName.Should().Be("Meikäläinen");
        stored.Version.Should().Be(created.Version);
    }

    [Fact]
    public async Task Enum_values_travel_as_camelCase_strings()
    {
        var (admin, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var body = HttpTestExtensions.PersonJson(identityCode: IdentityCode);
        body["source"] = "PopulationRegister";
        var created = await admin.CreatePersonAsync(body);

        var json = await (await admin.GetAsync($"/api/v1/persons/{created.Id}", Ct)).JsonAsync(Ct);

        json.Str("source").Should().Be("populationRegister");
        json.Str("language").Should().Be("fi");
        var sources = json.GetProperty("sources");
        sources.Str("name").Should().Be("populationRegister");
        sources.Str("contact").Should().Be("populationRegister");
        sources.Str("address").Should().Be("populationRegister");
        sources.Str("identityCode").Should().Be("populationRegister");
    }

    [Fact]
    public async Task Get_returns_the_version_as_a_strong_ETag()
    {
        var admin = await Factory.AdminClientAsync();
        var created = await admin.CreatePersonAsync();

        var response = await admin.GetAsync($"/api/v1/persons/{created.Id}", Ct);

        var person = await response.ReadAsync<PersonDto>(Ct);
        person.Version.Should().NotBeNullOrEmpty();
        response.ETag().Should().Be("\"" + person.Version + "\"");
        response.Headers.ETag!.IsWeak.Should().BeFalse();
    }

    [Fact]
    public async Task Stale_write_is_refused_with_412_and_nothing_changes()
    {
        var admin = await Factory.AdminClientAsync();
        var created = await admin.CreatePersonAsync();
        var staleTag = $"\"{created.Version}\"";
        (await admin.PutJsonAsync($"/api/v1/persons/{created.Id}", HttpTestExtensions.PersonJson(firstName: "Maria"), staleTag, Ct))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var response = await admin.PutJsonAsync($"/api/v1/persons/{created.Id}", HttpTestExtensions.PersonJson(firstName: "Mirja"), staleTag, Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.PreconditionFailed, Ct);
        problem.Str("type").Should().EndWith("/stale-write");
        var stored = await (await admin.GetAsync($"/api/v1/persons/{created.Id}", Ct)).ReadAsync<PersonDto>(Ct);
        stored.FirstName.Should().Be("Maria");
    }

    [Fact]
    public async Task Update_without_If_Match_is_refused_with_428()
    {
        var admin = await Factory.AdminClientAsync();
        var created = await admin.CreatePersonAsync();

        var response = await admin.PutJsonAsync($"/api/v1/persons/{created.Id}", HttpTestExtensions.PersonJson(firstName: "Maria"), null, Ct);

        (await response.ProblemAsync((HttpStatusCode)428, Ct)).Str("type").Should().EndWith("/version-required");
        var stored = await (await admin.GetAsync($"/api/v1/persons/{created.Id}", Ct)).ReadAsync<PersonDto>(Ct);
        stored.FirstName.Should().Be("Maija");
    }

    [Fact]
    public async Task Update_with_the_current_ETag_succeeds_and_changes_the_ETag()
    {
        var admin = await Factory.AdminClientAsync();
        var created = await admin.CreatePersonAsync();
        var read = await admin.GetAsync($"/api/v1/persons/{created.Id}", Ct);
        var etag = read.ETag();

        var response = await admin.PutJsonAsync($"/api/v1/persons/{created.Id}", HttpTestExtensions.PersonJson(firstName: "Maria"), etag, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var updated = await response.ReadAsync<PersonDto>(Ct);
        updated.FirstName.Should().Be("Maria");
        response.ETag().Should().NotBe(etag).And.Be($"\"{updated.Version}\"");
        (await admin.GetAsync($"/api/v1/persons/{created.Id}", Ct)).ETag().Should().Be(response.ETag());
    }

    [Fact]
    public async Task The_identity_code_is_encrypted_at_rest()
    {
        var admin = await Factory.AdminClientAsync();
        var created = await admin.CreatePersonAsync(TestData.PersonBody(identityCode: IdentityCode));

        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT identity_code FROM persons WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", created.Id);
        var raw = (string?)await command.ExecuteScalarAsync(Ct);

        raw.Should().NotBeNull().And.StartWith("v2:").And.NotContain("131052").And.NotContain("308T");
    }

    [Fact]
    public async Task Changing_only_the_address_changes_its_source_but_not_the_name_source()
    {
        var admin = await Factory.AdminClientAsync();
        var created = await admin.CreatePersonAsync();
        var body = HttpTestExtensions.PersonJson(postalCode: "00100");
        body["source"] = "order";

        var updated = await (await admin.PutJsonAsync($"/api/v1/persons/{created.Id}", body, $"\"{created.Version}\"", Ct)).ReadAsync<PersonDto>(Ct);

        updated.Address!.PostalCode.Should().Be("00100");
        updated.Sources.Address.Should().Be(DataSource.Order);
        updated.Sources.Name.Should().Be(DataSource.Subject);
        updated.Sources.Contact.Should().Be(DataSource.Subject);
    }

    [Fact]
    public async Task A_null_identity_code_keeps_the_stored_one_and_an_empty_one_removes_it()
    {
        var (supervisor, _, _) = await Factory.UserClientAsync("Supervisor");
        var created = await supervisor.CreatePersonAsync(TestData.PersonBody(identityCode: IdentityCode));

        var kept = await (await supervisor.PutJsonAsync($"/api/v1/persons/{created.Id}", HttpTestExtensions.PersonJson(firstName: "Maria"),
            $"\"{created.Version}\"", Ct)).ReadAsync<PersonDto>(Ct);
        kept.PersonalIdentityCode.Should().Be(IdentityCode);

        var body = HttpTestExtensions.PersonJson(firstName: "Maria");
        body["personalIdentityCode"] = "";
        var removed = await (await supervisor.PutJsonAsync($"/api/v1/persons/{created.Id}", body, $"\"{kept.Version}\"", Ct)).ReadAsync<PersonDto>(Ct);
        removed.HasPersonalIdentityCode.Should().BeFalse();
        removed.PersonalIdentityCode.Should().BeNull();
        removed.Sources.IdentityCode.Should().BeNull();
    }

    [Fact]
    public async Task An_unknown_person_is_a_404_problem()
    {
        var admin = await Factory.AdminClientAsync();

        var problem = await (await admin.GetAsync($"/api/v1/persons/{Guid.NewGuid()}", Ct)).ProblemAsync(HttpStatusCode.NotFound, Ct);

        problem.Str("type").Should().EndWith("/not-found");
    }
}
