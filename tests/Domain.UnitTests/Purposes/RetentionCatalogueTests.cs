using HsWorks.Domain.Purposes;

namespace HsWorks.Domain.UnitTests.Purposes;

public sealed class RetentionCatalogueTests
{
    [Fact]
    public void Invoices_are_kept_under_the_accounting_act_in_every_language()
    {
        var rule = RetentionCatalogue.Of("invoicing");

        foreach (var language in new[] { "fi", "sv", "en" }) rule.In(language).Should().Contain("1336/1997");
        rule.In("sv").Should().NotBe(rule.In("fi")).And.NotBe(rule.In("en"));
    }

    [Fact]
    public void A_category_without_a_fixed_period_states_the_criteria_that_decide_it()
    {
        RetentionCatalogue.Of("somethingNew").Should().Be(RetentionCatalogue.Undecided);
        RetentionCatalogue.Undecided.In("en").Should().Contain("purpose");
    }
}
