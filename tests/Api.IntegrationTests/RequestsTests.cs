using System.Net;
using System.Net.Http.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Audit;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Requests;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Npgsql;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// The requests register (issue 12, R8.1): anyone who talks to customers registers a request, only DataProtectionOfficer and
/// the administrator see and handle it; the inbox is ordered by due date with overdue and due-soon marks and masks the requester;
/// every step is on the timeline; the regulator's CSV carries no requester details. Receipt times are set relative to now.
/// </summary>
public sealed class RequestsTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Body(DateTimeOffset receivedAt, string name = "Maija Meikäläinen", string type = "access", string channel = "letter") => new
    {
        type, channel, receivedAt,
        requester = new { name, email = "maija.meikalainen@example.fi", phone = "040 123 4567", address = "Korppaanmäentie 27, 00300 Helsinki", note = "Wants everything" },
    };

    private static async Task<RequestReceipt> RegisterAsync(HttpClient client, object body)
    {
        var answer = await client.PostAsJsonAsync("/api/v1/requests", body, Ct);
        answer.StatusCode.Should().Be(HttpStatusCode.Created, await answer.Content.ReadAsStringAsync(Ct));
        var receipt = await answer.ReadAsync<RequestReceipt>(Ct);
        answer.Headers.Location!.ToString().Should().Be($"/api/v1/requests/{receipt.Id}");
        return receipt;
    }

    private static async Task<RequestDto> StepAsync(HttpClient client, Guid id, string step, object body) =>
        await (await client.PostAsJsonAsync($"/api/v1/requests/{id}/{step}", body, Ct)).ReadAsync<RequestDto>(Ct);

    [Fact]
    public async Task A_helpdesk_agent_registers_a_request_but_sees_nothing_of_it_after()
    {
        var (helpdesk, _, _) = await Factory.UserClientAsync("HelpdeskAgent");
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");

        var receipt = await RegisterAsync(helpdesk, Body(DateTimeOffset.UtcNow.AddHours(-2), channel: "phone"));

        receipt.Status.Should().Be(RequestStatus.Received);
        receipt.DueOn.Should().Be(ResponseDeadline.Due(receipt.ReceivedAt));
        (await helpdesk.GetAsync("/api/v1/requests", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await helpdesk.GetAsync($"/api/v1/requests/{receipt.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await helpdesk.GetAsync("/api/v1/requests/export", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await helpdesk.PostAsJsonAsync($"/api/v1/requests/{receipt.Id}/verify", new { method = "knownContactDetails" }, Ct)).StatusCode
            .Should().Be(HttpStatusCode.Forbidden);

        var (auditor, _, _) = await Factory.UserClientAsync("Auditor");
        (await auditor.PostAsJsonAsync("/api/v1/requests", Body(DateTimeOffset.UtcNow), Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var detail = await (await dpo.GetAsync($"/api/v1/requests/{receipt.Id}", Ct)).ReadAsync<RequestDto>(Ct);
        detail.Requester.Should().Be(new RequesterDto("Maija Meikäläinen", "maija.meikalainen@example.fi", "040 123 4567", "Korppaanmäentie 27, 00300 Helsinki",
            "Wants everything"));
        detail.Channel.Should().Be(RequestChannel.Phone);
        detail.Timeline.Should().ContainSingle().Which.Step.Should().Be(RequestStep.Registered);
    }

    [Fact]
    public async Task The_inbox_is_ordered_by_due_date_marks_overdue_and_due_soon_and_masks_the_requester()
    {
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var now = DateTimeOffset.UtcNow;
        var later = await RegisterAsync(dpo, Body(now.AddHours(-1), "Ville Vallaton"));
        var overdue = await RegisterAsync(dpo, Body(now.AddDays(-45), "Olli Myöhä"));
        var soon = await RegisterAsync(dpo, Body(now.AddDays(-28), "Sanna Pian"));
        var closed = await RegisterAsync(dpo, Body(now.AddDays(-60), "Kalle Valmis"));
        await StepAsync(dpo, closed.Id, "reject", new { reason = "Not about our register", remediesTold = true });

        var inbox = await (await dpo.GetAsync("/api/v1/requests", Ct)).ReadAsync<PagedResult<RequestSummary>>(Ct);

        inbox.Items.Select(i => i.Id).Should().Equal(overdue.Id, soon.Id, later.Id, closed.Id);
        inbox.Items.Select(i => (i.Overdue, i.DueSoon)).Should().Equal((true, false), (false, true), (false, false), (false, false));
        inbox.Items[0].RequesterInitials.Should().Be("O. M.");
        inbox.Items.Should().OnlyContain(i => i.RequesterMaskedEmail == "m***@e***.fi");
        var body = await (await dpo.GetAsync("/api/v1/requests", Ct)).Content.ReadAsStringAsync(Ct);
        body.Should().NotContain("Myöhä").And.NotContain("meikalainen").And.NotContain("040 123").And.NotContain("Korppaanmäentie");

        var rejected = await (await dpo.GetAsync("/api/v1/requests?status=rejected", Ct)).ReadAsync<PagedResult<RequestSummary>>(Ct);
        rejected.Items.Should().ContainSingle().Which.Id.Should().Be(closed.Id);
        var erasures = await (await dpo.GetAsync("/api/v1/requests?type=erasure", Ct)).ReadAsync<PagedResult<RequestSummary>>(Ct);
        erasures.Items.Should().BeEmpty();
    }

    [Fact]
    public async Task Every_step_is_on_the_timeline_with_who_and_when_and_the_due_date_follows_the_recorded_pause()
    {
        var (dpo, dpoUser, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync();
        var now = DateTimeOffset.UtcNow;
        var receipt = await RegisterAsync(dpo, Body(now.AddDays(-10), type: "erasure"));

        var assigned = await StepAsync(dpo, receipt.Id, "assign", new { assigneeId = dpoUser.Id });
        assigned.Status.Should().Be(RequestStatus.VerifyingIdentity);
        assigned.AssigneeId.Should().Be(dpoUser.Id);
        await StepAsync(dpo, receipt.Id, "persons", new { personIds = new[] { person.Id } });
        await StepAsync(dpo, receipt.Id, "identification-asked", new { at = now.AddDays(-8), note = "Asked for a signed letter" });
        var arrived = await StepAsync(dpo, receipt.Id, "identification-received", new { at = now.AddDays(-3) });
        arrived.PausedDays.Should().Be(ResponseDeadline.PausedDays(now.AddDays(-8), now.AddDays(-3)));
        arrived.DueOn.Should().Be(ResponseDeadline.Due(receipt.ReceivedAt, pausedDays: arrived.PausedDays));
        var verified = await StepAsync(dpo, receipt.Id, "verify", new { method = "signedLetter", note = "Signature matches the one on file" });
        verified.Status.Should().Be(RequestStatus.InProgress);
        verified.Verification!.Method.Should().Be(IdentityVerificationMethod.SignedLetter);
        var extended = await StepAsync(dpo, receipt.Id, "extend", new { reasons = "Recordings of ten years to go through", requesterTold = true });
        extended.Status.Should().Be(RequestStatus.Extended);
        extended.DueOn.Should().Be(ResponseDeadline.Due(receipt.ReceivedAt, extended: true, pausedDays: arrived.PausedDays));
        extended.Extension!.RequesterToldAt.Should().Be(extended.Extension.At);
        var completed = await StepAsync(dpo, receipt.Id, "complete", new { summary = "Erased; invoices kept under the Accounting Act" });

        completed.Status.Should().Be(RequestStatus.Completed);
        completed.Outcome.Should().Be(RequestOutcome.Completed);
        completed.PersonIds.Should().Equal(person.Id);
        completed.Timeline.Select(e => e.Step).Should().Equal(RequestStep.Registered, RequestStep.Assigned, RequestStep.PersonsMatched,
            RequestStep.IdentificationAsked, RequestStep.IdentificationReceived, RequestStep.IdentityVerified, RequestStep.Extended, RequestStep.Completed);
        completed.Timeline.Skip(1).Should().OnlyContain(e => e.By == dpoUser.Username && e.At >= now.AddMinutes(-1));

        var again = await dpo.PostAsJsonAsync($"/api/v1/requests/{receipt.Id}/reject", new { reason = "x", remediesTold = true }, Ct);
        await again.ProblemAsync(HttpStatusCode.Conflict, Ct);

        var audit = await (await admin.GetAsync($"/api/v1/audit?personId={person.Id}&action=request.complete", Ct)).ReadAsync<PagedResult<AuditRecordDto>>(Ct);
        audit.Items.Should().ContainSingle();
    }

    [Fact]
    public async Task Steps_the_state_refuses_are_409_and_bad_input_is_400()
    {
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var (helpdesk, helpdeskUser, _) = await Factory.UserClientAsync("HelpdeskAgent");
        var receipt = await RegisterAsync(dpo, Body(DateTimeOffset.UtcNow.AddDays(-40)));
        var id = receipt.Id;

        await (await dpo.PostAsJsonAsync($"/api/v1/requests/{id}/complete", new { }, Ct)).ProblemAsync(HttpStatusCode.Conflict, Ct);
        await (await dpo.PostAsJsonAsync($"/api/v1/requests/{id}/extend", new { reasons = "Late", requesterTold = true }, Ct))
            .ProblemAsync(HttpStatusCode.Conflict, Ct);
        await (await dpo.PostAsJsonAsync($"/api/v1/requests/{id}/identification-received", new { }, Ct)).ProblemAsync(HttpStatusCode.Conflict, Ct);
        await (await dpo.PostAsJsonAsync($"/api/v1/requests/{id}/assign", new { assigneeId = helpdeskUser.Id }, Ct)).ProblemAsync(HttpStatusCode.Conflict, Ct);
        await (await dpo.PostAsJsonAsync($"/api/v1/requests/{id}/persons", new { personIds = new[] { Guid.NewGuid() } }, Ct))
            .ProblemAsync(HttpStatusCode.Conflict, Ct);
        await (await dpo.PostAsJsonAsync($"/api/v1/requests/{Guid.NewGuid()}/verify", new { method = "signedLetter" }, Ct)).ProblemAsync(HttpStatusCode.NotFound, Ct);

        var wrongEnum = await (await dpo.PostAsJsonAsync($"/api/v1/requests/{id}/verify", new { method = "horoscope" }, Ct)).ProblemAsync(HttpStatusCode.BadRequest, Ct);
        wrongEnum.ErrorFields().Should().Contain("method");
        var wrongType = await (await helpdesk.PostAsJsonAsync("/api/v1/requests",
            new { type = "complaint", channel = "letter", receivedAt = DateTimeOffset.UtcNow, requester = new { name = "X" } }, Ct)).ProblemAsync(HttpStatusCode.BadRequest, Ct);
        wrongType.ErrorFields().Should().Contain("type");
        await (await dpo.GetAsync("/api/v1/requests?status=lost", Ct)).ProblemAsync(HttpStatusCode.BadRequest, Ct);
        var future = await (await helpdesk.PostAsJsonAsync("/api/v1/requests", Body(DateTimeOffset.UtcNow.AddDays(2)), Ct)).ProblemAsync(HttpStatusCode.BadRequest, Ct);
        future.ErrorFields().Should().Contain("receivedAt");
        var missing = await (await helpdesk.PostAsJsonAsync("/api/v1/requests", new { }, Ct)).ProblemAsync(HttpStatusCode.BadRequest, Ct);
        missing.ErrorFields().Should().Contain(["type", "channel", "receivedAt", "requester"]);
        var untold = await (await dpo.PostAsJsonAsync($"/api/v1/requests/{id}/reject", new { reason = "Unfounded", ground = "manifestlyUnfounded" }, Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, Ct);
        untold.ErrorFields().Should().Contain("remediesTold");

        var rejected = await StepAsync(dpo, id, "reject", new { reason = "The same request every week", ground = "manifestlyUnfounded", remediesTold = true });
        rejected.Outcome.Should().Be(RequestOutcome.RejectedManifestlyUnfounded);
        rejected.Timeline.Select(e => e.Step).Should().Equal(RequestStep.Registered, RequestStep.Rejected);
    }

    [Fact]
    public async Task A_handler_sees_whom_a_request_can_be_assigned_to_without_the_staff_accounts_list()
    {
        var (dpo, dpoUser, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var (helpdesk, helpdeskUser, _) = await Factory.UserClientAsync("HelpdeskAgent");
        var (other, otherUser, _) = await Factory.UserClientAsync("DataProtectionOfficer");

        (await dpo.GetAsync("/api/v1/users", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "a handler does not list staff accounts");
        var handlers = await (await dpo.GetAsync("/api/v1/requests/handlers", Ct)).ReadAsync<List<RequestHandlerDto>>(Ct);
        handlers.Should().Contain(h => h.Id == dpoUser.Id && h.AccessLevel == AccessLevel.DataProtectionOfficer && h.Enabled)
            .And.Contain(h => h.Id == otherUser.Id && h.DisplayName == otherUser.DisplayName)
            .And.Contain(h => h.AccessLevel == AccessLevel.Administrator)
            .And.NotContain(h => h.Id == helpdeskUser.Id);
        handlers.Select(h => h.AccessLevel).Should().OnlyContain(l => l == AccessLevel.DataProtectionOfficer || l == AccessLevel.Administrator);

        var id = (await (await helpdesk.PostAsJsonAsync("/api/v1/requests", new
        {
            type = "access", channel = "phone", receivedAt = DateTimeOffset.UtcNow, requester = new { name = "Maija Meikäläinen" },
        }, Ct)).ReadAsync<RequestReceipt>(Ct)).Id;
        (await dpo.PostAsJsonAsync($"/api/v1/requests/{id}/assign", new { assigneeId = otherUser.Id }, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await helpdesk.GetAsync("/api/v1/requests/handlers", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_regulator_s_export_has_every_request_and_no_requester_details()
    {
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var first = await RegisterAsync(dpo, Body(DateTimeOffset.UtcNow.AddDays(-5), type: "portability", channel: "email"));
        var second = await RegisterAsync(dpo, Body(DateTimeOffset.UtcNow.AddDays(-1), name: "=HYPERLINK(\"http://x\")"));
        await StepAsync(dpo, second.Id, "reject", new { reason = "Excessive", ground = "excessive", remediesTold = true });

        var answer = await dpo.GetAsync("/api/v1/requests/export", Ct);
        answer.StatusCode.Should().Be(HttpStatusCode.OK);
        answer.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var lines = (await answer.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimStart('\uFEFF')).ToList();

        lines[0].Should().Be("id,type,channel,received,due,extended,completed,status,outcome");
        lines.Should().HaveCount(3);
        lines[1].Should().StartWith($"{first.Id},portability,email,").And.EndWith($",{first.DueOn:yyyy-MM-dd},false,,received,");
        lines[2].Should().StartWith($"{second.Id},access,letter,").And.EndWith(",rejected,rejectedExcessive");
        string.Join('\n', lines).Should().NotContain("Maija").And.NotContain("HYPERLINK").And.NotContain("meikalainen").And.NotContain("123 4567").And.NotContain("+35840").And.NotContain("Korppaan");
    }

    [Fact]
    public async Task The_timeline_refuses_to_be_rewritten_or_deleted()
    {
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        await RegisterAsync(dpo, Body(DateTimeOffset.UtcNow));
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);

        foreach (var sql in new[] { "UPDATE data_subject_request_events SET by = 'someone'", "DELETE FROM data_subject_request_events" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var act = async () => await command.ExecuteNonQueryAsync(Ct);
            (await act.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain("append-only", sql);
        }
    }
}
