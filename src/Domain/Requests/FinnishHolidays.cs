namespace HsWorks.Domain.Requests;

/// <summary>
/// Finland's official public holidays (Act 1981/1981 and the Church's calendar), computed for any
/// year: 1 Jan, Epiphany 6 Jan, Good Friday, Easter Sunday and Monday, 1 May, Ascension Day, Whit
/// Sunday, Midsummer Day (the Saturday of 20–26 June), All Saints' Day (the Saturday of 31 Oct–6
/// Nov), Independence Day 6 Dec, Christmas Day and St Stephen's Day. Midsummer Eve and Christmas Eve
/// are customary days off, not official holidays.
/// </summary>
public static class FinnishHolidays
{
    public static bool IsHoliday(DateOnly day) => Of(day.Year).Contains(day);

    /// <summary>Saturdays, Sundays and public holidays are not working days.</summary>
    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(day);

    /// <summary>The day itself when it is a working day, otherwise the next working day.</summary>
    public static DateOnly OnOrNextWorkingDay(DateOnly day)
    {
        while (!IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }

    public static IReadOnlySet<DateOnly> Of(int year)
    {
        var easter = EasterSunday(year);
        return new HashSet<DateOnly>
        {
            new(year, 1, 1),
            new(year, 1, 6),
            easter.AddDays(-2),
            easter,
            easter.AddDays(1),
            new(year, 5, 1),
            easter.AddDays(39),
            easter.AddDays(49),
            SaturdayBetween(new DateOnly(year, 6, 20)),
            SaturdayBetween(new DateOnly(year, 10, 31)),
            new(year, 12, 6),
            new(year, 12, 25),
            new(year, 12, 26),
        };
    }

    /// <summary>Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The Saturday of the seven days starting at <paramref name="first"/>.</summary>
    private static DateOnly SaturdayBetween(DateOnly first) => first.AddDays(((int)DayOfWeek.Saturday - (int)first.DayOfWeek + 7) % 7);
}
