using HsWorks.Domain.Common;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Purposes;

namespace HsWorks.Domain.UnitTests.Marketing;

public sealed class MarketingSelectionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static Purpose PurposeOf(string code, bool marketing = true) =>
        HsWorks.Domain.Purposes.Purpose.Define(Guid.NewGuid(), code, "fi", "sv", "en", LegalBasis.Consent, marketing, [], T0);

    [Theory]
    [InlineData("ownMarketing", MarketingPurpose.Own)]
    [InlineData("marketResearch", MarketingPurpose.Own)]
    [InlineData("partnerMarketing", MarketingPurpose.Partner)]
    public void The_purpose_decides_whether_the_partner_rules_apply(string code, MarketingPurpose expected)
    {
        var purpose = PurposeOf(code);
        var selection = MarketingSelection.Create(Guid.NewGuid(), " Spring offer ", purpose, Channel.Email, SelectionCriteria.Everyone, T0, "marketer");

        selection.Name.Should().Be("Spring offer");
        selection.Request.Should().BeEquivalentTo(new MarketingRequest(expected, Channel.Email, purpose.Id, []));
    }

    [Fact]
    public void A_selection_needs_a_marketing_purpose_one_channel_and_a_period_in_order()
    {
        FluentActions.Invoking(() => MarketingSelection.Create(Guid.NewGuid(), "x", PurposeOf("invoicing", marketing: false), Channel.Post,
            SelectionCriteria.Everyone, T0, "m")).Should().Throw<DomainRuleException>().Which.Field.Should().Be("purpose");
        FluentActions.Invoking(() => MarketingSelection.Create(Guid.NewGuid(), "x", PurposeOf("ownMarketing"), Channel.All,
            SelectionCriteria.Everyone, T0, "m")).Should().Throw<DomainRuleException>().Which.Field.Should().Be("channel");
        FluentActions.Invoking(() => MarketingSelection.Create(Guid.NewGuid(), "x", PurposeOf("ownMarketing"), Channel.Post,
                SelectionCriteria.Everyone with { PurchasedFrom = new DateOnly(2026, 2, 1), PurchasedTo = new DateOnly(2026, 1, 1) }, T0, "m"))
            .Should().Throw<DomainRuleException>().Which.Field.Should().Be("criteria.purchasedTo");
    }

    [Fact]
    public void An_export_records_the_criteria_and_who_ran_it()
    {
        var criteria = SelectionCriteria.Everyone with { PostalCodePrefixes = ["00"] };
        var selection = MarketingSelection.Create(Guid.NewGuid(), "x", PurposeOf("ownMarketing"), Channel.Post, criteria, T0, "m");
        var userId = Guid.NewGuid();

        var export = SelectionExport.Record(Guid.NewGuid(), selection, T0.AddHours(1), userId, "marketer");

        export.Should().Match<SelectionExport>(e => e.SelectionId == selection.Id && e.Channel == Channel.Post && e.Criteria == criteria
            && e.ExportedByUserId == userId && e.ExportedBy == "marketer" && e.ExportedAt == T0.AddHours(1));
    }
}
