using HsWorks.Domain.Common;
using HsWorks.Domain.Requests;

namespace HsWorks.Domain.UnitTests.Requests;

/// <summary>When a request may have its access report or portable data made, and the decision on naming staff.</summary>
public sealed class AccessReportRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);

    private static DataSubjectRequest Request(RequestType type, bool verified, bool matched)
    {
        var request = DataSubjectRequest.Register(Guid.NewGuid(), type, RequestChannel.Letter, Now.AddHours(-1), new Requester("Maija", null, null, null, null), Now, "dpo");
        if (matched) request.MatchPersons([Guid.NewGuid()], Now, "dpo");
        if (verified) request.VerifyIdentity(IdentityVerificationMethod.SignedLetter, null, Now, "dpo");
        return request;
    }

    private static DateOnly Today => ResponseDeadline.DayOf(Now);

    [Theory]
    [InlineData(RequestType.Access, RequestStep.ReportGenerated)]
    [InlineData(RequestType.Portability, RequestStep.PortabilityExported)]
    public void The_report_and_the_export_need_a_verified_requester_and_matched_persons(RequestType type, RequestStep step)
    {
        Request(type, verified: false, matched: true).Refuses(step, Today).Should().Contain("Verify");
        Request(type, verified: true, matched: false).Refuses(step, Today).Should().Contain("Match");
        Request(type, verified: true, matched: true).Refuses(step, Today).Should().BeNull();
    }

    [Fact]
    public void The_report_is_made_for_access_requests_and_the_export_for_portability_requests()
    {
        Request(RequestType.Erasure, verified: true, matched: true).Refuses(RequestStep.ReportGenerated, Today).Should().Contain("access request");
        Request(RequestType.Access, verified: true, matched: true).Refuses(RequestStep.PortabilityExported, Today).Should().Contain("portability request");
    }

    [Fact]
    public void A_closed_request_gets_no_report()
    {
        var request = Request(RequestType.Access, verified: true, matched: true);
        request.Complete("Answered", Now, "dpo");

        request.Refuses(RequestStep.ReportGenerated, Today).Should().Be("The request is closed.");
    }

    [Fact]
    public void Generating_a_report_goes_to_the_timeline_with_the_report()
    {
        var request = Request(RequestType.Access, verified: true, matched: true);
        var reportId = Guid.NewGuid();

        request.RecordReport(reportId, Now, "dpo");

        request.NewEvents[^1].Should().Match<RequestEvent>(e => e.Step == RequestStep.ReportGenerated && e.Detail == reportId.ToString() && e.By == "dpo");
    }

    [Fact]
    public void Staff_names_are_withheld_until_the_decision_records_them_as_essential_with_its_reason()
    {
        var request = Request(RequestType.Access, verified: true, matched: true);
        request.StaffNamesEssential.Should().BeFalse();

        var noReason = () => request.DecideStaffNames(true, " ", Now, "dpo");
        noReason.Should().Throw<DomainRuleException>().Which.Field.Should().Be("reason");

        request.DecideStaffNames(true, " Suspects a named employee ", Now, "dpo");
        request.StaffNamesEssential.Should().BeTrue();
        request.StaffNamesReason.Should().Be("Suspects a named employee");
        request.NewEvents[^1].Should().Match<RequestEvent>(e => e.Step == RequestStep.StaffNamesDecided && e.Detail == "Suspects a named employee");

        request.DecideStaffNames(false, "Not needed after all", Now, "dpo");
        request.StaffNamesEssential.Should().BeFalse();
    }
}
