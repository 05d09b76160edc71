using System.Net;
using System.Net.Http.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Customers;
using HsWorks.Application.Persons;
using HsWorks.Domain.Customers;

namespace HsWorks.Api.IntegrationTests;

public sealed class CustomersTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Organisation(string businessId = "2168645-1", string name = "Korppaanmäen Konepaja Oy") =>
        new { type = "organisation", name, businessId, productGroups = new[] { "maintenance" } };

    [Fact]
    public async Task An_organisation_with_a_valid_business_id_gets_a_customer_number()
    {
        var admin = await Factory.AdminClientAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/customers", Organisation(), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var customer = await response.ReadAsync<CustomerDto>(Ct);
        customer.CustomerNumber.Should().BeGreaterThanOrEqualTo(100001);
        customer.Type.Should().Be(CustomerType.Organisation);
        customer.BusinessId.Should().Be("2168645-1");
        customer.Name.Should().Be("Korppaanmäen Konepaja Oy");
        response.ETag().Should().Be($"\"{customer.Version}\"");
    }

    [Fact]
    public async Task Every_customer_gets_its_own_number()
    {
        var admin = await Factory.AdminClientAsync();

        var first = await admin.CreateCustomerAsync(Organisation());
        var second = await admin.CreateCustomerAsync(Organisation("0737546-2", "Toinen Oy"));

        second.CustomerNumber.Should().NotBe(first.CustomerNumber);
    }

    [Theory]
    [InlineData("2168645-2")]
    [InlineData("2168645")]
    public async Task An_invalid_business_id_is_a_400_naming_businessId(string businessId)
    {
        var admin = await Factory.AdminClientAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/customers", Organisation(businessId), Ct);

        (await response.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Equal("businessId");
        var list = await (await admin.GetAsync("/api/v1/customers", Ct)).JsonAsync(Ct);
        list.GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task A_consumer_needs_its_person()
    {
        var admin = await Factory.AdminClientAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/customers", new { type = "consumer" }, Ct);

        (await response.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Equal("personId");
    }

    [Fact]
    public async Task A_consumer_takes_its_name_from_its_person_and_the_person_shows_the_customer()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync(TestData.PersonBody("Matti", "Virtanen"));

        var customer = await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id });

        customer.Type.Should().Be(CustomerType.Consumer);
        customer.Name.Should().Be("Matti Virtanen");
        customer.PersonId.Should().Be(person.Id);
        var fetched = await (await admin.GetAsync($"/api/v1/persons/{person.Id}", Ct)).ReadAsync<PersonDto>(Ct);
        fetched.Customers.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new PersonCustomerDto(customer.Id, customer.CustomerNumber, "Matti Virtanen", CustomerType.Consumer, CustomerRole.Consumer));
    }

    [Fact]
    public async Task A_consumer_pointing_at_an_unknown_person_is_refused()
    {
        var admin = await Factory.AdminClientAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/customers", new { type = "consumer", personId = Guid.NewGuid() }, Ct);

        (await response.ProblemAsync(HttpStatusCode.Conflict, Ct)).ErrorFields().Should().Equal("personId");
    }

    [Fact]
    public async Task A_contact_person_added_to_an_organisation_shows_on_the_customer()
    {
        var admin = await Factory.AdminClientAsync();
        var organisation = await admin.CreateCustomerAsync(Organisation());
        var person = await admin.CreatePersonAsync(TestData.PersonBody("Jörö", "Mäkinen", phone: "09 123 4567"));

        var added = await admin.PostAsJsonAsync($"/api/v1/customers/{organisation.Id}/contact-persons", new { personId = person.Id }, Ct);

        added.StatusCode.Should().Be(HttpStatusCode.OK);
        var response = await admin.GetAsync($"/api/v1/customers/{organisation.Id}", Ct);
        var fetched = await response.ReadAsync<CustomerDto>(Ct);
        fetched.ContactPersons.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new ContactPersonDto(person.Id, "Jörö", "Mäkinen", "maija.meikalainen@example.fi", "09 123 4567"));
        response.ETag().Should().Be($"\"{fetched.Version}\"");
        var personView = await (await admin.GetAsync($"/api/v1/persons/{person.Id}", Ct)).ReadAsync<PersonDto>(Ct);
        personView.Customers.Should().ContainSingle().Which.Role.Should().Be(CustomerRole.ContactPerson);
    }

    [Fact]
    public async Task A_consumer_cannot_have_contact_persons()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync();
        var other = await admin.CreatePersonAsync(TestData.PersonBody("Pekka", "Puupää"));
        var consumer = await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id });

        var response = await admin.PostAsJsonAsync($"/api/v1/customers/{consumer.Id}/contact-persons", new { personId = other.Id }, Ct);

        (await response.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Equal("personId");
        var fetched = await (await admin.GetAsync($"/api/v1/customers/{consumer.Id}", Ct)).ReadAsync<CustomerDto>(Ct);
        fetched.ContactPersons.Should().BeEmpty();
    }

    [Fact]
    public async Task Update_with_the_current_ETag_changes_the_customer()
    {
        var admin = await Factory.AdminClientAsync();
        var created = await admin.CreateCustomerAsync(Organisation());

        var response = await admin.PutJsonAsync($"/api/v1/customers/{created.Id}", Organisation(name: "Uusi Nimi Oy"), $"\"{created.Version}\"", Ct);

        var updated = await response.ReadAsync<CustomerDto>(Ct);
        updated.Name.Should().Be("Uusi Nimi Oy");
        updated.CustomerNumber.Should().Be(created.CustomerNumber);
        response.ETag().Should().NotBe($"\"{created.Version}\"");
    }

    [Fact]
    public async Task Stale_write_to_a_customer_is_refused_with_412()
    {
        var admin = await Factory.AdminClientAsync();
        var created = await admin.CreateCustomerAsync(Organisation());
        var stale = $"\"{created.Version}\"";
        (await admin.PutJsonAsync($"/api/v1/customers/{created.Id}", Organisation(name: "Ensimmäinen Oy"), stale, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        var response = await admin.PutJsonAsync($"/api/v1/customers/{created.Id}", Organisation(name: "Toinen Oy"), stale, Ct);

        await response.ProblemAsync(HttpStatusCode.PreconditionFailed, Ct);
        var stored = await (await admin.GetAsync($"/api/v1/customers/{created.Id}", Ct)).ReadAsync<CustomerDto>(Ct);
        stored.Name.Should().Be("Ensimmäinen Oy");
    }

    [Fact]
    public async Task A_customer_type_cannot_change()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync();
        var consumer = await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id });

        var response = await admin.PutJsonAsync($"/api/v1/customers/{consumer.Id}", Organisation(), $"\"{consumer.Version}\"", Ct);

        (await response.ProblemAsync(HttpStatusCode.Conflict, Ct)).ErrorFields().Should().Equal("type");
        var stored = await (await admin.GetAsync($"/api/v1/customers/{consumer.Id}", Ct)).ReadAsync<CustomerDto>(Ct);
        stored.Type.Should().Be(CustomerType.Consumer);
    }
}
