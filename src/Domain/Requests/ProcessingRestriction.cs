using HsWorks.Domain.Common;

namespace HsWorks.Domain.Requests;

/// <summary>Why processing is restricted (GDPR Art. 18(1)).</summary>
public enum RestrictionReason
{
    /// <summary>(a) The person contests the accuracy of the data, for the time it takes to verify it.</summary>
    AccuracyContested,

    /// <summary>(b) The processing is unlawful and the person asks for restriction instead of erasure.</summary>
    UnlawfulProcessing,

    /// <summary>(c) The company no longer needs the data, but the person needs it for legal claims.</summary>
    NeededForLegalClaims,

    /// <summary>(d) The person objected (Art. 21(1)), pending the decision whether the company's grounds override theirs.</summary>
    ObjectionPending,
}

/// <summary>The grounds on which restricted data may still be used beyond storing it (Art. 18(2)).</summary>
public enum RestrictionGround
{
    /// <summary>The person's consent to this use.</summary>
    Consent,

    /// <summary>Establishing, exercising or defending legal claims, such as collecting an open invoice.</summary>
    LegalClaims,

    /// <summary>Protecting the rights of another natural or legal person.</summary>
    OtherPersonsRights,

    /// <summary>Important public interest of the Union or of Finland.</summary>
    ImportantPublicInterest,
}

/// <summary>
/// A restriction of processing of one person (Art. 18), placed through a request: its reason and period, who placed it and when, and
/// who lifted it, when, and when the person was told before (Art. 18(3)). While it holds, the person's data is only stored: the person
/// carries <see cref="Persons.Person.ProcessingRestricted"/>. <see cref="Until"/> is the planned end; the marking never lapses by
/// itself, because the person must be told before it is lifted. Kept as history.
/// </summary>
public sealed class ProcessingRestriction
{
    public const int MaxNoteLength = 2000;

    private ProcessingRestriction()
    {
        PlacedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid RequestId { get; private set; }

    public RestrictionReason Reason { get; private set; }

    public string? Note { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? Until { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public string PlacedBy { get; private set; }

    public DateTimeOffset? LiftedAt { get; private set; }

    public string? LiftedBy { get; private set; }

    /// <summary>When the person was told that the restriction will be lifted (before it was).</summary>
    public DateTimeOffset? PersonToldAt { get; private set; }

    public bool IsActive => LiftedAt is null;

    public static ProcessingRestriction Place(Guid id, Guid personId, Guid requestId, RestrictionReason reason, string? note, DateOnly from,
        DateOnly? until, DateTimeOffset now, string by)
    {
        if (until < from) throw new DomainRuleException("A restriction cannot end before it begins.", "until");
        return new ProcessingRestriction
        {
            Id = id,
            PersonId = personId,
            RequestId = requestId,
            Reason = reason,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            From = from,
            Until = until,
            PlacedAt = now,
            PlacedBy = by,
        };
    }

    /// <summary>Lifts the restriction; the person must have been told before (Art. 18(3)), not after and not in the future.</summary>
    public void Lift(DateTimeOffset personToldAt, DateTimeOffset now, string by)
    {
        if (!IsActive) throw new DomainRuleException("The restriction was already lifted.", "personId");
        if (personToldAt > now + DataSubjectRequest.ClockSkew)
            throw new DomainRuleException("The person must be told before the restriction is lifted, not after.", "personToldAt");
        if (personToldAt < PlacedAt) throw new DomainRuleException("The person cannot be told of lifting before the restriction was placed.", "personToldAt");
        (LiftedAt, LiftedBy, PersonToldAt) = (now, by, personToldAt);
    }
}

/// <summary>
/// One use of a restricted person's data beyond storing it, under a ground of Art. 18(2): what was done (the audit operation and the
/// row it made or changed), on what ground, who and when. Append-only.
/// </summary>
public sealed class RestrictedUse
{
    public const int MaxUseLength = 200;

    private RestrictedUse()
    {
        Use = By = string.Empty;
    }

    public RestrictedUse(Guid personId, Guid restrictionId, RestrictionGround ground, string use, DateTimeOffset at, string by)
    {
        (PersonId, RestrictionId, Ground, Use, At, By) = (personId, restrictionId, ground, use, at, by);
    }

    public long Id { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid RestrictionId { get; private set; }

    public RestrictionGround Ground { get; private set; }

    /// <summary>What was done: for example "disclosure:{id}" or "person.update".</summary>
    public string Use { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; }
}

/// <summary>
/// One field of a person corrected through a rectification request (Art. 16): as it was and as it became. Personal data: shown only
/// on the request's detail, each read audited. An identity code is kept masked here, as staff see it. Append-only.
/// </summary>
public sealed class RectifiedField
{
    public const int MaxValueLength = 600;

    private RectifiedField()
    {
        Field = By = string.Empty;
    }

    public RectifiedField(Guid requestId, Guid personId, string field, string? before, string? after, DateTimeOffset at, string by)
    {
        (RequestId, PersonId, Field, Before, After, At, By) = (requestId, personId, field, before, after, at, by);
    }

    public long Id { get; private set; }

    public Guid RequestId { get; private set; }

    public Guid PersonId { get; private set; }

    public string Field { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; }
}

/// <summary>How a recipient was told by hand of a rectification, erasure or restriction.</summary>
public enum ManualNoticeMethod
{
    Email,
    Letter,
    Phone,
    InPerson,
}

/// <summary>
/// A recipient told by other means than its webhook (Art. 19), for a request: how, when, a note, and who recorded it. Append-only.
/// </summary>
public sealed class ManualRecipientNotice
{
    public const int MaxNoteLength = 2000;

    private ManualRecipientNotice()
    {
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public Guid RecipientId { get; private set; }

    public ManualNoticeMethod Method { get; private set; }

    public DateTimeOffset ToldAt { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; }

    public static ManualRecipientNotice Of(Guid id, Guid requestId, Guid recipientId, ManualNoticeMethod method, DateTimeOffset toldAt, string? note,
        DateTimeOffset now, string by)
    {
        if (toldAt > now + DataSubjectRequest.ClockSkew) throw new DomainRuleException("The time cannot be in the future.", "toldAt");
        return new ManualRecipientNotice
        {
            Id = id, RequestId = requestId, RecipientId = recipientId, Method = method, ToldAt = toldAt,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), RecordedAt = now, RecordedBy = by,
        };
    }
}
