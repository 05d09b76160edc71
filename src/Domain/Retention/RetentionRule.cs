using HsWorks.Domain.Common;

namespace HsWorks.Domain.Retention;

/// <summary>The event from which a retention period runs.</summary>
public enum RetentionStart
{
    /// <summary>The end of the customer relationship (the customer's relationship end date).</summary>
    RelationshipEnded,

    /// <summary>The date of the contact event itself.</summary>
    ContactDate,

    /// <summary>The date the recording was made.</summary>
    RecordingDate,

    /// <summary>The end of the calendar year in which the invoice's financial year ended (Accounting Act 2:10, vouchers).</summary>
    FinancialYearEndCalendarYear,

    /// <summary>The end of the financial year (Accounting Act 2:10, ledgers and financial statements).</summary>
    FinancialYearEnd,

    /// <summary>The withdrawal of the last consent that was in force.</summary>
    LastConsentWithdrawn,

    /// <summary>The person's death.</summary>
    Death,
}

/// <summary>What happens to data whose period has run out.</summary>
public enum RetentionAction
{
    Delete,

    /// <summary>The row stays with its personal values removed irreversibly.</summary>
    Anonymise,
}

public enum PeriodUnit
{
    Years,
    Months,
    Days,
}

/// <summary>
/// How long one data category is kept (GDPR Art. 5(1)(e), 13(2)(a)): a period from a starting event, what happens then, and the
/// reason in the register's three languages (shown in the notice and the access report). Data may be kept through the last day
/// of the period (<see cref="KeepUntil"/>); it is due the day after.
/// </summary>
public sealed class RetentionRule
{
    public const int MaxReasonLength = 1000;

    private RetentionRule()
    {
        Category = ReasonFi = ReasonSv = ReasonEn = UpdatedBy = string.Empty;
    }

    public string Category { get; private set; }

    public int Period { get; private set; }

    public PeriodUnit Unit { get; private set; }

    public RetentionStart Start { get; private set; }

    public RetentionAction Action { get; private set; }

    public string ReasonFi { get; private set; }

    public string ReasonSv { get; private set; }

    public string ReasonEn { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public uint Version { get; private set; }

    public static RetentionRule Define(string category, int period, PeriodUnit unit, RetentionStart start, RetentionAction action,
        string reasonFi, string reasonSv, string reasonEn, DateTimeOffset now, string by)
    {
        if (!RetentionCategories.IsKnown(category)) throw new DomainRuleException($"Unknown data category '{category}'.", "category");
        var rule = new RetentionRule { Category = category };
        rule.Change(period, unit, start, action, reasonFi, reasonSv, reasonEn, now, by);
        return rule;
    }

    /// <summary>Applies new terms and returns the names of the fields that changed.</summary>
    public IReadOnlyList<string> Change(int period, PeriodUnit unit, RetentionStart start, RetentionAction action,
        string reasonFi, string reasonSv, string reasonEn, DateTimeOffset now, string by)
    {
        RetentionPeriods.Check(period, unit);
        if (!RetentionCategories.StartsOf(Category).Contains(start))
            throw new DomainRuleException($"The data category {Category} cannot run from {start}.", "start");
        if (!RetentionCategories.ActionsOf(Category).Contains(action))
            throw new DomainRuleException($"The data category {Category} cannot be handled by {action}.", "action");
        var (fi, sv, en) = (Reason(reasonFi, "reasonFi"), Reason(reasonSv, "reasonSv"), Reason(reasonEn, "reasonEn"));
        var changed = new List<string>();
        if (Period != period) changed.Add("period");
        if (Unit != unit) changed.Add("unit");
        if (Start != start) changed.Add("start");
        if (Action != action) changed.Add("action");
        if (ReasonFi != fi) changed.Add("reasonFi");
        if (ReasonSv != sv) changed.Add("reasonSv");
        if (ReasonEn != en) changed.Add("reasonEn");
        (Period, Unit, Start, Action, ReasonFi, ReasonSv, ReasonEn) = (period, unit, start, action, fi, sv, en);
        if (changed.Count > 0 || UpdatedBy.Length == 0) (UpdatedAt, UpdatedBy) = (now, by);
        return changed;
    }

    /// <summary>The reason in the language (fi, sv, en; Finnish otherwise).</summary>
    public string ReasonIn(string language) => Localised.Pick(language, ReasonFi, ReasonSv, ReasonEn);

    /// <summary>The last day data whose period started on <paramref name="startEvent"/> may be kept.</summary>
    public DateOnly KeepUntil(DateOnly startEvent) => RetentionPeriods.Add(startEvent, Period, Unit);

    /// <summary>Whether data whose period started on <paramref name="startEvent"/> is due for its action on <paramref name="today"/>.</summary>
    public bool IsDue(DateOnly startEvent, DateOnly today) => KeepUntil(startEvent) < today;

    private static string Reason(string? text, string field)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxReasonLength) throw new DomainRuleException($"The reason is 1–{MaxReasonLength} characters.", field);
        return trimmed;
    }
}

/// <summary>The date arithmetic of retention periods, one place: a year from 29 February ends on 28 February, a month from 31 January on the month's last day.</summary>
public static class RetentionPeriods
{
    public const int MaxYears = 100;

    public static void Check(int period, PeriodUnit unit)
    {
        var max = unit switch
        {
            PeriodUnit.Years => MaxYears,
            PeriodUnit.Months => MaxYears * 12,
            PeriodUnit.Days => MaxYears * 366,
            _ => throw new DomainRuleException("Unknown unit.", "unit"),
        };
        if (period < 0 || period > max) throw new DomainRuleException($"The period is 0–{max} {unit.ToString().ToLowerInvariant()}.", "period");
    }

    public static DateOnly Add(DateOnly start, int period, PeriodUnit unit) => unit switch
    {
        PeriodUnit.Years => start.AddYears(period),
        PeriodUnit.Months => start.AddMonths(period),
        PeriodUnit.Days => start.AddDays(period),
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <summary>
    /// The latest date a row may carry (its own date, from which its starting event follows by the monotone <paramref name="keepUntil"/>)
    /// and be due on <paramref name="today"/>; null when none is. Lets a query ask "date &lt;= cutoff" instead of computing per row.
    /// </summary>
    public static DateOnly? LatestDue(DateOnly today, Func<DateOnly, DateOnly> keepUntil)
    {
        var low = today.AddYears(-(MaxYears * 2 + 10)).DayNumber;
        if (keepUntil(DateOnly.FromDayNumber(low)) >= today) return null;
        var high = today.DayNumber;
        // keepUntil never goes backwards as the row's date moves on, so the due dates form one run from the past.
        while (low < high)
        {
            var middle = low + (high - low + 1) / 2;
            if (keepUntil(DateOnly.FromDayNumber(middle)) < today) low = middle;
            else high = middle - 1;
        }
        return DateOnly.FromDayNumber(low);
    }
}

/// <summary>Days as Finland counts them: a timestamp's day, and the moment a day begins (retention is counted in Finnish calendar days).</summary>
public static class FinnishDays
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Helsinki).DateTime);

    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        // In UTC: PostgreSQL's timestamptz parameters take no other offset.
        return new DateTimeOffset(local, Helsinki.GetUtcOffset(local)).ToUniversalTime();
    }
}
