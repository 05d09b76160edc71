using HsWorks.Domain.Common;

namespace HsWorks.Domain.Retention;

/// <summary>
/// The controller's financial year, as the day it ends (Accounting Act 1336/1997 ch. 1 s. 4: twelve months, the calendar year unless
/// chosen otherwise). One row; the invoices' and ledgers' retention runs from it.
/// </summary>
public sealed class FinancialYear
{
    public const int SingletonId = 1;

    private FinancialYear()
    {
        UpdatedBy = string.Empty;
    }

    public int Id { get; private set; } = SingletonId;

    public int EndMonth { get; private set; }

    public int EndDay { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public uint Version { get; private set; }

    public static FinancialYear CalendarYear(DateTimeOffset now) => new() { EndMonth = 12, EndDay = 31, UpdatedAt = now, UpdatedBy = "system" };

    public IReadOnlyList<string> Change(int endMonth, int endDay, DateTimeOffset now, string by)
    {
        Check(endMonth, endDay);
        var changed = new List<string>();
        if (EndMonth != endMonth) changed.Add("endMonth");
        if (EndDay != endDay) changed.Add("endDay");
        (EndMonth, EndDay) = (endMonth, endDay);
        if (changed.Count > 0) (UpdatedAt, UpdatedBy) = (now, by);
        return changed;
    }

    /// <summary>A day that ends a financial year every year: 29 February does not exist in most.</summary>
    public static void Check(int endMonth, int endDay)
    {
        if (endMonth is < 1 or > 12) throw new DomainRuleException("The month is 1–12.", "endMonth");
        if (endDay < 1 || endDay > DateTime.DaysInMonth(2001, endMonth))
            throw new DomainRuleException("The day does not exist in that month every year.", "endDay");
    }

    /// <summary>The last day of the financial year that holds the date.</summary>
    public DateOnly EndOfYearHolding(DateOnly date)
    {
        var end = new DateOnly(date.Year, EndMonth, EndDay);
        return date <= end ? end : end.AddYears(1);
    }

    /// <summary>The day a period starting at <paramref name="start"/> begins for a row (an invoice) dated <paramref name="date"/>.</summary>
    public DateOnly StartEventOf(RetentionStart start, DateOnly date) => start switch
    {
        RetentionStart.FinancialYearEnd => EndOfYearHolding(date),
        RetentionStart.FinancialYearEndCalendarYear => new DateOnly(EndOfYearHolding(date).Year, 12, 31),
        _ => date,
    };
}
