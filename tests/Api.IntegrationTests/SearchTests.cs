using System.Net;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Customers;
using HsWorks.Application.Persons;
using HsWorks.Application.Common.Interfaces;

namespace HsWorks.Api.IntegrationTests;

public sealed class SearchTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> Search(HttpClient client, string q, int? page = null, int? pageSize = null) =>
        client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}{(page is { } p ? $"&page={p}" : "")}{(pageSize is { } s ? $"&pageSize={s}" : "")}", Ct);

    private static async Task<SearchResults> SearchResults(HttpClient client, string q, int? page = null, int? pageSize = null) =>
        await (await Search(client, q, page, pageSize)).ReadAsync<SearchResults>(Ct);

    /// <summary>Matti Virtanen (040 765 4321, mvirta70@example.fi), Jörö Mäkinen and an unrelated Liisa Korhonen.</summary>
    private async Task<(HttpClient Client, PersonDto Matti, PersonDto Joro)> RegisterAsync()
    {
        var client = await Factory.AdminClientAsync();
        var matti = await client.CreatePersonAsync(TestData.PersonBody("Matti", "Virtanen", phone: "040 765 4321", email: "mvirta70@example.fi"));
        var joro = await client.CreatePersonAsync(TestData.PersonBody("Jörö", "Mäkinen", phone: "050 111 2222", email: "joro@example.com"));
        await client.CreatePersonAsync(TestData.PersonBody("Liisa", "Korhonen", phone: "044 999 8888", email: "liisa@example.org"));
        return (client, matti, joro);
    }

    [Fact]
    public async Task A_misspelled_name_still_finds_the_person()
    {
        var (client, matti, _) = await RegisterAsync();

        var results = await SearchResults(client, "Virtenen");

        results.Items.Should().Contain(i => i.Kind == SearchHitKind.Person && i.Id == matti.Id);
        results.Items.Select(i => i.DisplayName).Should().NotContain("Liisa Korhonen");
    }

    [Theory]
    [InlineData("makinen")]
    [InlineData("mäkinen")]
    [InlineData("joro")]
    public async Task Name_search_is_accent_and_case_insensitive(string q)
    {
        var (client, _, joro) = await RegisterAsync();

        var results = await SearchResults(client, q);

        results.Items.Should().ContainSingle().Which.Id.Should().Be(joro.Id);
    }

    [Fact]
    public async Task First_and_last_name_together_narrow_the_result()
    {
        var (client, matti, _) = await RegisterAsync();
        await client.CreatePersonAsync(TestData.PersonBody("Pekka", "Virtanen", phone: null, email: null));

        var results = await SearchResults(client, "matti virt");

        results.Items.Should().ContainSingle().Which.Id.Should().Be(matti.Id);
    }

    [Theory]
    [InlineData("040 765 4321")]
    [InlineData("0407654321")]
    [InlineData("+358 40 765 4321")]
    [InlineData("+358407654321")]
    [InlineData("040-765")]
    public async Task A_phone_number_in_any_common_format_finds_the_person(string q)
    {
        var (client, matti, _) = await RegisterAsync();

        var results = await SearchResults(client, q);

        results.Items.Should().ContainSingle().Which.Id.Should().Be(matti.Id);
    }

    [Theory]
    [InlineData("MVirta70@exa")]
    [InlineData("mvirta70")]
    public async Task An_email_prefix_finds_the_person(string q)
    {
        var (client, matti, _) = await RegisterAsync();

        var results = await SearchResults(client, q);

        results.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Kind = SearchHitKind.Person, matti.Id, DisplayName = "Matti Virtanen" });
    }

    [Fact]
    public async Task Customer_number_and_business_id_find_the_organisation()
    {
        var client = await Factory.AdminClientAsync();
        var organisation = await client.CreateCustomerAsync(new { type = "organisation", name = "Korppaanmäen Konepaja Oy", businessId = "2168645-1" });
        await client.CreateCustomerAsync(new { type = "organisation", name = "Toinen Oy", businessId = "0737546-2" });

        var byNumber = await SearchResults(client, organisation.CustomerNumber.ToString());
        var byBusinessId = await SearchResults(client, "2168645-1");

        byNumber.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Kind = SearchHitKind.Customer, organisation.Id, organisation.CustomerNumber, DisplayName = "Korppaanmäen Konepaja Oy" });
        byBusinessId.Items.Should().ContainSingle().Which.Id.Should().Be(organisation.Id);
    }

    [Fact]
    public async Task A_consumer_customer_is_found_by_its_persons_name()
    {
        var (client, matti, _) = await RegisterAsync();
        var consumer = await client.CreateCustomerAsync(new { type = "consumer", personId = matti.Id });

        var results = await SearchResults(client, "virtanen");

        results.Items.Should().Contain(i => i.Kind == SearchHitKind.Customer && i.Id == consumer.Id);
        results.Items.Should().Contain(i => i.Kind == SearchHitKind.Person && i.Id == matti.Id);
    }

    [Fact]
    public async Task A_renamed_person_is_found_by_the_new_name_and_not_by_the_old_one()
    {
        var (client, matti, _) = await RegisterAsync();
        var consumer = await client.CreateCustomerAsync(new { type = "consumer", personId = matti.Id });
        var body = HttpTestExtensions.PersonJson("Matti", "Saarinen", phone: "040 765 4321", email: "mvirta70@example.fi");

        (await client.PutJsonAsync($"/api/v1/persons/{matti.Id}", body, $"\"{matti.Version}\"", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        var byNewName = await SearchResults(client, "saarinen");
        byNewName.Items.Select(i => i.Id).Should().BeEquivalentTo([matti.Id, consumer.Id]);
        byNewName.Items.Should().OnlyContain(i => i.DisplayName == "Matti Saarinen");
        (await SearchResults(client, "virtanen")).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task Results_are_paged_and_tell_whether_there_is_more()
    {
        var client = await Factory.AdminClientAsync();
        for (var i = 0; i < 3; i++)
            await client.CreatePersonAsync(TestData.PersonBody($"Etu{(char)('a' + i)}", "Nieminen", phone: null, email: null));

        var first = await SearchResults(client, "nieminen", page: 1, pageSize: 2);
        var second = await SearchResults(client, "nieminen", page: 2, pageSize: 2);

        first.Items.Should().HaveCount(2);
        first.HasMore.Should().BeTrue();
        first.PageSize.Should().Be(2);
        second.Items.Should().ContainSingle();
        second.HasMore.Should().BeFalse();
        first.Items.Concat(second.Items).Select(i => i.Id).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_query_is_a_400(string q)
    {
        var client = await Factory.AdminClientAsync();

        var problem = await (await Search(client, q)).ProblemAsync(HttpStatusCode.BadRequest, Ct);

        problem.ErrorFields().Should().Equal("q");
    }
}
