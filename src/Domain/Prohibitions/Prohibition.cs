using HsWorks.Domain.Common;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Persons;

namespace HsWorks.Domain.Prohibitions;

public enum ProhibitionKind
{
    /// <summary>No direct marketing through the channel.</summary>
    DirectMarketing,

    /// <summary>No disclosure of the person's data to partners (for their marketing).</summary>
    PartnerDisclosure,
}

/// <summary>
/// A marketing ban (R4.7): the person's own, or from a prohibition register. Kept as history: a
/// lifted ban stays on record with when and by whom it was lifted.
/// </summary>
public sealed class Prohibition
{
    private Prohibition()
    {
        CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public ProhibitionKind Kind { get; private set; }

    public Channel Channel { get; private set; }

    public DataSource Source { get; private set; }

    public string? Reason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset? LiftedAt { get; private set; }

    public string? LiftedBy { get; private set; }

    public bool IsActive => LiftedAt is null;

    public static Prohibition Impose(Guid id, Guid personId, ProhibitionKind kind, Channel channel, DataSource source, string? reason,
        DateTimeOffset now, string createdBy) =>
        new()
        {
            Id = id,
            PersonId = personId,
            Kind = kind,
            Channel = channel,
            Source = source,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            CreatedAt = now,
            CreatedBy = createdBy,
        };

    public void Lift(DateTimeOffset now, string liftedBy)
    {
        if (!IsActive) throw new DomainRuleException("The prohibition was already lifted.", "prohibitionId");
        LiftedAt = now;
        LiftedBy = liftedBy;
    }

    /// <summary>Whether this ban stops marketing through the channel.</summary>
    public bool Blocks(Channel channel) => IsActive && (Channel == Channel.All || Channel == channel);
}
