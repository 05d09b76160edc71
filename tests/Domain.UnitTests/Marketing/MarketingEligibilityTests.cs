using HsWorks.Domain.Consents;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Prohibitions;
using HsWorks.Domain.Purposes;

namespace HsWorks.Domain.UnitTests.Marketing;

/// <summary>The exclusion rules of direct marketing, each alone and in combination (R6.2).</summary>
public sealed class MarketingEligibilityTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Purpose OwnMarketing = Purpose.Define(Guid.NewGuid(), "ownMarketing", "O", "E", "Own", LegalBasis.Consent, true, [], T0);
    private static readonly Guid Hardware = Guid.NewGuid();
    private static readonly Guid Software = Guid.NewGuid();

    private static MarketingCandidate Candidate(
        bool consumer = true, bool nonDisclosure = false, bool restricted = false, bool email = true, bool mobile = true, bool phone = true,
        bool post = true, Prohibition[]? bans = null, Channel[]? registerMatches = null, ConsentEvent[]? consents = null, PurchaseFact[]? purchases = null) =>
        new(Guid.NewGuid(), consumer, nonDisclosure, restricted, email, mobile, phone, post, bans ?? [], registerMatches ?? [],
            new ConsentLedger(consents ?? []), purchases ?? []);

    private static MarketingRequest Own(Channel channel, Guid? group = null) => new(MarketingPurpose.Own, channel, OwnMarketing.Id, group is { } g ? [g] : []);

    private static MarketingRequest Partner(Channel channel) => new(MarketingPurpose.Partner, channel, OwnMarketing.Id, []);

    private static Prohibition Ban(ProhibitionKind kind, Channel channel) =>
        Prohibition.Impose(Guid.NewGuid(), Guid.NewGuid(), kind, channel, DataSource.Subject, null, T0, "staff");

    private static ConsentEvent[] Given(Channel channel, bool thenWithdrawn = false)
    {
        var events = new List<ConsentEvent>();
        events.Add(new ConsentLedger(events).Record(OwnMarketing, Guid.NewGuid(), channel, null, ConsentAction.Given, T0, ConsentSource.Web, "web form", null, "web"));
        if (thenWithdrawn)
            events.Add(new ConsentLedger(events).Record(OwnMarketing, Guid.NewGuid(), channel, null, ConsentAction.Withdrawn, T0.AddDays(1), ConsentSource.Web, "unsubscribe link", null, "web"));
        return [.. events];
    }

    [Theory]
    [InlineData(Channel.Post)]
    [InlineData(Channel.Phone)]
    public void A_consumer_with_an_address_and_no_ban_is_included_by_post_and_phone(Channel channel) =>
        MarketingEligibility.Exclude(Candidate(), Own(channel)).Should().BeNull();

    [Theory]
    [InlineData(Channel.Post)]
    [InlineData(Channel.Email)]
    [InlineData(Channel.Sms)]
    [InlineData(Channel.Phone)]
    public void The_non_disclosure_marking_excludes_from_every_selection(Channel channel) =>
        MarketingEligibility.Exclude(Candidate(nonDisclosure: true, consents: Given(Channel.All)), Partner(channel)).Should().Be(ExclusionReason.NonDisclosure);

    [Fact]
    public void A_restriction_or_objection_excludes() =>
        MarketingEligibility.Exclude(Candidate(restricted: true), Own(Channel.Post)).Should().Be(ExclusionReason.Restricted);

    [Theory]
    [InlineData(Channel.Post, Channel.Post, true)]
    [InlineData(Channel.All, Channel.Phone, true)]
    [InlineData(Channel.Sms, Channel.Post, false)]
    public void An_own_ban_excludes_its_channel_or_all(Channel banned, Channel asked, bool excluded) =>
        MarketingEligibility.Exclude(Candidate(bans: [Ban(ProhibitionKind.DirectMarketing, banned)]), Own(asked))
            .Should().Be(excluded ? ExclusionReason.OwnBan : null);

    [Fact]
    public void A_lifted_ban_no_longer_excludes()
    {
        var ban = Ban(ProhibitionKind.DirectMarketing, Channel.All);
        ban.Lift(T0.AddDays(2), "staff");
        MarketingEligibility.Exclude(Candidate(bans: [ban]), Own(Channel.Post)).Should().BeNull();
    }

    [Fact]
    public void A_partner_ban_excludes_from_partner_marketing_only()
    {
        var candidate = Candidate(bans: [Ban(ProhibitionKind.PartnerDisclosure, Channel.All)]);
        MarketingEligibility.Exclude(candidate, Partner(Channel.Post)).Should().Be(ExclusionReason.PartnerBan);
        MarketingEligibility.Exclude(candidate, Own(Channel.Post)).Should().BeNull();
    }

    [Theory]
    [InlineData(Channel.Post, Channel.Post, true)]
    [InlineData(Channel.All, Channel.Phone, true)]
    [InlineData(Channel.Phone, Channel.Post, false)]
    public void A_prohibition_register_match_excludes_the_channels_it_covers(Channel register, Channel asked, bool excluded) =>
        MarketingEligibility.Exclude(Candidate(registerMatches: [register]), Own(asked)).Should().Be(excluded ? ExclusionReason.ProhibitionRegister : null);

    [Theory]
    [InlineData(Channel.Email)]
    [InlineData(Channel.Sms)]
    public void E_mail_and_sms_to_a_consumer_need_consent(Channel channel)
    {
        MarketingEligibility.Exclude(Candidate(), Own(channel)).Should().Be(ExclusionReason.NoConsent);
        MarketingEligibility.Exclude(Candidate(consents: Given(channel)), Own(channel)).Should().BeNull();
    }

    [Fact]
    public void A_withdrawn_consent_excludes_again() =>
        MarketingEligibility.Exclude(Candidate(consents: Given(Channel.Email, thenWithdrawn: true)), Own(Channel.Email)).Should().Be(ExclusionReason.NoConsent);

    [Fact]
    public void A_consent_for_another_channel_only_does_not_count() =>
        MarketingEligibility.Exclude(Candidate(consents: Given(Channel.Sms)), Own(Channel.Email)).Should().Be(ExclusionReason.NoConsent);

    [Fact]
    public void An_existing_customer_offered_an_opt_out_may_get_own_e_mail_about_the_same_product_group()
    {
        var candidate = Candidate(purchases: [new PurchaseFact(Hardware, MarketingOptOutOffered: true)]);
        MarketingEligibility.Exclude(candidate, Own(Channel.Email, Hardware)).Should().BeNull();
        MarketingEligibility.Exclude(candidate, Own(Channel.Email, Software)).Should().Be(ExclusionReason.NoConsent, "another product group");
        MarketingEligibility.Exclude(candidate, Partner(Channel.Email)).Should().Be(ExclusionReason.NoConsent, "never for partner marketing");
    }

    [Fact]
    public void A_customer_who_withdrew_consent_gets_no_e_mail_through_the_existing_customer_exception() =>
        MarketingEligibility.Exclude(
                Candidate(purchases: [new PurchaseFact(Hardware, true)], consents: Given(Channel.Email, thenWithdrawn: true)), Own(Channel.Email, Hardware))
            .Should().Be(ExclusionReason.NoConsent);

    [Fact]
    public void Without_the_opt_out_offer_the_existing_customer_exception_does_not_apply() =>
        MarketingEligibility.Exclude(Candidate(purchases: [new PurchaseFact(Hardware, MarketingOptOutOffered: false)]), Own(Channel.Email, Hardware))
            .Should().Be(ExclusionReason.NoConsent);

    [Fact]
    public void An_existing_customer_who_used_the_opt_out_is_excluded_by_the_ban() =>
        MarketingEligibility.Exclude(
                Candidate(purchases: [new PurchaseFact(Hardware, true)], bans: [Ban(ProhibitionKind.DirectMarketing, Channel.Email)]), Own(Channel.Email, Hardware))
            .Should().Be(ExclusionReason.OwnBan);

    [Fact]
    public void A_business_contact_may_get_e_mail_without_consent_unless_they_objected()
    {
        MarketingEligibility.Exclude(Candidate(consumer: false), Own(Channel.Email)).Should().BeNull();
        MarketingEligibility.Exclude(Candidate(consumer: false, bans: [Ban(ProhibitionKind.DirectMarketing, Channel.Email)]), Own(Channel.Email))
            .Should().Be(ExclusionReason.OwnBan);
    }

    [Theory]
    [InlineData(Channel.Email, false, true, true, true)]
    [InlineData(Channel.Sms, true, false, true, true)]
    [InlineData(Channel.Phone, true, false, false, true)]
    [InlineData(Channel.Post, true, true, true, false)]
    public void A_person_without_a_usable_address_for_the_channel_is_excluded(Channel channel, bool email, bool mobile, bool phone, bool post) =>
        MarketingEligibility.Exclude(Candidate(email: email, mobile: mobile, phone: phone, post: post, consents: Given(Channel.All)), Own(channel))
            .Should().Be(ExclusionReason.NoAddress);

    [Fact]
    public void Several_reasons_count_under_the_first_in_the_documented_order() =>
        MarketingEligibility.Exclude(Candidate(nonDisclosure: true, bans: [Ban(ProhibitionKind.DirectMarketing, Channel.All)], email: false), Own(Channel.Email))
            .Should().Be(ExclusionReason.NonDisclosure);

    [Fact]
    public void A_selection_of_several_product_groups_uses_the_existing_customer_exception_only_if_all_were_bought()
    {
        var both = new MarketingRequest(MarketingPurpose.Own, Channel.Email, OwnMarketing.Id, [Hardware, Software]);
        MarketingEligibility.Exclude(Candidate(purchases: [new PurchaseFact(Hardware, true)]), both).Should().Be(ExclusionReason.NoConsent);
        MarketingEligibility.Exclude(Candidate(purchases: [new PurchaseFact(Hardware, true), new PurchaseFact(Software, true)]), both).Should().BeNull();
    }

    [Fact]
    public void Consents_for_product_groups_count_only_when_every_marketed_group_has_one()
    {
        var person = Guid.NewGuid();
        var events = new List<ConsentEvent>();
        events.Add(new ConsentLedger(events).Record(OwnMarketing, person, Channel.Email, Hardware, ConsentAction.Given, T0, ConsentSource.Web, "form", null, "web"));
        var candidate = Candidate(consents: [.. events]);

        MarketingEligibility.Exclude(candidate, Own(Channel.Email, Hardware)).Should().BeNull();
        MarketingEligibility.Exclude(candidate, new MarketingRequest(MarketingPurpose.Own, Channel.Email, OwnMarketing.Id, [Hardware, Software]))
            .Should().Be(ExclusionReason.NoConsent);
        MarketingEligibility.Exclude(candidate, Own(Channel.Email)).Should().Be(ExclusionReason.NoConsent, "a group consent is not a general one");
    }

    [Fact]
    public void A_product_group_withdrawn_from_a_general_consent_is_left_out_and_the_other_groups_are_not()
    {
        var person = Guid.NewGuid();
        var events = new List<ConsentEvent>();
        events.Add(new ConsentLedger(events).Record(OwnMarketing, person, Channel.Email, null, ConsentAction.Given, T0, ConsentSource.Web, "form", null, "web"));
        events.Add(new ConsentLedger(events).Record(OwnMarketing, person, Channel.Email, Hardware, ConsentAction.Withdrawn, T0.AddDays(1), ConsentSource.PhoneCall,
            "No more hardware offers, said on the phone", null, "agent"));
        var candidate = Candidate(consents: [.. events]);

        MarketingEligibility.Exclude(candidate, Own(Channel.Email, Hardware)).Should().Be(ExclusionReason.NoConsent);
        MarketingEligibility.Exclude(candidate, Own(Channel.Email, Software)).Should().BeNull();
        MarketingEligibility.Exclude(candidate, Own(Channel.Email)).Should().BeNull("the general consent still stands");
        MarketingEligibility.Exclude(candidate, new MarketingRequest(MarketingPurpose.Own, Channel.Email, OwnMarketing.Id, [Hardware, Software]))
            .Should().Be(ExclusionReason.NoConsent);
    }

    [Fact]
    public void A_partner_ban_recorded_for_one_channel_excludes_from_partner_marketing_in_every_channel() =>
        MarketingEligibility.Exclude(Candidate(bans: [Ban(ProhibitionKind.PartnerDisclosure, Channel.Email)]), Partner(Channel.Post))
            .Should().Be(ExclusionReason.PartnerBan);

    [Fact]
    public void A_general_withdrawal_ends_the_consents_given_for_product_groups_before_it()
    {
        var person = Guid.NewGuid();
        var events = new List<ConsentEvent>();
        events.Add(new ConsentLedger(events).Record(OwnMarketing, person, Channel.Email, null, ConsentAction.Given, T0, ConsentSource.Web, "form", null, "web"));
        events.Add(new ConsentLedger(events).Record(OwnMarketing, person, Channel.Email, Hardware, ConsentAction.Given, T0.AddDays(1), ConsentSource.Web, "form", null, "web"));
        events.Add(new ConsentLedger(events).Record(OwnMarketing, person, Channel.Email, null, ConsentAction.Withdrawn, T0.AddDays(2), ConsentSource.Web, "unsubscribe", null, "web"));

        MarketingEligibility.Exclude(Candidate(consents: [.. events]), Own(Channel.Email, Hardware)).Should().Be(ExclusionReason.NoConsent);
    }

    [Fact]
    public void A_product_group_consent_given_after_a_general_withdrawal_counts_for_that_group()
    {
        var person = Guid.NewGuid();
        var events = new List<ConsentEvent>();
        events.Add(new ConsentLedger(events).Record(OwnMarketing, person, Channel.Email, null, ConsentAction.Given, T0, ConsentSource.Web, "form", null, "web"));
        events.Add(new ConsentLedger(events).Record(OwnMarketing, person, Channel.Email, null, ConsentAction.Withdrawn, T0.AddDays(1), ConsentSource.Web, "unsubscribe", null, "web"));
        events.Add(new ConsentLedger(events).Record(OwnMarketing, person, Channel.Email, Software, ConsentAction.Given, T0.AddDays(2), ConsentSource.Web, "form", null, "web"));
        var candidate = Candidate(consents: [.. events]);

        MarketingEligibility.Exclude(candidate, Own(Channel.Email, Software)).Should().BeNull();
        MarketingEligibility.Exclude(candidate, Own(Channel.Email, Hardware)).Should().Be(ExclusionReason.NoConsent);
        MarketingEligibility.Exclude(candidate, Own(Channel.Email)).Should().Be(ExclusionReason.NoConsent);
    }
}
