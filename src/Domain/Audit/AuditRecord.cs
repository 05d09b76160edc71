namespace HsWorks.Domain.Audit;

/// <summary>
/// One append-only audit event (R7.3): who did what to which data subjects, and which fields
/// changed. Never updated or deleted; the database refuses both.
/// </summary>
public sealed class AuditRecord
{
    private AuditRecord()
    {
        Action = Username = string.Empty;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? UserId { get; private set; }

    public string Username { get; private set; }

    public string Action { get; private set; }

    public Guid[] PersonIds { get; private set; } = [];

    public Guid[] CustomerIds { get; private set; } = [];

    public string[] Fields { get; private set; } = [];

    /// <summary>The staff account an administrative action was about (user created, changed, reset).</summary>
    public Guid? TargetUserId { get; private set; }

    /// <summary>Why, when the action needs a stated reason (revealing a secret).</summary>
    public string? Reason { get; private set; }

    public static AuditRecord Create(DateTimeOffset at, Guid? userId, string username, string action,
        IEnumerable<Guid> personIds, IEnumerable<Guid> customerIds, IEnumerable<string> fields, Guid? targetUserId = null, string? reason = null) =>
        new()
        {
            At = at,
            UserId = userId,
            Username = username,
            Action = action,
            PersonIds = [.. personIds.Distinct()],
            CustomerIds = [.. customerIds.Distinct()],
            Fields = [.. fields.Distinct()],
            TargetUserId = targetUserId,
            Reason = reason,
        };
}
