using FluentAssertions;
using HsWorks.Domain.Common;
using HsWorks.Domain.Purposes;
using HsWorks.Domain.Register;

namespace HsWorks.Domain.UnitTests.Purposes;

public sealed class PurposeTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly LocalisedText Interest = new("Saatavien periminen", "Indrivning av fordringar", "Collecting receivables");

    [Fact]
    public void A_purpose_based_on_legitimate_interest_states_the_interest_in_every_language()
    {
        var define = () => Purpose.Define(Guid.NewGuid(), "receivables", "Perintä", "Indrivning", "Collection", LegalBasis.LegitimateInterest, false, [], T0);
        define.Should().Throw<DomainRuleException>().Which.Field.Should().Be("legitimateInterest.fi");

        var withoutSwedish = () => Purpose.Define(Guid.NewGuid(), "receivables", "Perintä", "Indrivning", "Collection", LegalBasis.LegitimateInterest, false, [], T0,
            Interest with { Sv = " " });
        withoutSwedish.Should().Throw<DomainRuleException>().Which.Field.Should().Be("legitimateInterest.sv");

        var tooLong = () => Purpose.Define(Guid.NewGuid(), "receivables", "Perintä", "Indrivning", "Collection", LegalBasis.LegitimateInterest, false, [], T0,
            Interest with { En = new string('x', Purpose.MaxLegitimateInterestLength + 1) });
        tooLong.Should().Throw<DomainRuleException>().Which.Field.Should().Be("legitimateInterest.en");

        var purpose = Purpose.Define(Guid.NewGuid(), "receivables", "Perintä", "Indrivning", "Collection", LegalBasis.LegitimateInterest, false, [], T0,
            Interest with { En = "  Collecting receivables " });
        purpose.LegitimateInterest.Should().Be(Interest);
        LegitimateInterests.Of(purpose, "sv").Should().Be("Indrivning av fordringar");
    }

    [Fact]
    public void Under_another_basis_no_interest_is_kept()
    {
        var purpose = Purpose.Define(Guid.NewGuid(), "analysis", "Analyysi", "Analys", "Analysis", LegalBasis.LegitimateInterest, false, [], T0, Interest);

        purpose.Revise("Analyysi", "Analys", "Analysis", LegalBasis.Consent, true, [], T0.AddDays(1), Interest);

        purpose.LegitimateInterest.Should().BeNull();
        purpose.Version.Should().Be(2);
    }

    [Fact]
    public void A_purpose_without_its_own_words_is_described_by_the_seeded_or_the_general_text()
    {
        var seeded = Purpose.Define(Guid.NewGuid(), "receivables", "Perintä", "Indrivning", "Collection", LegalBasis.Contract, false, [], T0);
        var other = Purpose.Define(Guid.NewGuid(), "fraudChecks", "Tarkistukset", "Kontroller", "Fraud checks", LegalBasis.Contract, false, [], T0);

        LegitimateInterests.General(seeded).Should().Be(LegitimateInterests.Defaults["receivables"]);
        LegitimateInterests.General(other).En.Should().Be("HS-Works Oy's legitimate interest in the purpose \"Fraud checks\".");
    }
}
