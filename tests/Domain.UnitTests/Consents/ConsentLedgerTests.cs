using HsWorks.Domain.Common;
using HsWorks.Domain.Consents;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Prohibitions;
using HsWorks.Domain.Purposes;

namespace HsWorks.Domain.UnitTests.Consents;

public sealed class ConsentLedgerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid PersonId = Guid.NewGuid();
    private static readonly LocalisedText Interest = new("Etu", "Intresse", "Interest");

    private static readonly Purpose OwnMarketing =
        Purpose.Define(Guid.NewGuid(), "ownMarketing", "Oma", "Egen", "Own", LegalBasis.Consent, true, ["basic"], T0);

    private static readonly Purpose CustomerService =
        Purpose.Define(Guid.NewGuid(), "customerService", "Palvelu", "Tjänst", "Service", LegalBasis.Contract, false, ["basic"], T0);

    private static ConsentLedger Apply(params (Channel Channel, ConsentAction Action)[] steps)
    {
        var events = new List<ConsentEvent>();
        var at = T0;
        foreach (var (channel, action) in steps)
        {
            at = at.AddMinutes(1);
            events.Add(new ConsentLedger(events).Record(OwnMarketing, PersonId, channel, null, action, at, ConsentSource.Form, "Checkbox on the order form", null, "staff"));
        }
        return new ConsentLedger(events);
    }

    [Theory]
    [InlineData(Channel.Email, Channel.Email, true)]
    [InlineData(Channel.Email, Channel.Sms, false)]
    [InlineData(Channel.All, Channel.Sms, true)]
    [InlineData(Channel.All, Channel.Post, true)]
    public void A_given_consent_covers_its_channel_and_all_covers_every_channel(Channel given, Channel asked, bool expected) =>
        Apply((given, ConsentAction.Given)).IsGiven(OwnMarketing.Id, asked).Should().Be(expected);

    [Fact]
    public void A_withdrawal_ends_the_consent_and_both_stay_in_the_history()
    {
        var ledger = Apply((Channel.Email, ConsentAction.Given), (Channel.Email, ConsentAction.Withdrawn));
        ledger.IsGiven(OwnMarketing.Id, Channel.Email).Should().BeFalse();
        ledger.History.Select(e => e.Action).Should().Equal(ConsentAction.Given, ConsentAction.Withdrawn);
    }

    [Fact]
    public void Withdrawing_all_channels_ends_a_consent_given_for_one()
    {
        var ledger = Apply((Channel.Sms, ConsentAction.Given), (Channel.All, ConsentAction.Withdrawn));
        ledger.IsGiven(OwnMarketing.Id, Channel.Sms).Should().BeFalse();
    }

    [Fact]
    public void A_consent_given_again_after_a_withdrawal_is_in_force_from_the_new_event()
    {
        var ledger = Apply((Channel.Email, ConsentAction.Given), (Channel.Email, ConsentAction.Withdrawn), (Channel.Email, ConsentAction.Given));
        ledger.IsGiven(OwnMarketing.Id, Channel.Email).Should().BeTrue();
        ledger.Current().Single(s => s.Channel == Channel.Email).Since.Should().Be(T0.AddMinutes(3));
    }

    [Fact]
    public void Withdrawing_a_consent_for_another_channel_leaves_this_one()
    {
        var ledger = Apply((Channel.Email, ConsentAction.Given), (Channel.Sms, ConsentAction.Given), (Channel.Sms, ConsentAction.Withdrawn));
        ledger.IsGiven(OwnMarketing.Id, Channel.Email).Should().BeTrue();
        ledger.IsGiven(OwnMarketing.Id, Channel.Sms).Should().BeFalse();
    }

    [Fact]
    public void Nothing_in_force_cannot_be_withdrawn()
    {
        var act = () => Apply((Channel.Email, ConsentAction.Withdrawn));
        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("action");
    }

    [Fact]
    public void A_purpose_not_based_on_consent_takes_no_consent()
    {
        var act = () => new ConsentLedger([]).Record(CustomerService, PersonId, Channel.Email, null, ConsentAction.Given, T0, ConsentSource.Form, "x", null, "staff");
        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("purpose");
    }

    [Fact]
    public void A_consent_can_be_withdrawn_after_its_purpose_stopped_being_based_on_consent()
    {
        var purpose = Purpose.Define(Guid.NewGuid(), "surveys", "K", "E", "Surveys", LegalBasis.Consent, true, [], T0);
        var given = new ConsentLedger([]).Record(purpose, PersonId, Channel.Email, null, ConsentAction.Given, T0, ConsentSource.Form, "form", null, "staff");
        purpose.Revise("K", "E", "Surveys", LegalBasis.LegitimateInterest, true, [], T0.AddDays(1), Interest);

        var withdrawn = new ConsentLedger([given]).Record(purpose, PersonId, Channel.Email, null, ConsentAction.Withdrawn, T0.AddDays(2), ConsentSource.PhoneCall, "call", null, "staff");

        withdrawn.Action.Should().Be(ConsentAction.Withdrawn);
    }

    [Fact]
    public void A_consent_needs_evidence()
    {
        var act = () => new ConsentLedger([]).Record(OwnMarketing, PersonId, Channel.Email, null, ConsentAction.Given, T0, ConsentSource.Form, " ", null, "staff");
        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("evidence");
    }

    [Fact]
    public void A_consent_for_one_product_group_is_not_a_consent_for_all()
    {
        var group = Guid.NewGuid();
        var ledger = new ConsentLedger([new ConsentLedger([]).Record(OwnMarketing, PersonId, Channel.Email, group, ConsentAction.Given, T0, ConsentSource.Web, "web form", null, "web")]);
        ledger.IsGiven(OwnMarketing.Id, Channel.Email, group).Should().BeTrue();
        ledger.IsGiven(OwnMarketing.Id, Channel.Email).Should().BeFalse();
    }

    [Theory]
    [InlineData(Channel.All, Channel.Email, true)]
    [InlineData(Channel.Sms, Channel.Email, false)]
    [InlineData(Channel.Sms, Channel.Sms, true)]
    public void A_ban_blocks_its_channel_until_lifted(Channel banned, Channel asked, bool blocks)
    {
        var ban = Prohibition.Impose(Guid.NewGuid(), PersonId, ProhibitionKind.DirectMarketing, banned, HsWorks.Domain.Persons.DataSource.Subject, null, T0, "staff");
        ban.Blocks(asked).Should().Be(blocks);
        ban.Lift(T0.AddDays(1), "staff");
        ban.Blocks(asked).Should().BeFalse();
        ban.LiftedAt.Should().NotBeNull();
    }

    [Fact]
    public void A_purpose_change_raises_its_version()
    {
        var purpose = Purpose.Define(Guid.NewGuid(), "marketResearch", "Tutkimus", "Forskning", "Research", LegalBasis.Consent, true, ["basic"], T0);
        purpose.Revise("Tutkimus", "Forskning", "Research", LegalBasis.LegitimateInterest, true, ["basic", "interests"], T0.AddDays(1), Interest);
        purpose.Version.Should().Be(2);
        purpose.LegalBasis.Should().Be(LegalBasis.LegitimateInterest);
    }
}
