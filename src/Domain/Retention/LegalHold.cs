using HsWorks.Domain.Common;

namespace HsWorks.Domain.Retention;

/// <summary>
/// A legal hold (a dispute, an authority's request): while it is in force, retention removes nothing of the person's or the
/// customer's data. Lifting keeps the record.
/// </summary>
public sealed class LegalHold
{
    public const int MaxReasonLength = 500;

    private LegalHold()
    {
        Reason = PlacedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid? PersonId { get; private set; }

    public Guid? CustomerId { get; private set; }

    public string Reason { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public string PlacedBy { get; private set; }

    public DateTimeOffset? LiftedAt { get; private set; }

    public string? LiftedBy { get; private set; }

    public bool InForce => LiftedAt is null;

    public static LegalHold Place(Guid id, Guid? personId, Guid? customerId, string reason, DateTimeOffset now, string by)
    {
        if ((personId is null) == (customerId is null)) throw new DomainRuleException("A hold is for one person or one customer.", "personId");
        var text = reason?.Trim() ?? string.Empty;
        if (text.Length is 0 or > MaxReasonLength) throw new DomainRuleException($"The reason is 1–{MaxReasonLength} characters.", "reason");
        return new LegalHold { Id = id, PersonId = personId, CustomerId = customerId, Reason = text, PlacedAt = now, PlacedBy = by };
    }

    public void Lift(DateTimeOffset now, string by)
    {
        if (!InForce) throw new DomainRuleException("The hold was lifted already.", "id");
        (LiftedAt, LiftedBy) = (now, by);
    }
}
