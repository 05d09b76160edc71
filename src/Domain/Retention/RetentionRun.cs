namespace HsWorks.Domain.Retention;

public enum RetentionTrigger
{
    /// <summary>The daily job.</summary>
    Scheduled,

    /// <summary>Started by the data protection officer.</summary>
    Manual,
}

/// <summary>One application of the retention rules and what it removed, by kind of data (ids only; the audit trail names the rows).</summary>
public sealed class RetentionRun
{
    private RetentionRun()
    {
        StartedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public RetentionTrigger Trigger { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public string StartedBy { get; private set; }

    /// <summary>The day the rules were applied for (the injected clock's date).</summary>
    public DateOnly AsOf { get; private set; }

    public int Contacts { get; set; }

    public int Recordings { get; set; }

    public int Invoices { get; set; }

    public int ConsentEvents { get; set; }

    public int Persons { get; set; }

    public int Customers { get; set; }

    public static RetentionRun Start(Guid id, RetentionTrigger trigger, DateTimeOffset now, DateOnly asOf, string by) =>
        new() { Id = id, Trigger = trigger, StartedAt = now, AsOf = asOf, StartedBy = by };

    public void Finish(DateTimeOffset now) => FinishedAt = now;
}
