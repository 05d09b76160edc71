using System.Net;
using System.Net.Http.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Audit;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Customers;
using HsWorks.Application.Persons;
using Npgsql;
using HsWorks.Domain.Customers;

namespace HsWorks.Api.IntegrationTests;

/// <summary>The customer's records behind the helpdesk's 360 view (issue 3).</summary>
public sealed class CustomerRecordsTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Admin, CustomerDto Customer, PersonDto Person, IReadOnlyList<ProductGroupDto> Groups)> ConsumerAsync()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync(TestData.PersonBody("Kalle", "Asiakas"));
        var customer = await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id });
        var groups = await (await admin.GetAsync("/api/v1/product-groups", Ct)).ReadAsync<List<ProductGroupDto>>(Ct);
        return (admin, customer, person, groups);
    }

    private static Guid Group(IReadOnlyList<ProductGroupDto> groups, string code) => groups.Single(g => g.Code == code).Id;

    [Fact]
    public async Task The_product_group_catalogue_is_seeded_with_the_promised_codes_and_names_in_the_callers_language()
    {
        var admin = await Factory.AdminClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/product-groups");
        request.Headers.AcceptLanguage.ParseAdd("fi");
        var groups = await (await admin.SendAsync(request, Ct)).ReadAsync<List<ProductGroupDto>>(Ct);

        groups.Select(g => g.Code).Should().BeEquivalentTo(
            ["phoneSupport", "installation", "maintenance", "repair", "consulting", "training", "hardware", "software"]);
        groups.Single(g => g.Code == "repair").Name.Should().Be("Korjaus");
    }

    [Fact]
    public async Task A_logged_contact_is_at_the_top_of_the_timeline_with_its_staff_member()
    {
        var (admin, customer, person, groups) = await ConsumerAsync();
        var (agent, agentUser, _) = await Factory.UserClientAsync("HelpdeskAgent");
        await agent.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/contacts",
            new { at = DateTimeOffset.UtcNow.AddHours(-2), channel = "email", topic = "Older", productGroupId = Group(groups, "software") }, Ct);

        var logged = await (await agent.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/contacts", new
        {
            channel = "phoneIn", personId = person.Id, productGroupId = Group(groups, "phoneSupport"), topic = "Printer offline",
            notes = "Restarted the spooler", outcome = "Solved on the call", followUpOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)),
        }, Ct)).ReadAsync<ContactDto>(Ct);

        logged.Channel.Should().Be(ContactChannel.PhoneIn);
        logged.StaffUserId.Should().Be(agentUser.Id);
        logged.PersonName.Should().Be("Kalle Asiakas");
        var timeline = await (await admin.GetAsync($"/api/v1/customers/{customer.Id}/contacts", Ct)).ReadAsync<PagedResult<ContactDto>>(Ct);
        timeline.Items.Select(c => c.Topic).Should().Equal("Printer offline", "Older");
        var byGroup = await (await admin.GetAsync($"/api/v1/customers/{customer.Id}/contacts?productGroupId={Group(groups, "software")}", Ct))
            .ReadAsync<PagedResult<ContactDto>>(Ct);
        byGroup.Items.Should().ContainSingle().Which.Topic.Should().Be("Older");
        var personTimeline = await (await admin.GetAsync($"/api/v1/persons/{person.Id}/contacts", Ct)).ReadAsync<PagedResult<ContactDto>>(Ct);
        personTimeline.Items.Should().ContainSingle().Which.Id.Should().Be(logged.Id);
    }

    [Fact]
    public async Task A_contact_time_in_finnish_local_time_is_stored_as_the_same_instant()
    {
        var (admin, customer, _, _) = await ConsumerAsync();
        var at = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(2));
        var logged = await (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/contacts", new { at, channel = "visit", topic = "On site" }, Ct))
            .ReadAsync<ContactDto>(Ct);
        logged.At.Should().Be(at);
    }

    [Theory]
    [InlineData("""{"channel":"fax","topic":"x"}""", "channel")]
    [InlineData("""{"channel":"phoneIn","topic":""}""", "topic")]
    [InlineData("""{"channel":"phoneIn","topic":"x","at":"2099-01-01T00:00:00Z"}""", "at")]
    public async Task A_contact_with_bad_input_is_a_400_naming_the_field(string body, string field)
    {
        var (admin, customer, _, _) = await ConsumerAsync();
        var response = await admin.PostAsync($"/api/v1/customers/{customer.Id}/contacts", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);
        (await response.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Contain(field);
    }

    [Fact]
    public async Task A_contact_with_someone_elses_person_is_refused()
    {
        var (admin, customer, _, _) = await ConsumerAsync();
        var stranger = await admin.CreatePersonAsync(TestData.PersonBody("Vieras", "Henkilö"));
        var response = await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/contacts", new { channel = "phoneIn", topic = "x", personId = stranger.Id }, Ct);
        (await response.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Equal("personId");
    }

    [Fact]
    public async Task A_problem_is_open_until_solved_and_then_carries_when()
    {
        var (admin, customer, _, _) = await ConsumerAsync();
        var problem = await (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/problems", new { description = "Slow laptop" }, Ct)).ReadAsync<ProblemDto>(Ct);
        problem.Status.Should().Be(ProblemStatus.Open);
        problem.SolvedAt.Should().BeNull();

        var solved = await (await admin.PutAsJsonAsync($"/api/v1/customers/{customer.Id}/problems/{problem.Id}",
            new { description = "Slow laptop", status = "solved" }, Ct)).ReadAsync<ProblemDto>(Ct);

        solved.Status.Should().Be(ProblemStatus.Solved);
        solved.SolvedAt.Should().NotBeNull();
        var open = await (await admin.GetAsync($"/api/v1/customers/{customer.Id}/problems?status=open", Ct)).ReadAsync<PagedResult<ProblemDto>>(Ct);
        open.Items.Should().BeEmpty();
    }

    [Fact]
    public async Task Interests_are_added_listed_and_removed()
    {
        var (admin, customer, person, _) = await ConsumerAsync();
        var interest = await (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/interests", new { tag = " Gaming ", personId = person.Id }, Ct))
            .ReadAsync<InterestDto>(Ct);
        interest.Tag.Should().Be("gaming");
        (await (await admin.GetAsync($"/api/v1/customers/{customer.Id}/interests", Ct)).ReadAsync<List<InterestDto>>(Ct)).Should().ContainSingle();

        (await admin.DeleteAsync($"/api/v1/customers/{customer.Id}/interests/{interest.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await (await admin.GetAsync($"/api/v1/customers/{customer.Id}/interests", Ct)).ReadAsync<List<InterestDto>>(Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_purchase_records_reason_seller_buyer_and_the_opt_out_offer()
    {
        var (admin, customer, person, groups) = await ConsumerAsync();
        var (_, seller, _) = await Factory.UserClientAsync("Sales");
        var purchase = await (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/purchases", new
        {
            productGroupId = Group(groups, "hardware"), product = "Laptop 14\"", purchasedOn = "2026-11-01", quantity = 2, unitPrice = 899.90m,
            reason = "Home office", reasonCategory = "newNeed", sellerId = seller.Id, personId = person.Id, marketingOptOutOffered = true,
        }, Ct)).ReadAsync<PurchaseDto>(Ct);

        purchase.Total.Should().Be(1799.80m);
        purchase.SellerName.Should().Be(seller.DisplayName);
        purchase.ReasonCategory.Should().Be(ReasonCategory.NewNeed);
        purchase.MarketingOptOutOffered.Should().BeTrue();
    }

    [Fact]
    public async Task A_purchase_in_an_unknown_product_group_is_refused()
    {
        var (admin, customer, _, _) = await ConsumerAsync();
        var response = await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/purchases",
            new { productGroupId = Guid.NewGuid(), product = "x", purchasedOn = "2026-11-01", quantity = 1, unitPrice = 1m }, Ct);
        (await response.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Equal("productGroupId");
    }

    [Fact]
    public async Task A_licence_key_is_shown_masked_and_stored_encrypted()
    {
        var (admin, customer, _, groups) = await ConsumerAsync();
        var asset = await (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/assets", new
        {
            kind = "software", make = "Contoso", model = "Office", licenceKey = "ABCDE-FGHIJ-KLMNO-PQRST", productGroupId = Group(groups, "software"),
        }, Ct)).ReadAsync<AssetDto>(Ct);

        asset.LicenceKeyMasked.Should().EndWith("QRST").And.NotContain("ABCDE");
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT licence_key FROM assets WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", asset.Id);
        var stored = (string)(await command.ExecuteScalarAsync(Ct))!;
        stored.Should().StartWith("v2:").And.NotContain("ABCDE");
    }

    [Fact]
    public async Task Warranties_ending_within_n_days_are_listed_soonest_first()
    {
        var (admin, customer, _, _) = await ConsumerAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var (model, ends) in new[] { ("Late", 200), ("Soon", 10), ("Sooner", 3) })
        {
            await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/assets",
                new { kind = "laptop", make = "Acme", model, warranty = new { startsOn = today.AddYears(-1), endsOn = today.AddDays(ends), terms = "Carry-in" } }, Ct);
        }

        var ending = await (await admin.GetAsync("/api/v1/warranties?endingWithinDays=30", Ct)).ReadAsync<PagedResult<WarrantyDto>>(Ct);

        ending.Items.Select(w => w.Model).Should().Equal("Sooner", "Soon");
        ending.Items[0].CustomerName.Should().Be("Kalle Asiakas");
    }

    [Fact]
    public async Task An_invoice_gets_a_valid_reference_number_and_a_helpdesk_agent_sees_its_status_but_not_its_amount()
    {
        var (_, customer, _, _) = await ConsumerAsync();
        var (billing, _, _) = await Factory.UserClientAsync("Billing");
        var (agent, _, _) = await Factory.UserClientAsync("HelpdeskAgent");
        var invoice = await (await billing.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/invoices",
            new { issuedOn = "2026-10-01", dueOn = "2026-10-15", amount = 124.00m, vatAmount = 24.00m }, Ct)).ReadAsync<InvoiceDto>(Ct);

        HsWorks.Domain.Customers.ReferenceNumber.Parse(invoice.ReferenceNumber).IsValid.Should().BeTrue();
        invoice.ReferenceNumber.Should().StartWith(invoice.InvoiceNumber.ToString());
        var seenByAgent = (await (await agent.GetAsync($"/api/v1/customers/{customer.Id}/invoices", Ct)).ReadAsync<PagedResult<InvoiceDto>>(Ct)).Items.Single();
        seenByAgent.Status.Should().Be(InvoiceStatus.Overdue);
        seenByAgent.Amount.Should().BeNull();
        seenByAgent.VatAmount.Should().BeNull();
        var seenByBilling = (await (await billing.GetAsync($"/api/v1/customers/{customer.Id}/invoices", Ct)).ReadAsync<PagedResult<InvoiceDto>>(Ct)).Items.Single();
        seenByBilling.Amount.Should().Be(124.00m);
    }

    [Fact]
    public async Task Invoice_collection_steps_are_kept_as_history_and_a_wrong_step_is_a_400()
    {
        var (_, customer, _, _) = await ConsumerAsync();
        var (billing, _, _) = await Factory.UserClientAsync("Billing");
        var invoice = await (await billing.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/invoices",
            new { issuedOn = "2026-10-01", dueOn = "2026-10-15", amount = 50m, vatAmount = 0m }, Ct)).ReadAsync<InvoiceDto>(Ct);

        await billing.PostAsJsonAsync($"/api/v1/invoices/{invoice.Id}/status", new { status = "reminded" }, Ct);
        var paid = await (await billing.PostAsJsonAsync($"/api/v1/invoices/{invoice.Id}/status", new { status = "paid" }, Ct)).ReadAsync<InvoiceDto>(Ct);

        paid.History.Select(h => h.Status).Should().Equal(InvoiceStatus.Open, InvoiceStatus.Reminded, InvoiceStatus.Paid);
        var wrong = await billing.PostAsJsonAsync($"/api/v1/invoices/{invoice.Id}/status", new { status = "overdue" }, Ct);
        (await wrong.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Equal("status");
    }

    [Fact]
    public async Task The_overview_brings_the_360_summary_in_one_request_and_hides_the_balance_from_a_helpdesk_agent()
    {
        var (admin, customer, person, _) = await ConsumerAsync();
        for (var i = 0; i < 7; i++)
            await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/contacts", new { at = DateTimeOffset.UtcNow.AddMinutes(-i), channel = "chat", topic = $"Chat {i}" }, Ct);
        await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/problems", new { description = "Backup fails" }, Ct);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/assets",
            new { kind = "server", make = "Acme", model = "S1", warranty = new { startsOn = today.AddDays(-10), endsOn = today.AddDays(100) } }, Ct);
        await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/invoices", new { issuedOn = today, dueOn = today.AddDays(14), amount = 80m, vatAmount = 15.48m }, Ct);
        await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/invoices", new { issuedOn = today.AddDays(-40), dueOn = today.AddDays(-26), amount = 20m, vatAmount = 0m }, Ct);

        var overview = await (await admin.GetAsync($"/api/v1/customers/{customer.Id}/overview", Ct)).ReadAsync<CustomerOverviewDto>(Ct);

        overview.Customer.Id.Should().Be(customer.Id);
        overview.Persons.Should().ContainSingle().Which.Should().Match<OverviewPersonDto>(p => p.Id == person.Id && p.Role == CustomerRole.Consumer && p.PhoneDisplay == "040 123 4567");
        overview.LatestContacts.Select(c => c.Topic).Should().Equal("Chat 0", "Chat 1", "Chat 2", "Chat 3", "Chat 4");
        overview.OpenProblems.Should().ContainSingle().Which.Description.Should().Be("Backup fails");
        overview.ActiveWarranties.Should().ContainSingle().Which.Model.Should().Be("S1");
        overview.OpenBalance.Should().Be(100m);
        overview.OverdueInvoices.Should().Be(1);
        overview.Marketing.Status.Should().Be("notAvailable");

        var (agent, _, _) = await Factory.UserClientAsync("HelpdeskAgent");
        var agentView = await (await agent.GetAsync($"/api/v1/customers/{customer.Id}/overview", Ct)).ReadAsync<CustomerOverviewDto>(Ct);
        agentView.OpenBalance.Should().BeNull();
        agentView.OverdueInvoices.Should().Be(1);
    }

    [Fact]
    public async Task Opening_the_overview_is_audited_as_a_read_of_the_customers_persons()
    {
        var (admin, customer, person, _) = await ConsumerAsync();
        await admin.GetAsync($"/api/v1/customers/{customer.Id}/overview", Ct);

        var audit = await (await admin.GetAsync($"/api/v1/audit?personId={person.Id}&action=customer.overview", Ct)).ReadAsync<PagedResult<AuditRecordDto>>(Ct);

        audit.Items.Should().ContainSingle().Which.CustomerIds.Should().Contain(customer.Id);
    }
}
