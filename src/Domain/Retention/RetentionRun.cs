namespace HsWorks.Domain.Retention;

public enum RetentionTrigger
{
    /// <summary>The daily job.</summary>
    Scheduled,

    /// <summary>Started by the data protection officer.</summary>
    Manual,
}

/// <summary>Where a run stands: running while its batches commit one by one; failed when it stopped half-way (what it did stays done).</summary>
public enum RetentionRunStatus
{
    Running,
    Completed,

    /// <summary>Stopped by an error, or found unfinished by the next run (its instance died): its committed batches stay done and audited.</summary>
    Failed,
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

    public int Purchases { get; set; }

    public int Warranties { get; set; }

    public int Assets { get; set; }

    public int RemoteAccesses { get; set; }

    public int Problems { get; set; }

    public int Interests { get; set; }

    public int ContactPersonLinks { get; set; }

    public RetentionRunStatus Status { get; private set; }

    /// <summary>The category whose rule the run applies now (progress); null once it has finished.</summary>
    public string? Phase { get; private set; }

    public void Enter(string category) => Phase = category;

    public static RetentionRun Start(Guid id, RetentionTrigger trigger, DateTimeOffset now, DateOnly asOf, string by) =>
        new() { Id = id, Trigger = trigger, StartedAt = now, AsOf = asOf, StartedBy = by };

    public void Finish(DateTimeOffset now) => (FinishedAt, Status, Phase) = (now, RetentionRunStatus.Completed, null);

    /// <summary>Marks a run that did not finish; the phase stays to show where it stopped.</summary>
    public void Fail(DateTimeOffset now) => (FinishedAt, Status) = (now, RetentionRunStatus.Failed);
}
