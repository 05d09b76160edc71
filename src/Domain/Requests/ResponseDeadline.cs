namespace HsWorks.Domain.Requests;

/// <summary>
/// When a data subject's request must be answered (GDPR Art. 12(3)): one month from receipt, or
/// three with an extension, counted as Regulation (EEC, Euratom) No 1182/71 counts periods (the
/// EDPB's guidelines 01/2022 apply it): the receipt date in Finnish time; the same date in the month
/// the period ends, or that month's last day when it has no such date; a period ending on a
/// Saturday, a Sunday or a public holiday ends on the next working day. Days the clock stood still
/// while the company waited for information it had asked for to identify the requester are added
/// before that roll-over.
/// </summary>
public static class ResponseDeadline
{
    public const int Months = 1;

    public const int ExtendedMonths = 3;

    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    /// <summary>The receipt's calendar day in Finland.</summary>
    public static DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Helsinki).DateTime);

    /// <summary>The due date of a request received at <paramref name="receivedAt"/>.</summary>
    /// <param name="extended">An extension was recorded in time: three months instead of one.</param>
    /// <param name="pausedDays">Whole days the clock was paused (information asked for identification, until it arrived).</param>
    public static DateOnly Due(DateTimeOffset receivedAt, bool extended = false, int pausedDays = 0)
    {
        if (pausedDays < 0) throw new ArgumentOutOfRangeException(nameof(pausedDays), "A pause cannot be negative.");
        var end = DayOf(receivedAt).AddMonths(extended ? ExtendedMonths : Months).AddDays(pausedDays);
        return FinnishHolidays.OnOrNextWorkingDay(end);
    }

    /// <summary>The whole days between asking the requester for information and receiving it, in Finnish time.</summary>
    public static int PausedDays(DateTimeOffset askedAt, DateTimeOffset arrivedAt) =>
        arrivedAt <= askedAt ? 0 : DayOf(arrivedAt).DayNumber - DayOf(askedAt).DayNumber;
}
