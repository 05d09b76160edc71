using HsWorks.Domain.Common;
using HsWorks.Domain.Requests;

namespace HsWorks.Domain.UnitTests.Requests;

public sealed class DataSubjectRequestTests
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    private static DateTimeOffset At(string day, int hour = 10)
    {
        var local = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, Helsinki.GetUtcOffset(local));
    }

    private static DataSubjectRequest Received(string day = "2026-03-10", RequestType type = RequestType.Access) =>
        DataSubjectRequest.Register(Guid.NewGuid(), type, RequestChannel.Letter, At(day), new Requester(" Maija Meikäläinen ", "maija@example.fi", null, null, null),
            At(day, 12), "helpdesk1");

    [Fact]
    public void A_registered_request_is_received_and_due_one_month_from_receipt()
    {
        var request = Received();

        request.Status.Should().Be(RequestStatus.Received);
        request.DueOn.Should().Be(new DateOnly(2026, 4, 10));
        request.FirstDueOn.Should().Be(request.DueOn);
        request.RequesterName.Should().Be("Maija Meikäläinen");
        request.NewEvents.Should().ContainSingle().Which.Step.Should().Be(RequestStep.Registered);
    }

    [Fact]
    public void A_request_cannot_be_received_in_the_future()
    {
        var act = () => DataSubjectRequest.Register(Guid.NewGuid(), RequestType.Access, RequestChannel.Email, At("2026-03-11"), new Requester("M", null, null, null, null),
            At("2026-03-10"), "x");

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("receivedAt");
    }

    [Fact]
    public void Received_then_verifying_identity_then_in_progress_then_completed_each_on_the_timeline()
    {
        var request = Received();
        request.Assign(Guid.NewGuid(), At("2026-03-11"), "dpo");
        request.Status.Should().Be(RequestStatus.VerifyingIdentity);
        request.VerifyIdentity(IdentityVerificationMethod.SignedLetter, "Signature matches", At("2026-03-12"), "dpo");
        request.Status.Should().Be(RequestStatus.InProgress);
        request.Complete("Report sent", At("2026-03-20"), "dpo");

        request.Status.Should().Be(RequestStatus.Completed);
        request.Outcome.Should().Be(RequestOutcome.Completed);
        request.NewEvents.Select(e => e.Step).Should().Equal(RequestStep.Registered, RequestStep.Assigned, RequestStep.IdentityVerified, RequestStep.Completed);
        request.NewEvents.Should().OnlyContain(e => e.By.Length > 0);
    }

    [Fact]
    public void A_request_is_completed_only_after_the_identity_was_verified()
    {
        var request = Received();

        request.Refuses(RequestStep.Completed, new DateOnly(2026, 3, 11)).Should().NotBeNull();
        var act = () => request.Complete(null, At("2026-03-11"), "dpo");
        act.Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void A_closed_request_takes_no_more_steps()
    {
        var request = Received();
        request.Reject("Not about our register", null, remediesTold: true, At("2026-03-11"), "dpo");

        // Lifting a restriction and telling recipients by hand follow a request past its closing (DataSubjectRightsTests).
        RequestStep[] outliving = [RequestStep.Registered, RequestStep.RestrictionLifted, RequestStep.RecipientToldManually];
        foreach (var step in Enum.GetValues<RequestStep>().Except(outliving))
            request.Refuses(step, new DateOnly(2026, 3, 12)).Should().Be("The request is closed.", step.ToString());
        var act = () => request.Assign(Guid.NewGuid(), At("2026-03-12"), "dpo");
        act.Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void A_refusal_needs_its_reasons_and_must_tell_of_the_remedies()
    {
        var request = Received();

        ((Action)(() => request.Reject(" ", null, true, At("2026-03-11"), "dpo"))).Should().Throw<DomainRuleException>().Which.Field.Should().Be("reason");
        ((Action)(() => request.Reject("Repeated", RejectionGround.Excessive, false, At("2026-03-11"), "dpo"))).Should().Throw<DomainRuleException>()
            .Which.Field.Should().Be("remediesTold");
        request.Reject("The fifth identical request this month", RejectionGround.Excessive, true, At("2026-03-11"), "dpo");

        request.Status.Should().Be(RequestStatus.Rejected);
        request.RemediesTold.Should().BeTrue();
        request.Outcome.Should().Be(RequestOutcome.RejectedExcessive);
    }

    [Fact]
    public void An_extension_makes_it_three_months_from_receipt_and_the_status_extended_while_it_holds()
    {
        var request = Received("2026-03-03");
        request.Extend("Thousands of recordings to go through", requesterTold: true, At("2026-03-20"), "dpo");

        request.Status.Should().Be(RequestStatus.Extended);
        request.FirstDueOn.Should().Be(new DateOnly(2026, 4, 7));
        request.DueOn.Should().Be(new DateOnly(2026, 6, 3));
        request.ExtensionToldAt.Should().Be(At("2026-03-20"));
        request.VerifyIdentity(IdentityVerificationMethod.StrongElectronicIdentification, null, At("2026-03-21"), "dpo");
        request.Status.Should().Be(RequestStatus.Extended, "the extension holds until the request is answered");
    }

    [Fact]
    public void An_extension_is_possible_on_the_first_due_date_but_not_after_it()
    {
        var onTime = Received("2026-03-03");
        onTime.Extend("Complex", true, At("2026-04-07", 23), "dpo");
        onTime.IsExtended.Should().BeTrue();

        var late = Received("2026-03-03");
        late.Refuses(RequestStep.Extended, new DateOnly(2026, 4, 8)).Should().NotBeNull();
        var act = () => late.Extend("Complex", true, At("2026-04-08", 0), "dpo");
        act.Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void An_extension_needs_its_reasons_the_requester_told_and_happens_once()
    {
        var request = Received();

        ((Action)(() => request.Extend("", true, At("2026-03-11"), "dpo"))).Should().Throw<DomainRuleException>().Which.Field.Should().Be("reasons");
        ((Action)(() => request.Extend("Complex", false, At("2026-03-11"), "dpo"))).Should().Throw<DomainRuleException>().Which.Field.Should().Be("requesterTold");
        request.Extend("Complex", true, At("2026-03-11"), "dpo");
        request.Refuses(RequestStep.Extended, new DateOnly(2026, 3, 12)).Should().Be("The request was already extended.");
    }

    [Fact]
    public void The_clock_pauses_only_for_the_recorded_interval_between_asking_for_identification_and_its_arrival()
    {
        var request = Received("2026-03-10");
        request.AskForIdentification(At("2026-03-12"), "Copy of an ID document, please", At("2026-03-12"), "dpo");
        request.Status.Should().Be(RequestStatus.VerifyingIdentity);
        request.DueOn.Should().Be(new DateOnly(2026, 4, 10), "nothing moves before the arrival is recorded");
        request.Refuses(RequestStep.IdentityVerified, new DateOnly(2026, 3, 13)).Should().NotBeNull("the arrival is recorded first");

        request.ReceiveIdentification(At("2026-03-19"), null, At("2026-03-19", 11), "dpo");

        request.PausedDays.Should().Be(7);
        request.DueOn.Should().Be(ResponseDeadline.Due(At("2026-03-10"), pausedDays: 7)).And.Be(new DateOnly(2026, 4, 17));
        request.FirstDueOn.Should().Be(request.DueOn);
        request.NewEvents.Select(e => e.Step).Should().Contain([RequestStep.IdentificationAsked, RequestStep.IdentificationReceived]);
    }

    [Fact]
    public void Information_cannot_arrive_before_it_was_asked_nor_be_asked_before_receipt()
    {
        var request = Received("2026-03-10");
        ((Action)(() => request.AskForIdentification(At("2026-03-09"), null, At("2026-03-12"), "dpo"))).Should().Throw<DomainRuleException>();
        request.AskForIdentification(At("2026-03-12"), null, At("2026-03-12"), "dpo");
        ((Action)(() => request.ReceiveIdentification(At("2026-03-11"), null, At("2026-03-13"), "dpo"))).Should().Throw<DomainRuleException>();
        request.Refuses(RequestStep.IdentificationAsked, new DateOnly(2026, 3, 13)).Should().NotBeNull();
    }

    [Fact]
    public void Matching_persons_replaces_the_earlier_match()
    {
        var request = Received();
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        request.MatchPersons([a, b, a], At("2026-03-11"), "dpo");
        request.PersonIds.Should().Equal(a, b);
        request.MatchPersons([b], At("2026-03-11"), "dpo");
        request.PersonIds.Should().Equal(b);
    }

    [Theory]
    [InlineData("2026-04-10", "2026-04-10", false, true)]
    [InlineData("2026-04-10", "2026-04-03", false, true)]
    [InlineData("2026-04-10", "2026-04-02", false, false)]
    [InlineData("2026-04-10", "2026-04-11", true, false)]
    public void Overdue_and_due_soon_are_computed_from_the_due_date_and_today(string due, string today, bool overdue, bool soon)
    {
        var (dueOn, on) = (DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        DataSubjectRequest.IsOverdue(true, dueOn, on).Should().Be(overdue);
        DataSubjectRequest.IsDueSoon(true, dueOn, on).Should().Be(soon);
        DataSubjectRequest.IsOverdue(false, dueOn, on).Should().BeFalse("a closed request is never overdue");
    }

    [Theory]
    [InlineData("Maija Meikäläinen", "M. M.")]
    [InlineData("anna-liisa virtanen", "A. L. V.")]
    [InlineData("Ö", "Ö.")]
    public void Lists_show_the_requester_s_initials(string name, string initials) => RequesterMask.Initials(name).Should().Be(initials);

    [Theory]
    [InlineData("maija.meikalainen@example.fi", "m***@e***.fi")]
    [InlineData("x@y", "x***@y***")]
    [InlineData("not an address", "***")]
    [InlineData(null, null)]
    public void Lists_show_a_masked_e_mail(string? email, string? masked) => RequesterMask.Email(email).Should().Be(masked);
}
