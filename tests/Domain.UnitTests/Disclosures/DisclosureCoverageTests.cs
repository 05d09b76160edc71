using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Marketing;

namespace HsWorks.Domain.UnitTests.Disclosures;

public class DisclosureCoverageTests
{
    private static readonly string[] Everything = [PersonDataCategories.Basic, PersonDataCategories.Email, PersonDataCategories.Phone, PersonDataCategories.Address];

    private static DisclosedFields Covered(string[] categories, bool marketing, params Channel[] open) =>
        DisclosureCoverage.Covered(categories, marketing, open.ToHashSet());

    [Fact]
    public void A_marketing_disclosure_serves_each_contact_field_only_while_its_channel_is_open()
    {
        Covered(Everything, true, Channel.Sms).Should().Be(DisclosedFields.Names | DisclosedFields.Mobile, "e-mail withdrawn, SMS still consented");
        Covered(Everything, true, Channel.Email).Should().Be(DisclosedFields.Names | DisclosedFields.Email);
        Covered(Everything, true, Channel.Phone).Should().Be(DisclosedFields.Names | DisclosedFields.Phone | DisclosedFields.Mobile);
        Covered(Everything, true, Channel.Post).Should().Be(DisclosedFields.Names | DisclosedFields.Address);
    }

    [Fact]
    public void A_marketing_disclosure_of_names_and_e_mail_leaves_nothing_once_e_mail_is_closed_even_if_post_stays_open()
    {
        Covered([PersonDataCategories.Basic, PersonDataCategories.Email], true, Channel.Post, Channel.Phone).Should().Be(DisclosedFields.None);
        Covered(Everything, true).Should().Be(DisclosedFields.None);
    }

    [Fact]
    public void Names_alone_go_while_any_channel_is_open()
    {
        Covered([PersonDataCategories.Basic], true, Channel.Post).Should().Be(DisclosedFields.Names);
        Covered([PersonDataCategories.Basic], true).Should().Be(DisclosedFields.None);
    }

    [Fact]
    public void Another_purpose_keeps_its_categories_whatever_the_marketing_channels()
    {
        Covered([PersonDataCategories.Basic, PersonDataCategories.Email], false).Should().Be(DisclosedFields.Names | DisclosedFields.Email);
    }

    [Fact]
    public void The_categories_of_a_read_are_those_with_a_field_served()
    {
        DisclosureCoverage.CategoriesOf(DisclosedFields.Names | DisclosedFields.Mobile).Should().Equal(PersonDataCategories.Basic, PersonDataCategories.Phone);
        DisclosureCoverage.CategoriesOf(DisclosedFields.None).Should().BeEmpty();
    }
}
