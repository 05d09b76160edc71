using HsWorks.Domain.Common;
using HsWorks.Domain.Purposes;
using HsWorks.Domain.Register;

namespace HsWorks.Domain.UnitTests.Register;

public sealed class PrivacyNoticeTests
{
    private static NoticeDocument Doc(params NoticeSection[] sections) => new("en", "Privacy notice", sections);

    [Fact]
    public void The_diff_names_added_removed_and_changed_sections_and_leaves_unchanged_ones_out()
    {
        var older = Doc(new("controller", "Controller", ["HS-Works Oy"]), new("recipients", "Recipients", ["A Oy, FI", "B Inc, US"]),
            new("old", "Old", ["gone"]));
        var newer = Doc(new("controller", "Controller", ["HS-Works Oy"]), new("recipients", "Recipients", ["A Oy, FI", "B Inc, US, SCC", "C Ab, SE"]),
            new("fresh", "Fresh", ["new"]));

        var diff = NoticeDiff.Between(older, newer);

        diff.Select(d => d.Key).Should().Equal("recipients", "fresh", "old");
        diff[0].Should().Match<SectionDiff>(d => d.Change == SectionChange.ChangedSection);
        diff[0].AddedLines.Should().Equal("B Inc, US, SCC", "C Ab, SE");
        diff[0].RemovedLines.Should().Equal("B Inc, US");
        diff[1].Change.Should().Be(SectionChange.NewSection);
        diff[2].Should().Match<SectionDiff>(d => d.Change == SectionChange.RemovedSection && d.RemovedLines.Single() == "gone");
    }

    [Fact]
    public void A_repeated_line_counts_once_per_repeat()
    {
        var once = Doc(new NoticeSection("s", "S", ["x"]));
        var diff = NoticeDiff.Between(once, Doc(new NoticeSection("s", "S", ["x", "x"])));
        diff.Single().AddedLines.Should().Equal("x");
        NoticeDiff.Between(once, Doc(new NoticeSection("s", "S", ["x"]))).Should().BeEmpty();
    }

    [Theory]
    [InlineData(LegalBasis.Consent, "https://w3id.org/dpv#Consent", "https://w3id.org/dpv/legal/eu/gdpr#A6-1-a")]
    [InlineData(LegalBasis.Contract, "https://w3id.org/dpv#Contract", "https://w3id.org/dpv/legal/eu/gdpr#A6-1-b")]
    [InlineData(LegalBasis.LegalObligation, "https://w3id.org/dpv#LegalObligation", "https://w3id.org/dpv/legal/eu/gdpr#A6-1-c")]
    [InlineData(LegalBasis.LegitimateInterest, "https://w3id.org/dpv#LegitimateInterest", "https://w3id.org/dpv/legal/eu/gdpr#A6-1-f")]
    public void Every_legal_basis_has_its_dpv_concept_and_gdpr_article(LegalBasis basis, string dpv, string article)
    {
        DataPrivacyVocabulary.LegalBasisTerm(basis).Should().Be(dpv);
        DataPrivacyVocabulary.GdprArticleTerm(basis).Should().Be(article);
    }

    [Fact]
    public void Data_categories_map_to_dpv_personal_data_terms_in_one_table()
    {
        DataCategoryCatalogue.PersonalDataTerms("basic").Should().Contain(["https://w3id.org/dpv/pd#Name", "https://w3id.org/dpv/pd#EmailAddress",
            "https://w3id.org/dpv/pd#TelephoneNumber", "https://w3id.org/dpv/pd#PhysicalAddress"]);
        DataCategoryCatalogue.PersonalDataTerms("identityCode").Should().Equal("https://w3id.org/dpv/pd#OfficialID");
        DataCategoryCatalogue.PersonalDataTerms("recordings").Should().Equal("https://w3id.org/dpv/pd#VoiceCommunicationRecording");
        DataCategoryCatalogue.PersonalDataTerms("somethingNew").Should().BeEmpty();
        DataCategoryCatalogue.Label("somethingNew", "fi").Should().Be("somethingNew");
        DataCategoryCatalogue.Label("invoicing", "sv").Should().NotBe(DataCategoryCatalogue.Label("invoicing", "fi"));
    }

    [Fact]
    public void The_controller_keeps_every_maintained_text_in_three_languages_and_names_what_changed()
    {
        var text = new LocalisedText("fi", "sv", "en");
        ControllerFields Fields(string contact) => new("HS-Works Oy", "2168645-1", "Korppaanmäentie 27", "00300", "Helsinki", "+358404133597",
            "x@hs-works.fi", contact, "c@hs-works.fi", null, text, text, text);
        var details = ControllerDetails.Create(Fields("Harry Sileoni"), DateTimeOffset.UnixEpoch, "system");

        details.Update(Fields("Mika Lausamo"), DateTimeOffset.UnixEpoch, "admin").Should().Equal("contactName");
        var missing = () => details.Update(Fields("Mika") with { SafeguardsCopy = new LocalisedText("fi", " ", "en") }, DateTimeOffset.UnixEpoch, "admin");
        missing.Should().Throw<DomainRuleException>().Which.Field.Should().Be("safeguardsCopy.sv");
    }
}
