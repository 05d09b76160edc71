using HsWorks.Domain.Common;
using HsWorks.Domain.Retention;

namespace HsWorks.Domain.UnitTests.Retention;

public sealed class RetentionRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private static RetentionRule Rule(string category, int period, PeriodUnit unit, RetentionStart start, RetentionAction action = RetentionAction.Delete) =>
        RetentionRule.Define(category, period, unit, start, action, "fi", "sv", "en", Now, "dpo");

    private static FinancialYear YearEnding(int month, int day)
    {
        var year = FinancialYear.CalendarYear(Now);
        year.Change(month, day, Now, "dpo");
        return year;
    }

    [Fact]
    public void Invoices_of_a_financial_year_ending_30_April_2017_are_kept_until_31_December_2023()
    {
        var rule = Rule(RetentionCategories.Invoicing, 6, PeriodUnit.Years, RetentionStart.FinancialYearEndCalendarYear);
        var year = YearEnding(4, 30);

        foreach (var issued in new DateOnly[] { new(2016, 5, 1), new(2017, 1, 15), new(2017, 4, 30) })
        {
            var start = year.StartEventOf(rule.Start, issued);
            start.Should().Be(new DateOnly(2017, 12, 31));
            rule.KeepUntil(start).Should().Be(new DateOnly(2023, 12, 31));
            rule.IsDue(start, new DateOnly(2023, 12, 31)).Should().BeFalse("the last day is still kept");
            rule.IsDue(start, new DateOnly(2024, 1, 1)).Should().BeTrue();
        }
        rule.KeepUntil(year.StartEventOf(rule.Start, new DateOnly(2017, 5, 1))).Should().Be(new DateOnly(2024, 12, 31), "the next financial year ends in 2018");
    }

    [Fact]
    public void Ledgers_are_kept_ten_years_from_the_end_of_the_financial_year()
    {
        var rule = Rule(RetentionCategories.Ledgers, 10, PeriodUnit.Years, RetentionStart.FinancialYearEnd);
        var year = YearEnding(4, 30);

        rule.KeepUntil(year.StartEventOf(rule.Start, new DateOnly(2016, 12, 1))).Should().Be(new DateOnly(2027, 4, 30));
        YearEnding(12, 31).EndOfYearHolding(new DateOnly(2017, 12, 31)).Should().Be(new DateOnly(2017, 12, 31));
        YearEnding(12, 31).EndOfYearHolding(new DateOnly(2017, 1, 1)).Should().Be(new DateOnly(2017, 12, 31));
    }

    [Theory]
    [InlineData("2024-02-29", 1, PeriodUnit.Years, "2025-02-28")]
    [InlineData("2024-02-29", 4, PeriodUnit.Years, "2028-02-29")]
    [InlineData("2026-01-31", 1, PeriodUnit.Months, "2026-02-28")]
    [InlineData("2028-01-31", 1, PeriodUnit.Months, "2028-02-29")]
    [InlineData("2026-08-31", 6, PeriodUnit.Months, "2027-02-28")]
    [InlineData("2026-12-31", 1, PeriodUnit.Days, "2027-01-01")]
    [InlineData("2026-12-31", 3, PeriodUnit.Years, "2029-12-31")]
    [InlineData("2026-06-15", 0, PeriodUnit.Days, "2026-06-15")]
    public void Periods_end_on_the_same_date_or_the_months_last_day(string start, int period, PeriodUnit unit, string keptUntil) =>
        RetentionPeriods.Add(DateOnly.Parse(start), period, unit).Should().Be(DateOnly.Parse(keptUntil));

    [Theory]
    [InlineData("2029-02-28")]
    [InlineData("2028-02-29")]
    [InlineData("2028-03-01")]
    [InlineData("2027-01-01")]
    [InlineData("2026-12-31")]
    public void The_query_cutoff_agrees_with_the_rule_day_by_day(string today)
    {
        var day = DateOnly.Parse(today);
        foreach (var (period, unit) in new[] { (1, PeriodUnit.Years), (1, PeriodUnit.Months), (6, PeriodUnit.Months), (30, PeriodUnit.Days) })
        {
            var rule = Rule(RetentionCategories.Contacts, period, unit, RetentionStart.ContactDate);
            var cutoff = RetentionPeriods.LatestDue(day, rule.KeepUntil)!.Value;
            rule.IsDue(cutoff, day).Should().BeTrue();
            rule.IsDue(cutoff.AddDays(1), day).Should().BeFalse($"{period} {unit} on {today}");
        }
    }

    [Fact]
    public void The_cutoff_of_invoices_is_the_last_day_of_the_financial_year_seven_years_back()
    {
        var rule = Rule(RetentionCategories.Invoicing, 6, PeriodUnit.Years, RetentionStart.FinancialYearEndCalendarYear);
        var year = YearEnding(4, 30);
        RetentionPeriods.LatestDue(new DateOnly(2024, 1, 1), d => rule.KeepUntil(year.StartEventOf(rule.Start, d))).Should().Be(new DateOnly(2017, 4, 30));
        RetentionPeriods.LatestDue(new DateOnly(2023, 12, 31), d => rule.KeepUntil(year.StartEventOf(rule.Start, d))).Should().Be(new DateOnly(2016, 4, 30));
    }

    [Fact]
    public void A_rule_refuses_a_start_or_action_its_category_cannot_take_and_a_missing_reason()
    {
        var invoicing = () => Rule(RetentionCategories.Invoicing, 6, PeriodUnit.Years, RetentionStart.ContactDate);
        invoicing.Should().Throw<DomainRuleException>().Which.Field.Should().Be("start");
        var anonymisedRecordings = () => Rule(RetentionCategories.Recordings, 6, PeriodUnit.Months, RetentionStart.RecordingDate, RetentionAction.Anonymise);
        anonymisedRecordings.Should().Throw<DomainRuleException>().Which.Field.Should().Be("action");
        var tooLong = () => Rule(RetentionCategories.Contacts, 101, PeriodUnit.Years, RetentionStart.ContactDate);
        tooLong.Should().Throw<DomainRuleException>().Which.Field.Should().Be("period");
        var noReason = () => RetentionRule.Define(RetentionCategories.Contacts, 3, PeriodUnit.Years, RetentionStart.ContactDate, RetentionAction.Delete, " ", "sv", "en", Now, "dpo");
        noReason.Should().Throw<DomainRuleException>().Which.Field.Should().Be("reasonFi");
        var unknown = () => Rule("shoeSizes", 1, PeriodUnit.Years, RetentionStart.ContactDate);
        unknown.Should().Throw<DomainRuleException>().Which.Field.Should().Be("category");
    }

    [Theory]
    [InlineData(2, 29)]
    [InlineData(4, 31)]
    [InlineData(13, 1)]
    [InlineData(0, 1)]
    public void A_financial_year_ends_on_a_day_every_year_has(int month, int day)
    {
        var change = () => YearEnding(month, day);
        change.Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void Every_seeded_default_is_a_valid_rule_with_a_reason_in_three_languages()
    {
        RetentionDefaults.All.Select(d => d.Category).Should().BeEquivalentTo(RetentionCategories.All);
        foreach (var d in RetentionDefaults.All)
        {
            var rule = RetentionRule.Define(d.Category, d.Period, d.Unit, d.Start, d.Action, d.Fi, d.Sv, d.En, Now, "system");
            rule.ReasonIn("sv").Should().NotBe(rule.ReasonIn("fi"));
        }
        RetentionDefaults.All.Single(d => d.Category == RetentionCategories.Invoicing).En.Should().Contain("1336/1997");
    }
}
