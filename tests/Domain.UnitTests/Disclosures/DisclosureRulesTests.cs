using HsWorks.Domain.Common;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Purposes;

namespace HsWorks.Domain.UnitTests.Disclosures;

/// <summary>Recipients, transfers, disclosures, API clients and notices (issue 5).</summary>
public sealed class DisclosureRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly Purpose CustomerService = Purpose.Define(Guid.NewGuid(), "customerService", "fi", "sv", "en", LegalBasis.Contract, false, [], T0);

    private static Recipient RecipientIn(string country, RecipientType type = RecipientType.Processor, TransferSafeguard? safeguard = null) =>
        Recipient.Register(Guid.NewGuid(), "Recipient", null, type, CountryCode.Parse(country).ValueOrThrow(), null, [], ["basic"], "DPA 1", null, safeguard,
            null, null, T0, "dpo");

    [Theory]
    [InlineData("FI", true)]
    [InlineData("NO", true)]
    [InlineData("IS", true)]
    [InlineData("CH", false)]
    [InlineData("GB", false)]
    [InlineData("US", false)]
    public void EU_EEA_membership_comes_from_the_country_list(string country, bool inEea) => RecipientIn(country).InEea.Should().Be(inEea);

    [Fact]
    public void A_transfer_outside_the_EEA_needs_a_recorded_safeguard()
    {
        FluentActions.Invoking(() => Disclose(RecipientIn("US"))).Should().Throw<DisclosureRefusedException>().WithMessage("*outside the EU/EEA*");
        Disclose(RecipientIn("US", safeguard: new TransferSafeguard(SafeguardKind.StandardContractualClauses, "SCC 2021/914"))).PersonIds.Should().HaveCount(1);
        Disclose(RecipientIn("SE")).PersonIds.Should().HaveCount(1);
    }

    [Fact]
    public void A_disclosure_to_an_authority_names_its_legal_reference()
    {
        var police = RecipientIn("FI", RecipientType.Authority);
        FluentActions.Invoking(() => Disclose(police)).Should().Throw<DomainRuleException>().Which.Field.Should().Be("legalReference");
        Disclose(police, "Poliisilaki 872/2011 4:3").LegalReference.Should().Be("Poliisilaki 872/2011 4:3");
    }

    [Fact]
    public void A_webhook_is_https_and_has_a_secret()
    {
        FluentActions.Invoking(() => Recipient.Register(Guid.NewGuid(), "R", null, RecipientType.Partner, CountryCode.Finland, null, [], [], "A", null, null,
            new Uri("http://partner.example/hook"), "s", T0, "dpo")).Should().Throw<DomainRuleException>().Which.Field.Should().Be("webhookUrl");
        FluentActions.Invoking(() => Recipient.Register(Guid.NewGuid(), "R", null, RecipientType.Partner, CountryCode.Finland, null, [], [], "A", null, null,
            new Uri("https://partner.example/hook"), null, T0, "dpo")).Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void A_client_gets_only_the_scopes_granted_to_it_and_rotation_or_revocation_raises_its_generation()
    {
        var client = ApiClient.Create(Guid.NewGuid(), RecipientIn("FI", RecipientType.Partner), "CRM", [PartnerScopes.PersonsRead, PartnerScopes.LeadsWrite],
            "hsw_1", "hash", T0, "admin");

        client.Grant([]).Should().BeEquivalentTo([PartnerScopes.PersonsRead, PartnerScopes.LeadsWrite]);
        client.Grant([PartnerScopes.LeadsWrite]).Should().Equal(PartnerScopes.LeadsWrite);
        client.Grant([PartnerScopes.DisclosuresRead]).Should().BeNull();
        client.Rotate("hash2", T0.AddDays(1));
        client.Generation.Should().Be(2);
        client.Revoke(T0.AddDays(2));
        client.Should().Match<ApiClient>(c => c.Generation == 3 && !c.IsActive);
        FluentActions.Invoking(() => client.Rotate("hash3", T0.AddDays(3))).Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void Only_partners_get_API_clients_with_known_scopes()
    {
        FluentActions.Invoking(() => ApiClient.Create(Guid.NewGuid(), RecipientIn("FI"), "CRM", [PartnerScopes.PersonsRead], "hsw_1", "h", T0, "admin"))
            .Should().Throw<DomainRuleException>().Which.Field.Should().Be("recipientId");
        FluentActions.Invoking(() => ApiClient.Create(Guid.NewGuid(), RecipientIn("FI", RecipientType.Partner), "CRM", ["everything"], "hsw_1", "h", T0, "admin"))
            .Should().Throw<DomainRuleException>().Which.Field.Should().Be("scopes");
    }

    [Fact]
    public void A_failed_notice_waits_twice_as_long_each_time_and_is_given_up_after_the_last_attempt()
    {
        var notice = RecipientNotice.Of(Guid.NewGuid(), Guid.NewGuid(), NoticeType.ConsentWithdrawn, Guid.NewGuid(), T0);
        notice.Failed(T0, "HTTP 500");
        notice.NextAttemptAt.Should().Be(T0.AddSeconds(30));
        notice.Failed(T0, "HTTP 500");
        notice.NextAttemptAt.Should().Be(T0.AddSeconds(60));
        for (var i = 2; i < RecipientNotice.MaxAttempts; i++) notice.Failed(T0, "timeout");
        notice.AbandonedAt.Should().Be(T0);
        notice.Attempts.Should().Be(RecipientNotice.MaxAttempts);
    }

    private static Disclosure Disclose(Recipient recipient, string? legalReference = null) =>
        Disclosure.Make(Guid.NewGuid(), recipient, DisclosureKind.Manual, CustomerService, LegalBasis.Contract, ["basic"], [Guid.NewGuid()], legalReference, T0,
            Guid.NewGuid(), null, "dpo");
}
