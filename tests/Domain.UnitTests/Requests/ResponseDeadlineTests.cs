using System.Globalization;
using HsWorks.Domain.Requests;

namespace HsWorks.Domain.UnitTests.Requests;

public sealed class ResponseDeadlineTests
{
    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static DateTimeOffset InHelsinki(string day, int hour = 10) =>
        new(Day(day).ToDateTime(new TimeOnly(hour, 0)), TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki").GetUtcOffset(Day(day).ToDateTime(new TimeOnly(hour, 0))));

    [Theory]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void Easter_Sunday_falls_on_the_Gregorian_date(int year, string easter) =>
        FinnishHolidays.EasterSunday(year).Should().Be(Day(easter));

    [Theory]
    [InlineData(2024, "2024-01-01 2024-01-06 2024-03-29 2024-03-31 2024-04-01 2024-05-01 2024-05-09 2024-05-19 2024-06-22 2024-11-02 2024-12-06 2024-12-25 2024-12-26")]
    [InlineData(2025, "2025-01-01 2025-01-06 2025-04-18 2025-04-20 2025-04-21 2025-05-01 2025-05-29 2025-06-08 2025-06-21 2025-11-01 2025-12-06 2025-12-25 2025-12-26")]
    [InlineData(2026, "2026-01-01 2026-01-06 2026-04-03 2026-04-05 2026-04-06 2026-05-01 2026-05-14 2026-05-24 2026-06-20 2026-10-31 2026-12-06 2026-12-25 2026-12-26")]
    [InlineData(2027, "2027-01-01 2027-01-06 2027-03-26 2027-03-28 2027-03-29 2027-05-01 2027-05-06 2027-05-16 2027-06-26 2027-11-06 2027-12-06 2027-12-25 2027-12-26")]
    public void The_official_holidays_of_a_year_are_exactly_these(int year, string days) =>
        FinnishHolidays.Of(year).Should().BeEquivalentTo(days.Split(' ').Select(Day));

    [Theory]
    [InlineData("2026-06-19")]
    [InlineData("2025-12-24")]
    [InlineData("2026-12-24")]
    public void Midsummer_Eve_and_Christmas_Eve_are_not_holidays(string day) => FinnishHolidays.IsHoliday(Day(day)).Should().BeFalse();

    [Theory]
    [InlineData("2026-03-10", "2026-04-10")] // an ordinary Friday
    [InlineData("2026-01-31", "2026-03-02")] // 31 Jan → 28 Feb, a Saturday → Monday
    [InlineData("2024-01-31", "2024-02-29")] // leap year: 29 Feb, a Thursday
    [InlineData("2028-01-31", "2028-02-29")] // leap year: 29 Feb, a Tuesday
    [InlineData("2026-03-03", "2026-04-07")] // Good Friday, Easter Saturday, Sunday and Monday roll over to Tuesday
    [InlineData("2026-04-01", "2026-05-04")] // 1 May (Friday) and the weekend
    [InlineData("2026-05-20", "2026-06-22")] // Midsummer Day (Saturday 20 June) and Sunday
    [InlineData("2026-05-19", "2026-06-19")] // Midsummer Eve is a working day: no roll-over
    [InlineData("2025-11-24", "2025-12-24")] // Christmas Eve is a working day: no roll-over
    [InlineData("2025-11-25", "2025-12-29")] // Christmas Day, St Stephen's Day and the weekend
    [InlineData("2027-11-06", "2027-12-07")] // Independence Day, a Monday
    [InlineData("2026-10-01", "2026-11-02")] // 1 November is a Sunday
    [InlineData("2026-11-30", "2026-12-30")] // across the year end: a Wednesday
    [InlineData("2026-12-31", "2027-02-01")] // 31 Dec → 31 Jan, a Sunday → Monday
    public void One_month_from_receipt_ends_on_the_same_date_or_the_months_last_day_then_the_next_working_day(string received, string due) =>
        ResponseDeadline.Due(InHelsinki(received)).Should().Be(Day(due));

    [Fact]
    public void The_receipt_date_is_taken_in_Finnish_time()
    {
        // 23:30 UTC on 31 March 2026 is 02:30 on 1 April in Helsinki (summer time, UTC+3).
        ResponseDeadline.DayOf(new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.Zero)).Should().Be(Day("2026-04-01"));
        ResponseDeadline.Due(new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.Zero)).Should().Be(Day("2026-05-04"));
        // 22:30 UTC on 31 January is 00:30 on 1 February in Helsinki (winter time, UTC+2).
        ResponseDeadline.Due(new DateTimeOffset(2026, 1, 31, 22, 30, 0, TimeSpan.Zero)).Should().Be(Day("2026-03-02"));
    }

    [Theory]
    [InlineData("2026-01-31", "2026-04-30")] // a Thursday
    [InlineData("2025-11-30", "2026-03-02")] // 28 Feb 2026 is a Saturday
    [InlineData("2023-11-29", "2024-02-29")] // leap year
    [InlineData("2026-01-05", "2026-04-07")] // Easter Sunday 5 April, Easter Monday 6 April
    public void An_extension_counts_three_months_from_receipt_the_same_way(string received, string due) =>
        ResponseDeadline.Due(InHelsinki(received), extended: true).Should().Be(Day(due));

    [Fact]
    public void Only_the_recorded_wait_for_identification_moves_the_due_date()
    {
        var received = InHelsinki("2026-01-10");
        var paused = ResponseDeadline.PausedDays(InHelsinki("2026-01-12", 9), InHelsinki("2026-01-15", 16));
        paused.Should().Be(3);
        ResponseDeadline.Due(received, pausedDays: paused).Should().Be(Day("2026-02-13"));
        ResponseDeadline.PausedDays(InHelsinki("2026-01-15"), InHelsinki("2026-01-12")).Should().Be(0, "an answer cannot arrive before the question");
        ResponseDeadline.Due(received, pausedDays: 8).Should().Be(Day("2026-02-18"), "10 Feb + 8 days is a Wednesday");
    }
}
