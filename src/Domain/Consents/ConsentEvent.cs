using HsWorks.Domain.Common;
using HsWorks.Domain.Marketing;

namespace HsWorks.Domain.Consents;

public enum ConsentAction
{
    Given,
    Withdrawn,
}

/// <summary>How a consent or a withdrawal reached us.</summary>
public enum ConsentSource
{
    Form,
    PhoneCall,
    Contract,
    Web,
    Partner,
}

/// <summary>
/// One append-only entry of a person's consent ledger (R2.2, R4.7): what was given or withdrawn,
/// for which purpose, channel and product group, when, how, with what evidence and who recorded it.
/// History is never rewritten; the current state is derived from it.
/// </summary>
public sealed class ConsentEvent
{
    public const int MaxEvidenceLength = 2000;

    private ConsentEvent()
    {
        Evidence = RecordedBy = string.Empty;
    }

    public long Id { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid PurposeId { get; private set; }

    public Channel Channel { get; private set; }

    public Guid? ProductGroupId { get; private set; }

    public ConsentAction Action { get; private set; }

    public DateTimeOffset At { get; private set; }

    public ConsentSource Source { get; private set; }

    /// <summary>The wording shown, a reference to the signed document or to the recorded call.</summary>
    public string Evidence { get; private set; }

    public Guid? RecordedByUserId { get; private set; }

    public string RecordedBy { get; private set; }

    /// <summary>The number of the privacy notice version in force when the event was recorded; null before any notice was published.</summary>
    public int? NoticeVersion { get; private set; }

    internal static ConsentEvent Create(Guid personId, Guid purposeId, Channel channel, Guid? productGroupId, ConsentAction action,
        DateTimeOffset at, ConsentSource source, string evidence, Guid? recordedByUserId, string recordedBy, int? noticeVersion)
    {
        var text = evidence?.Trim() ?? string.Empty;
        if (text.Length is 0 or > MaxEvidenceLength) throw new DomainRuleException($"Evidence is 1–{MaxEvidenceLength} characters.", "evidence");
        return new ConsentEvent
        {
            PersonId = personId,
            PurposeId = purposeId,
            Channel = channel,
            ProductGroupId = productGroupId,
            Action = action,
            At = at,
            Source = source,
            Evidence = text,
            RecordedByUserId = recordedByUserId,
            RecordedBy = recordedBy,
            NoticeVersion = noticeVersion,
        };
    }

    /// <summary>Whether this event speaks about that channel (an "all" event speaks about every channel).</summary>
    public bool Covers(Channel channel) => Channel == Channel.All || Channel == channel || channel == Channel.All;
}
