using System.Net;
using System.Net.Http.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Customers;
using HsWorks.Application.Persons;
using HsWorks.Application.Requests;
using HsWorks.Application.Retention;
using HsWorks.Domain.Retention;
using HsWorks.Infrastructure.Retention;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// Retention (issue 13, GDPR Art. 5(1)(e)): with the clock moved forward, a run removes exactly what its rules make due and nothing else —
/// recordings with their files, contacts, the persons whose last legal basis lapsed (through the erasure of issue 12, invoices kept), consent
/// evidence — keeps invoices to the last day the Accounting Act asks, respects legal holds, and runs once with two instances; the dry run
/// lists the same and changes nothing.
/// </summary>
public sealed class RetentionTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class SetClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Another instance of the API on the same database whose clock the test sets (noon, Finnish time, of a day).</summary>
    private (WebApplicationFactory<Program> Instance, SetClock Clock) Later()
    {
        var clock = new SetClock(DateTimeOffset.UtcNow);
        return (Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock))), clock);
    }

    private static DateTimeOffset Noon(DateOnly day) => FinnishDays.StartOf(day).AddHours(12);

    private static Task<RetentionRun?> RunAsync(WebApplicationFactory<Program> instance) =>
        instance.Services.GetRequiredService<RetentionScheduler>().RunScheduledAsync(Ct);

    private static async Task<IReadOnlyList<RetentionDueSet>> DryRunAsync(WebApplicationFactory<Program> instance)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionEnforcement>().DueAsync(Ct);
    }

    private async Task<long> CountAsync(string sql, object id)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private Task<long> PersonsAsync(Guid id) => CountAsync("SELECT count(*) FROM persons WHERE id = @id", id);

    private string RecordingFile(Guid id) => Path.Combine(Factory.RecordingsPath, id.ToString("N") + ".bin");

    private static async Task<CustomerDto> ConsumerAsync(HttpClient admin, PersonDto person, DateOnly? endedOn)
    {
        var customer = await admin.CreateCustomerAsync(new
        {
            type = "consumer", personId = person.Id, customerSince = "2020-01-01", productGroups = new[] { "hardware" }, relationshipEndedOn = endedOn,
        });
        customer.RelationshipEndedOn.Should().Be(endedOn);
        return customer;
    }

    private static async Task<ContactDto> ContactAsync(HttpClient admin, Guid customerId, Guid personId) =>
        await (await admin.PostAsJsonAsync($"/api/v1/customers/{customerId}/contacts", new { channel = "phoneIn", topic = "Call", personId, notes = "Asked about a laptop" }, Ct))
            .ReadAsync<ContactDto>(Ct);

    private static async Task ConsentAsync(HttpClient admin, Guid personId, string action) =>
        (await admin.PostAsJsonAsync($"/api/v1/persons/{personId}/consents",
            new { purpose = "ownMarketing", channel = "email", action, source = "form", evidence = "Web form 2026" }, Ct)).EnsureSuccessStatusCode();

    [Fact]
    public async Task Retention_removes_exactly_what_is_due_keeps_invoices_their_legal_time_and_respects_holds()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var today = FinnishDays.DayOf(DateTimeOffset.UtcNow);
        var ended = today.AddDays(-1);

        // Ended: a consumer whose relationship ended yesterday, with an invoice of this year, a contact and nothing else.
        var endedPerson = await admin.CreatePersonAsync(TestData.PersonBody("Päättynyt", "Asiakas", email: "paattynyt@example.fi"));
        var endedCustomer = await ConsumerAsync(admin, endedPerson, ended);
        var invoice = await (await admin.PostAsJsonAsync($"/api/v1/customers/{endedCustomer.Id}/invoices",
            new { issuedOn = new DateOnly(today.Year, 1, 15), dueOn = new DateOnly(today.Year, 1, 29), amount = 124.00m, vatAmount = 24.00m }, Ct)).ReadAsync<InvoiceDto>(Ct);
        var endedContact = await ContactAsync(admin, endedCustomer.Id, endedPerson.Id);
        // Active: a consumer in a relationship, with a contact and a call recording.
        var activePerson = await admin.CreatePersonAsync(TestData.PersonBody("Jatkuva", "Asiakas", email: "jatkuva@example.fi"));
        var activeCustomer = await ConsumerAsync(admin, activePerson, null);
        var activeContact = await ContactAsync(admin, activeCustomer.Id, activePerson.Id);
        await ConsentAsync(admin, activePerson.Id, "given");
        await ConsentAsync(admin, activePerson.Id, "withdrawn");
        var recording = await (await admin.PostAsync($"/api/v1/customers/{activeCustomer.Id}/recordings",
            SecretsAndRecordingsTests.Upload(SecretsAndRecordingsTests.Wave, "audio/wav", "call.wav", activeContact.Id), Ct)).ReadAsync<RecordingDto>(Ct);
        File.Exists(RecordingFile(recording.Id)).Should().BeTrue();
        // Consenting: no customer, a consent in force. Withdrawn: no customer, the consent withdrawn today.
        var consenting = await admin.CreatePersonAsync(TestData.PersonBody("Suostuva", "Henkilö", email: "suostuva@example.fi"));
        await ConsentAsync(admin, consenting.Id, "given");
        var withdrawn = await admin.CreatePersonAsync(TestData.PersonBody("Perunut", "Henkilö", email: "perunut@example.fi"));
        await ConsentAsync(admin, withdrawn.Id, "given");
        await ConsentAsync(admin, withdrawn.Id, "withdrawn");
        // Held: like the ended consumer, under a legal hold.
        var heldPerson = await admin.CreatePersonAsync(TestData.PersonBody("Pidätetty", "Asiakas", email: "pidatetty@example.fi"));
        await ConsumerAsync(admin, heldPerson, ended);
        var hold = await (await dpo.PostAsJsonAsync("/api/v1/retention/holds", new { personId = heldPerson.Id, reason = "Dispute, district court R 26/1234" }, Ct))
            .ReadAsync<LegalHoldDto>(Ct);

        var (instance, clock) = Later();

        // Six months and a week on: only the recording (6 months from the recording) is due; the dry run says so and changes nothing.
        clock.Now = Noon(today.AddMonths(6).AddDays(7));
        var due = await DryRunAsync(instance);
        due.Where(d => d.Ids.Count > 0).Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Category = RetentionCategories.Recordings, Target = RetentionTarget.RecordingEntries, Ids = new[] { recording.Id.ToString() } });
        (await DryRunAsync(instance)).Should().BeEquivalentTo(due);
        File.Exists(RecordingFile(recording.Id)).Should().BeTrue("a dry run changes nothing");
        var run = (await RunAsync(instance))!;
        run.Recordings.Should().Be(1);
        (run.Contacts, run.Persons, run.Invoices, run.ConsentEvents).Should().Be((0, 0, 0, 0));
        (await CountAsync("SELECT count(*) FROM recordings WHERE id = @id", recording.Id)).Should().Be(0);
        File.Exists(RecordingFile(recording.Id)).Should().BeFalse("the file goes with its row");
        (await CountAsync("SELECT count(*) FROM contacts WHERE id = @id", activeContact.Id)).Should().Be(1);

        // The last day of three years from the relationship's end: still kept.
        clock.Now = Noon(ended.AddYears(3));
        (await RunAsync(instance))!.Persons.Should().Be(0);
        (await PersonsAsync(endedPerson.Id)).Should().Be(1);

        // The day after: the ended consumer's last basis has lapsed (anonymised as an erasure does, the invoice kept); so has the
        // withdrawn consent's person, whose evidence was kept three years. The active, the consenting and the held stay.
        clock.Now = Noon(ended.AddYears(3).AddDays(2));
        run = (await RunAsync(instance))!;
        run.Persons.Should().Be(2);
        run.ConsentEvents.Should().Be(2, "the active customer's withdrawn consent's evidence has had its three years");
        (await CountAsync("SELECT count(*) FROM consent_events WHERE person_id = @id", activePerson.Id)).Should().Be(0);
        (await PersonsAsync(endedPerson.Id)).Should().Be(0);
        (await PersonsAsync(withdrawn.Id)).Should().Be(0);
        (await CountAsync("SELECT count(*) FROM consent_events WHERE person_id = @id", withdrawn.Id)).Should().Be(0);
        (await CountAsync("SELECT count(*) FROM contacts WHERE id = @id", endedContact.Id)).Should().Be(0);
        (await CountAsync("SELECT count(*) FROM invoices WHERE id = @id", invoice.Id)).Should().Be(1, "invoices stay their own time");
        (await CountAsync("SELECT count(*) FROM customers WHERE id = @id AND person_id IS NULL AND erased_at IS NOT NULL", endedCustomer.Id)).Should().Be(1);
        foreach (var kept in new[] { activePerson.Id, consenting.Id, heldPerson.Id }) (await PersonsAsync(kept)).Should().Be(1);
        (await CountAsync("SELECT count(*) FROM contacts WHERE id = @id", activeContact.Id)).Should().Be(1);
        (await CountAsync("SELECT count(*) FROM audit_records WHERE action = 'retention.anonymise' AND @id = ANY(person_ids) AND 'rule:basic' = ANY(fields)", endedPerson.Id))
            .Should().Be(1, "every removal is audited with its rule");

        // Invoices of this year are kept until 31 December six years on, the last day included; the next day they go, and the
        // customer row that was left only as their counterpart goes with the last of them.
        clock.Now = Noon(new DateOnly(today.Year + 6, 12, 31));
        (await RunAsync(instance))!.Invoices.Should().Be(0);
        (await CountAsync("SELECT count(*) FROM invoices WHERE id = @id", invoice.Id)).Should().Be(1);
        clock.Now = Noon(new DateOnly(today.Year + 7, 1, 1));
        run = (await RunAsync(instance))!;
        (run.Invoices, run.Customers).Should().Be((1, 1));
        (await CountAsync("SELECT count(*) FROM invoices WHERE id = @id", invoice.Id)).Should().Be(0);
        (await CountAsync("SELECT count(*) FROM customers WHERE id = @id", endedCustomer.Id)).Should().Be(0);

        // The held person stays until the hold is lifted.
        (await PersonsAsync(heldPerson.Id)).Should().Be(1);
        (await dpo.DeleteAsync($"/api/v1/retention/holds/{hold.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        clock.Now = Noon(new DateOnly(today.Year + 7, 1, 2));
        (await RunAsync(instance))!.Persons.Should().Be(1);
        (await PersonsAsync(heldPerson.Id)).Should().Be(0);
        (await PersonsAsync(consenting.Id)).Should().Be(1, "a consent in force is a basis of its own");
        (await PersonsAsync(activePerson.Id)).Should().Be(1, "a relationship in force is a basis of its own");
    }

    [Fact]
    public async Task Two_instances_started_at_once_make_one_run()
    {
        var (first, _) = Later();
        var (second, _) = Later();
        var runs = await Task.WhenAll(RunAsync(first), RunAsync(second), RunAsync(first), RunAsync(second));
        runs.Count(r => r is not null).Should().Be(1);
        (await CountAsync("SELECT count(*) FROM retention_runs WHERE trigger = 'Scheduled' AND id <> @id", Guid.Empty)).Should().Be(1);
    }

    [Fact]
    public async Task The_dpo_edits_rules_and_the_financial_year_and_starts_a_run_others_are_refused()
    {
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var (agent, _, _) = await Factory.UserClientAsync("HelpdeskAgent");
        (await agent.GetAsync("/api/v1/retention/rules", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await agent.PostAsync("/api/v1/retention/runs", null, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var rules = await (await dpo.GetAsync("/api/v1/retention/rules", Ct)).ReadAsync<List<RetentionRuleDto>>(Ct);
        rules.Select(r => r.Category).Should().BeEquivalentTo(RetentionCategories.All);
        var recordings = rules.Single(r => r.Category == RetentionCategories.Recordings);
        (recordings.Period, recordings.Unit, recordings.Start).Should().Be((6, PeriodUnit.Months, RetentionStart.RecordingDate));

        var body = new { period = 3, unit = "months", start = "recordingDate", action = "delete", reasonFi = "3 kk", reasonSv = "3 mån", reasonEn = "3 months" };
        (await dpo.PutJsonAsync("/api/v1/retention/rules/recordings", body, null, Ct)).StatusCode.Should().Be(HttpStatusCode.PreconditionRequired);
        var changed = await dpo.PutJsonAsync("/api/v1/retention/rules/recordings", body, $"\"{recordings.Version}\"", Ct);
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await changed.ReadAsync<RetentionRuleDto>(Ct)).Period.Should().Be(3);
        (await dpo.PutJsonAsync("/api/v1/retention/rules/recordings", body, $"\"{recordings.Version}\"", Ct)).StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        var wrongStart = await dpo.PutJsonAsync("/api/v1/retention/rules/invoicing",
            new { period = 6, unit = "years", start = "contactDate", action = "delete", reasonFi = "x", reasonSv = "x", reasonEn = "x" },
            $"\"{rules.Single(r => r.Category == RetentionCategories.Invoicing).Version}\"", Ct);
        (await wrongStart.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Contain("start");
        (await dpo.PutJsonAsync("/api/v1/retention/rules/shoeSizes", body, "\"1\"", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var yearResponse = await dpo.GetAsync("/api/v1/retention/financial-year", Ct);
        var year = await yearResponse.ReadAsync<FinancialYearDto>(Ct);
        (year.EndMonth, year.EndDay).Should().Be((12, 31));
        (await (await dpo.PutJsonAsync("/api/v1/retention/financial-year", new { endMonth = 2, endDay = 29 }, yearResponse.ETag(), Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Contain("endDay");
        var april = await dpo.PutJsonAsync("/api/v1/retention/financial-year", new { endMonth = 4, endDay = 30 }, yearResponse.ETag(), Ct);
        (await april.ReadAsync<FinancialYearDto>(Ct)).Should().Match<FinancialYearDto>(y => y.EndMonth == 4 && y.EndDay == 30);

        (await (await dpo.PostAsJsonAsync("/api/v1/retention/holds", new { reason = "No one" }, Ct)).ProblemAsync(HttpStatusCode.BadRequest, Ct))
            .ErrorFields().Should().Contain("personId");
        (await dpo.PostAsJsonAsync("/api/v1/retention/holds", new { personId = Guid.NewGuid(), reason = "Gone" }, Ct)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync(TestData.PersonBody("Pidätetty", "Riitainen", email: "riitainen@example.fi"));
        var organisation = await admin.CreateCustomerAsync(new { type = "organisation", name = "Riita Oy", businessId = "2168645-1", customerSince = "2020-01-01" });
        (await dpo.PostAsJsonAsync("/api/v1/retention/holds", new { personId = person.Id, reason = "Dispute" }, Ct)).StatusCode.Should().Be(HttpStatusCode.Created);
        var customerHold = await (await dpo.PostAsJsonAsync("/api/v1/retention/holds", new { customerId = organisation.Id, reason = "Audit by the tax authority" }, Ct))
            .ReadAsync<LegalHoldDto>(Ct);
        (await dpo.DeleteAsync($"/api/v1/retention/holds/{customerHold.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await dpo.DeleteAsync($"/api/v1/retention/holds/{customerHold.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        var holds = await (await dpo.GetAsync("/api/v1/retention/holds", Ct)).ReadAsync<List<LegalHoldDto>>(Ct);
        holds.Should().ContainSingle().Which.SubjectName.Should().Be("Pidätetty Riitainen");
        var all = await (await dpo.GetAsync("/api/v1/retention/holds?includeLifted=true", Ct)).ReadAsync<List<LegalHoldDto>>(Ct);
        all.Should().HaveCount(2).And.Contain(h => h.CustomerId == organisation.Id && h.LiftedBy != null && h.SubjectName.EndsWith("Riita Oy"));

        var started = await dpo.PostAsync("/api/v1/retention/runs", null, Ct);
        started.StatusCode.Should().Be(HttpStatusCode.Created);
        var run = await started.ReadAsync<RetentionRunDto>(Ct);
        run.Trigger.Should().Be(RetentionTrigger.Manual);
        var runs = await (await dpo.GetAsync("/api/v1/retention/runs", Ct)).ReadAsync<PagedResult<RetentionRunDto>>(Ct);
        runs.Items.Should().ContainSingle(r => r.Id == run.Id);
        var dryRun = await (await dpo.GetAsync("/api/v1/retention/dry-run?pageSize=10", Ct)).ReadAsync<RetentionDryRunDto>(Ct);
        dryRun.Rules.Should().NotBeEmpty().And.OnlyContain(r => r.Count == 0);
    }

    private static async Task<Guid> ProductGroupAsync(HttpClient admin, string code) =>
        (await (await admin.GetAsync("/api/v1/product-groups", Ct)).ReadAsync<List<ProductGroupDto>>(Ct)).Single(g => g.Code == code).Id;

    /// <summary>An organisation whose relationship ended on <paramref name="endedOn"/> (or goes on), with one row of each customer-record category.</summary>
    private static async Task<(CustomerDto Customer, Guid Purchase, Guid Asset, Guid Contact)> OrganisationAsync(
        HttpClient admin, string name, DateOnly? endedOn, Guid contactPersonId, Guid hardware)
    {
        var customer = await admin.CreateCustomerAsync(new
        {
            type = "organisation", name, businessId = "2168645-1", customerSince = "2020-01-01", relationshipEndedOn = endedOn,
        });
        (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/contact-persons", new { personId = contactPersonId }, Ct)).EnsureSuccessStatusCode();
        var purchase = await (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/purchases", new
        {
            productGroupId = hardware, product = "Laptop", purchasedOn = "2024-05-02", quantity = 1, unitPrice = 899.90m, reason = "Office", personId = contactPersonId,
        }, Ct)).ReadAsync<PurchaseDto>(Ct);
        var today = FinnishDays.DayOf(DateTimeOffset.UtcNow);
        var asset = await (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/assets", new
        {
            kind = "laptop", make = "Acme", model = "A1", serialNumber = "SN-RET-1", licenceKey = "RET-ABCDE-FGHIJ",
            warranty = new { startsOn = today.AddYears(-1), endsOn = today.AddYears(1), terms = "Carry-in" },
        }, Ct)).ReadAsync<AssetDto>(Ct);
        (await admin.PostAsJsonAsync($"/api/v1/assets/{asset.Id}/remote-access", new { tool = "RDP", host = "ws-1.asiakas.local", username = "tuki", secret = "S3cret-Passw0rd!" }, Ct))
            .EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/problems", new { description = "Backup fails" }, Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/interests", new { tag = "Servers", personId = contactPersonId }, Ct)).EnsureSuccessStatusCode();
        var contact = await ContactAsync(admin, customer.Id, contactPersonId);
        return (customer, purchase.Id, asset.Id, contact.Id);
    }

    private async Task<long> RowsOfAsync(Guid customerId) => await CountAsync(
        """
        SELECT (SELECT count(*) FROM purchases WHERE customer_id = @id) + (SELECT count(*) FROM assets WHERE customer_id = @id)
             + (SELECT count(*) FROM remote_accesses WHERE customer_id = @id) + (SELECT count(*) FROM problems WHERE customer_id = @id)
             + (SELECT count(*) FROM interests WHERE customer_id = @id) + (SELECT count(*) FROM contacts WHERE customer_id = @id)
        """, customerId);

    [Fact]
    public async Task An_ended_organisations_records_go_each_by_its_own_rule_and_its_contact_person_links_end()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var hardware = await ProductGroupAsync(admin, "hardware");
        var today = FinnishDays.DayOf(DateTimeOffset.UtcNow);
        var ended = today.AddDays(-1);

        // Only a contact person of the ended organisation; a contact person who also has a consent in force; and the other organisations' contact person.
        var onlyContact = await admin.CreatePersonAsync(TestData.PersonBody("Yhteys", "Henkilö", email: "yhteys@example.fi"));
        var consenting = await admin.CreatePersonAsync(TestData.PersonBody("Suostuva", "Yhteys", email: "suostuva.yhteys@example.fi"));
        await ConsentAsync(admin, consenting.Id, "given");
        var other = await admin.CreatePersonAsync(TestData.PersonBody("Muu", "Yhteys", email: "muu@example.fi"));
        var endedOrg = await OrganisationAsync(admin, "Päättynyt Oy", ended, onlyContact.Id, hardware);
        (await admin.PostAsJsonAsync($"/api/v1/customers/{endedOrg.Customer.Id}/contact-persons", new { personId = consenting.Id }, Ct)).EnsureSuccessStatusCode();
        var activeOrg = await OrganisationAsync(admin, "Jatkuva Oy", null, other.Id, hardware);
        var heldOrg = await OrganisationAsync(admin, "Riita Oy", ended, other.Id, hardware);
        (await dpo.PostAsJsonAsync("/api/v1/retention/holds", new { customerId = heldOrg.Customer.Id, reason = "Dispute" }, Ct)).EnsureSuccessStatusCode();

        var (instance, clock) = Later();

        // The interests rule keeps an interest until the relationship ends: the day after, the ended organisation's interest goes.
        clock.Now = Noon(today);
        var due = await DryRunAsync(instance);
        due.Where(d => d.Ids.Count > 0).Should().ContainSingle().Which.Target.Should().Be(RetentionTarget.InterestEntries);
        (await RunAsync(instance))!.Interests.Should().Be(1);
        (await CountAsync("SELECT count(*) FROM interests WHERE customer_id = @id", endedOrg.Customer.Id)).Should().Be(0);
        (await CountAsync("SELECT count(*) FROM interests WHERE customer_id = @id", activeOrg.Customer.Id)).Should().Be(1);

        // The last day of three years: everything else kept.
        clock.Now = Noon(ended.AddYears(3));
        var kept = (await RunAsync(instance))!;
        (kept.Purchases, kept.Assets, kept.Problems, kept.Contacts, kept.ContactPersonLinks, kept.Persons).Should().Be((0, 0, 0, 0, 0, 0));
        (await RowsOfAsync(endedOrg.Customer.Id)).Should().Be(5);

        // The day after: contract (purchase, warranty), devices (remote connection, asset), problems and contacts go by their rules;
        // the person who was only its contact person lapses by the basic rule; the other contact person's link ends, the person stays.
        clock.Now = Noon(ended.AddYears(3).AddDays(1));
        due = await DryRunAsync(instance);
        due.Single(d => d.Target == RetentionTarget.PurchaseEntries).Ids.Should().Equal(endedOrg.Purchase.ToString());
        due.Single(d => d.Target == RetentionTarget.WarrantyEntries).Ids.Should().Equal(endedOrg.Asset.ToString());
        due.Single(d => d.Target == RetentionTarget.AssetEntries).Ids.Should().Equal(endedOrg.Asset.ToString());
        due.Single(d => d.Target == RetentionTarget.RemoteAccessEntries).Ids.Should().ContainSingle();
        due.Single(d => d.Target == RetentionTarget.ProblemEntries).Ids.Should().ContainSingle();
        var run = (await RunAsync(instance))!;
        (run.Purchases, run.Warranties, run.RemoteAccesses, run.Assets, run.Problems, run.Contacts).Should().Be((1, 1, 1, 1, 1, 1));
        run.Persons.Should().Be(1);
        run.ContactPersonLinks.Should().Be(1);
        (run.Status, run.Phase).Should().Be((RetentionRunStatus.Completed, (string?)null));
        (await RowsOfAsync(endedOrg.Customer.Id)).Should().Be(0);
        (await PersonsAsync(onlyContact.Id)).Should().Be(0);
        (await PersonsAsync(consenting.Id)).Should().Be(1, "a consent in force is a basis of its own");
        (await CountAsync("SELECT count(*) FROM customer_contact_persons WHERE customer_id = @id", endedOrg.Customer.Id)).Should().Be(0);
        (await RowsOfAsync(activeOrg.Customer.Id)).Should().Be(6, "a relationship in force keeps its records");
        (await RowsOfAsync(heldOrg.Customer.Id)).Should().Be(6, "a legal hold keeps everything of its customer");
        (await PersonsAsync(other.Id)).Should().Be(1);
        (await CountAsync("SELECT count(*) FROM audit_records WHERE action = 'retention.delete' AND @id = ANY(customer_ids) AND 'rule:contract' = ANY(fields) AND 'target:purchaseEntries' = ANY(fields)",
            endedOrg.Customer.Id)).Should().Be(1, "every batch is audited with its rule, ids only");
    }

    [Fact]
    public async Task A_person_with_no_recorded_basis_goes_by_the_basic_rule_from_the_last_change_unless_a_request_is_in_progress()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var today = FinnishDays.DayOf(DateTimeOffset.UtcNow);
        var byHand = await admin.CreatePersonAsync(TestData.PersonBody("Käsin", "Lisätty", email: "kasin@example.fi"));
        var asking = await admin.CreatePersonAsync(TestData.PersonBody("Kysyvä", "Henkilö", email: "kysyva@example.fi"));
        var receipt = await (await dpo.PostAsJsonAsync("/api/v1/requests", new
        {
            type = "access", channel = "letter", receivedAt = DateTimeOffset.UtcNow.AddHours(-1), requester = new { name = "Kysyvä Henkilö", email = "kysyva@example.fi" },
        }, Ct)).ReadAsync<RequestReceipt>(Ct);
        (await dpo.PostAsJsonAsync($"/api/v1/requests/{receipt.Id}/persons", new { personIds = new[] { asking.Id } }, Ct)).EnsureSuccessStatusCode();

        var (instance, clock) = Later();
        clock.Now = Noon(today.AddYears(3));
        (await DryRunAsync(instance)).Single(d => d.Target == RetentionTarget.PersonsWithoutBasis).Ids.Should().BeEmpty("the last day of three years is kept");
        (await RunAsync(instance))!.Persons.Should().Be(0);
        (await PersonsAsync(byHand.Id)).Should().Be(1);

        clock.Now = Noon(today.AddYears(3).AddDays(1));
        (await DryRunAsync(instance)).Single(d => d.Target == RetentionTarget.PersonsWithoutBasis).Ids.Should().Equal(byHand.Id.ToString());
        (await RunAsync(instance))!.Persons.Should().Be(1);
        (await PersonsAsync(byHand.Id)).Should().Be(0);
        (await PersonsAsync(asking.Id)).Should().Be(1, "a request in progress keeps the person");
        (await CountAsync("SELECT count(*) FROM audit_records WHERE @id = ANY(person_ids) AND 'target:personsWithoutBasis' = ANY(fields)", byHand.Id)).Should().Be(1);
    }

    [Fact]
    public async Task A_run_that_died_half_way_is_marked_failed_by_the_next_and_what_it_did_stays()
    {
        var dead = Guid.CreateVersion7();
        await using (var connection = new NpgsqlConnection(Factory.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO retention_runs (id, trigger, started_at, started_by, as_of, contacts, recordings, invoices, consent_events, persons, customers,
                    purchases, warranties, assets, remote_accesses, problems, interests, contact_person_links, status, phase)
                VALUES (@id, 'Manual', now() - interval '1 hour', 'dpo', current_date, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'Running', 'contacts')
                """, connection);
            command.Parameters.AddWithValue("id", dead);
            await command.ExecuteNonQueryAsync(Ct);
        }
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var run = await (await dpo.PostAsync("/api/v1/retention/runs", null, Ct)).ReadAsync<RetentionRunDto>(Ct);
        (run.Status, run.Phase).Should().Be((RetentionRunStatus.Completed, (string?)null));
        var runs = await (await dpo.GetAsync("/api/v1/retention/runs", Ct)).ReadAsync<PagedResult<RetentionRunDto>>(Ct);
        runs.Items.Single(r => r.Id == dead).Should().Match<RetentionRunDto>(r =>
            r.Status == RetentionRunStatus.Failed && r.FinishedAt != null && r.Contacts == 3 && r.Phase == "contacts");
    }

    [Fact]
    public async Task An_erasure_under_a_legal_hold_is_refused_with_a_409_that_says_so_until_the_hold_is_lifted()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var person = await admin.CreatePersonAsync(TestData.PersonBody("Pidätetty", "Poistettava", email: "poistettava@example.fi"));
        var organisation = await admin.CreateCustomerAsync(new { type = "organisation", name = "Riita Oy", businessId = "2168645-1", customerSince = "2020-01-01" });
        (await admin.PostAsJsonAsync($"/api/v1/customers/{organisation.Id}/contact-persons", new { personId = person.Id }, Ct)).EnsureSuccessStatusCode();
        var receipt = await (await dpo.PostAsJsonAsync("/api/v1/requests", new
        {
            type = "erasure", channel = "letter", receivedAt = DateTimeOffset.UtcNow.AddHours(-1), requester = new { name = "Pidätetty Poistettava", email = "poistettava@example.fi" },
        }, Ct)).ReadAsync<RequestReceipt>(Ct);
        (await dpo.PostAsJsonAsync($"/api/v1/requests/{receipt.Id}/persons", new { personIds = new[] { person.Id } }, Ct)).EnsureSuccessStatusCode();
        (await dpo.PostAsJsonAsync($"/api/v1/requests/{receipt.Id}/verify", new { method = "signedLetter", note = "Signature matches" }, Ct)).EnsureSuccessStatusCode();
        // The hold is on the organisation the person is a contact person of: it covers its persons too.
        var hold = await (await dpo.PostAsJsonAsync("/api/v1/retention/holds", new { customerId = organisation.Id, reason = "Dispute, district court R 26/99" }, Ct))
            .ReadAsync<LegalHoldDto>(Ct);

        (await (await dpo.GetAsync($"/api/v1/requests/{receipt.Id}/erasure", Ct)).ReadAsync<ErasureDto>(Ct)).Refusal.Should().Contain("legal hold");
        var refused = await dpo.PostAsync($"/api/v1/requests/{receipt.Id}/erasure", null, Ct);
        (await refused.ProblemAsync(HttpStatusCode.Conflict, Ct)).ErrorFields().Should().Contain("legalHold");
        (await PersonsAsync(person.Id)).Should().Be(1);

        (await dpo.DeleteAsync($"/api/v1/retention/holds/{hold.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await (await dpo.GetAsync($"/api/v1/requests/{receipt.Id}/erasure", Ct)).ReadAsync<ErasureDto>(Ct)).Refusal.Should().BeNull();
        (await dpo.PostAsync($"/api/v1/requests/{receipt.Id}/erasure", null, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await PersonsAsync(person.Id)).Should().Be(0);
    }
}
