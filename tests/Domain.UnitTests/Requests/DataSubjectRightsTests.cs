using HsWorks.Domain.Common;
using HsWorks.Domain.Requests;

namespace HsWorks.Domain.UnitTests.Requests;

/// <summary>Rectification, restriction and objection steps (GDPR Art. 16, 18, 21) and when a request refuses them.</summary>
public sealed class DataSubjectRightsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly Guid PersonId = Guid.NewGuid();

    private static DataSubjectRequest Request(RequestType type, bool verified = true, bool matched = true)
    {
        var request = DataSubjectRequest.Register(Guid.NewGuid(), type, RequestChannel.Letter, Now.AddHours(-1), new Requester("Maija Meikäläinen", null, null, null, null),
            Now, "dpo");
        if (matched) request.MatchPersons([PersonId], Now, "dpo");
        if (verified) request.VerifyIdentity(IdentityVerificationMethod.SignedLetter, null, Now, "dpo");
        return request;
    }

    [Theory]
    [InlineData(RequestStep.Rectified, RequestType.Rectification)]
    [InlineData(RequestStep.Restricted, RequestType.Restriction)]
    [InlineData(RequestStep.Objected, RequestType.Objection)]
    public void A_right_is_used_only_through_its_own_type_of_request_verified_matched_and_open(RequestStep step, RequestType type)
    {
        Request(type).Refuses(step, Today).Should().BeNull();
        Request(RequestType.Access).Refuses(step, Today).Should().StartWith("Only a request of type");
        Request(type, verified: false).Refuses(step, Today).Should().Be("Verify the requester's identity first.");
        Request(type, matched: false).Refuses(step, Today).Should().Be("Match the persons the request concerns first.");
        var closed = Request(type);
        closed.Complete(null, Now, "dpo");
        closed.Refuses(step, Today).Should().Be("The request is closed.");
    }

    [Fact]
    public void A_restriction_is_lifted_and_recipients_told_by_hand_also_after_the_request_closed()
    {
        var request = Request(RequestType.Restriction);
        var restriction = ProcessingRestriction.Place(Guid.NewGuid(), PersonId, request.Id, RestrictionReason.AccuracyContested, null, Today, null, Now, "dpo");
        request.Restrict(restriction, Now, "dpo");
        request.Complete("Restricted", Now, "dpo");

        request.Refuses(RequestStep.RestrictionLifted, Today).Should().BeNull();
        request.Refuses(RequestStep.RecipientToldManually, Today).Should().BeNull();
        Request(RequestType.Access).Refuses(RequestStep.RestrictionLifted, Today).Should().NotBeNull();
        Request(RequestType.Objection).Refuses(RequestStep.RecipientToldManually, Today).Should().NotBeNull("an objection changes nothing recipients were given");
        restriction.Lift(Now.AddSeconds(30), Now.AddMinutes(1), "dpo");
        request.RecordLifting(restriction, Now.AddMinutes(1), "dpo");
        request.NewEvents.Select(e => e.Step).Should().EndWith([RequestStep.Restricted, RequestStep.Completed, RequestStep.RestrictionLifted]);
    }

    [Fact]
    public void Only_a_matched_person_is_restricted_or_rectified()
    {
        var request = Request(RequestType.Restriction);
        var other = ProcessingRestriction.Place(Guid.NewGuid(), Guid.NewGuid(), request.Id, RestrictionReason.UnlawfulProcessing, null, Today, null, Now, "dpo");

        var act = () => request.Restrict(other, Now, "dpo");

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("personId");
    }

    [Fact]
    public void The_person_is_told_before_a_restriction_is_lifted_and_it_is_lifted_once()
    {
        var restriction = ProcessingRestriction.Place(Guid.NewGuid(), PersonId, Guid.NewGuid(), RestrictionReason.AccuracyContested, "Address disputed", Today,
            Today.AddDays(30), Now, "dpo");

        var toldLater = () => restriction.Lift(Now.AddHours(2), Now.AddHours(1), "dpo");
        toldLater.Should().Throw<DomainRuleException>().Which.Field.Should().Be("personToldAt");
        var toldBeforePlaced = () => restriction.Lift(Now.AddDays(-1), Now.AddHours(1), "dpo");
        toldBeforePlaced.Should().Throw<DomainRuleException>().Which.Field.Should().Be("personToldAt");

        restriction.Lift(Now.AddMinutes(30), Now.AddHours(1), "dpo");
        restriction.Should().Match<ProcessingRestriction>(r => !r.IsActive && r.PersonToldAt == Now.AddMinutes(30) && r.LiftedBy == "dpo");
        var again = () => restriction.Lift(Now.AddMinutes(30), Now.AddHours(2), "dpo");
        again.Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void A_restriction_cannot_end_before_it_begins()
    {
        var act = () => ProcessingRestriction.Place(Guid.NewGuid(), PersonId, Guid.NewGuid(), RestrictionReason.AccuracyContested, null, Today, Today.AddDays(-1), Now,
            "dpo");

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("until");
    }

    [Fact]
    public void An_objection_to_other_processing_awaits_one_decision_with_reasons_and_one_to_direct_marketing_none()
    {
        var marketing = Request(RequestType.Objection);
        marketing.Object(ObjectionKind.DirectMarketing, null, Now, "dpo");
        marketing.Refuses(RequestStep.ObjectionDecided, Today).Should().NotBeNull();
        marketing.Refuses(RequestStep.Objected, Today).Should().Be("The objection is already recorded.");

        var other = Request(RequestType.Objection);
        other.Refuses(RequestStep.ObjectionDecided, Today).Should().NotBeNull("nothing was objected to yet");
        other.Object(ObjectionKind.OtherProcessing, "Profiling for credit checks", Now, "dpo");
        var withoutReasons = () => other.DecideObjection(ObjectionDecision.Dismissed, " ", Now, "dpo");
        withoutReasons.Should().Throw<DomainRuleException>().Which.Field.Should().Be("reasons");

        other.DecideObjection(ObjectionDecision.Dismissed, "Compelling legitimate grounds: fraud prevention", Now, "dpo");
        other.Should().Match<DataSubjectRequest>(r => r.ObjectionDecision == ObjectionDecision.Dismissed && r.ObjectionDecidedBy == "dpo");
        other.Refuses(RequestStep.ObjectionDecided, Today).Should().Be("The objection is already decided.");
    }
}
