using HsWorks.Domain.Common;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Requests;

namespace HsWorks.Domain.UnitTests.Requests;

public sealed class ErasureTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(2));

    private static DataSubjectRequest Request(RequestType type = RequestType.Erasure, bool verified = true, bool matched = true)
    {
        var request = DataSubjectRequest.Register(Guid.NewGuid(), type, RequestChannel.Letter, Now.AddDays(-2), new Requester("Maija Meikäläinen", null, null, null, null),
            Now.AddDays(-2), "helpdesk1");
        if (matched) request.MatchPersons([Guid.NewGuid()], Now.AddDays(-1), "dpo");
        if (verified) request.VerifyIdentity(IdentityVerificationMethod.SignedLetter, null, Now.AddDays(-1), "dpo");
        return request;
    }

    [Theory]
    [InlineData("2026-03-10", 12, "2032-12-31")]
    [InlineData("2026-12-31", 12, "2032-12-31")]
    [InlineData("2027-01-01", 12, "2033-12-31")]
    // A financial year ending in June: an invoice of July 2026 belongs to the year ending June 2027.
    [InlineData("2026-06-30", 6, "2032-12-31")]
    [InlineData("2026-07-01", 6, "2033-12-31")]
    public void Invoices_are_kept_six_years_from_the_end_of_the_year_in_which_their_financial_year_ended(string issued, int yearEndMonth, string until) =>
        AccountingRetention.KeepUntil(DateOnly.Parse(issued), yearEndMonth).Should().Be(DateOnly.Parse(until));

    [Fact]
    public void An_open_verified_matched_erasure_request_is_erased_once_with_its_step()
    {
        var request = Request();
        request.Refuses(RequestStep.Erased, DateOnly.FromDateTime(Now.Date)).Should().BeNull();

        request.MarkErased(Now, "dpo");

        request.ErasedAt.Should().Be(Now);
        request.NewEvents.Last().Step.Should().Be(RequestStep.Erased);
        request.Refuses(RequestStep.Erased, DateOnly.FromDateTime(Now.Date)).Should().Contain("already erased");
        request.IsOpen.Should().BeTrue("the requester is answered and the request completed afterwards");
    }

    [Fact]
    public void Another_type_an_unverified_an_unmatched_or_a_closed_request_erases_nothing()
    {
        var today = DateOnly.FromDateTime(Now.Date);
        Request(RequestType.Access).Refuses(RequestStep.Erased, today).Should().Contain("Only an erasure request");
        Request(verified: false).Refuses(RequestStep.Erased, today).Should().Contain("Verify the requester's identity");
        Request(matched: false).Refuses(RequestStep.Erased, today).Should().Contain("Match the persons");
        var closed = Request();
        closed.Reject("No grounds", null, remediesTold: true, Now, "dpo");
        closed.Refuses(RequestStep.Erased, today).Should().Be("The request is closed.");
        var act = () => Request(verified: false).MarkErased(Now, "dpo");
        act.Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void Suppression_identifiers_are_normalised_and_named_by_kind()
    {
        var code = PersonalIdentityCode.Generate(new DateOnly(2001, 5, 4), 123).Value;

        var identifiers = SuppressionIdentifiers.Of(code.ToLowerInvariant(), "  Maija.M@Example.FI ", "040 123 4567", "+358 40 1234567", null, "0501112222");

        identifiers.Should().Equal(
            (SuppressedIdentifier.NationalIdentityCode, "identityCode:" + code),
            (SuppressedIdentifier.Email, "email:maija.m@example.fi"),
            (SuppressedIdentifier.Phone, "phone:+358401234567"),
            (SuppressedIdentifier.Phone, "phone:+358501112222"));
        code.Should().Contain("A", "the century sign stays in the hashed identifier");
        SuppressionIdentifiers.Of("131052-308X", "", "12").Should().BeEmpty("an invalid code, an empty e-mail and a too short phone identify no one");
    }

    [Fact]
    public void A_kept_item_needs_its_legal_reason()
    {
        var act = () => new ErasureItem(Guid.NewGuid(), Guid.NewGuid(), ErasureArea.InvoiceRecord, "1", "invoice", ErasureAction.Keep, null, null, Now);
        act.Should().Throw<DomainRuleException>();
        Enum.GetValues<RetentionGround>().Should().OnlyContain(g => RetentionGrounds.Explain(g).Length > 20);
        RetentionGrounds.Explain(RetentionGround.AccountingAct).Should().Contain("1336/1997 chapter 2 section 10");
    }
}
