namespace HsWorks.Application.Common.Auditing;

/// <summary>
/// What one request touched, collected by its handler and written by the audit behaviour:
/// the data subjects, the customers and, for changes, the fields.
/// </summary>
public sealed class AuditTrail
{
    private readonly HashSet<Guid> personIds = [];
    private readonly HashSet<Guid> customerIds = [];
    private readonly List<string> fields = [];

    public IReadOnlyCollection<Guid> PersonIds => personIds;

    public IReadOnlyCollection<Guid> CustomerIds => customerIds;

    public IReadOnlyList<string> Fields => fields;

    /// <summary>The staff account an administrative action is about.</summary>
    public Guid? TargetUserId { get; private set; }

    /// <summary>The reason the caller stated, for actions that need one.</summary>
    public string? Reason { get; private set; }

    /// <summary>The acting user when it is not the token's (sign-in).</summary>
    public (Guid? Id, string Username)? Actor { get; private set; }

    public AuditTrail Persons(IEnumerable<Guid> ids)
    {
        personIds.UnionWith(ids);
        return this;
    }

    public AuditTrail Person(Guid id) => Persons([id]);

    public AuditTrail Customers(IEnumerable<Guid> ids)
    {
        customerIds.UnionWith(ids);
        return this;
    }

    public AuditTrail Customer(Guid id) => Customers([id]);

    public AuditTrail Changed(IEnumerable<string> names)
    {
        fields.AddRange(names.Where(n => !fields.Contains(n)));
        return this;
    }

    public AuditTrail AboutUser(Guid userId)
    {
        TargetUserId = userId;
        return this;
    }

    public AuditTrail Because(string reason)
    {
        Reason = reason;
        return this;
    }

    /// <summary>Forgets what a failed attempt collected, before the unit of work runs again.</summary>
    public void Reset()
    {
        personIds.Clear();
        customerIds.Clear();
        fields.Clear();
        (TargetUserId, Reason, Actor) = (null, null, null);
    }

    public AuditTrail ActingAs(Guid? userId, string username)
    {
        Actor = (userId, username);
        return this;
    }
}
