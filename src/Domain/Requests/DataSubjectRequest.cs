using HsWorks.Domain.Common;

namespace HsWorks.Domain.Requests;

/// <summary>Which right the data subject uses (GDPR Art. 15–21).</summary>
public enum RequestType
{
    Access,
    Rectification,
    Erasure,
    Restriction,
    Objection,
    Portability,
}

/// <summary>How the request reached the company.</summary>
public enum RequestChannel
{
    /// <summary>A letter (the register description asks for a signed one).</summary>
    Letter,
    Email,
    InPerson,
    Phone,
    Web,
}

/// <summary>
/// Where a request stands: received → verifyingIdentity → inProgress → completed, or rejected;
/// extended while an extension holds (instead of the stage it has reached).
/// </summary>
public enum RequestStatus
{
    Received,
    VerifyingIdentity,
    InProgress,
    Extended,
    Completed,
    Rejected,
}

/// <summary>How the requester's identity was verified before anything is disclosed or changed (Art. 12(6)).</summary>
public enum IdentityVerificationMethod
{
    IdentityDocument,
    SignedLetter,
    StrongElectronicIdentification,
    KnownContactDetails,
}

/// <summary>Why a request was refused under Art. 12(5); none for any other reason.</summary>
public enum RejectionGround
{
    ManifestlyUnfounded,
    Excessive,
}

/// <summary>How a closed request ended, as the regulator's export and the detail show it.</summary>
public enum RequestOutcome
{
    Completed,
    Rejected,
    RejectedManifestlyUnfounded,
    RejectedExcessive,
}

/// <summary>A step on a request's timeline.</summary>
public enum RequestStep
{
    Registered,
    Assigned,
    PersonsMatched,
    IdentificationAsked,
    IdentificationReceived,
    IdentityVerified,
    Extended,
    Completed,
    Rejected,

    /// <summary>The matched person's details were corrected through the request (Art. 16).</summary>
    Rectified,

    /// <summary>Processing of a matched person was restricted (Art. 18).</summary>
    Restricted,

    /// <summary>A restriction was lifted, the person told before (Art. 18(3)).</summary>
    RestrictionLifted,

    /// <summary>The objection was recorded (Art. 21): to direct marketing it took effect at once.</summary>
    Objected,

    /// <summary>DataProtectionOfficer decided an objection to other processing.</summary>
    ObjectionDecided,

    /// <summary>A recipient of the persons' data was told by other means than its webhook (Art. 19).</summary>
    RecipientToldManually,

    /// <summary>DataProtectionOfficer decided whether staff names are essential for the person to exercise their rights (CJEU C-579/21).</summary>
    StaffNamesDecided,

    /// <summary>An access report was generated and attached to the request (Art. 15).</summary>
    ReportGenerated,

    /// <summary>The person's portable data was exported (Art. 20).</summary>
    PortabilityExported,

    /// <summary>The matched persons' data was erased (Art. 17); what was erased and what was kept is in the request's erasure record.</summary>
    Erased,
}

/// <summary>What the person objects to (Art. 21): direct marketing (absolute, at once) or other processing (weighed by DataProtectionOfficer).</summary>
public enum ObjectionKind
{
    DirectMarketing,
    OtherProcessing,
}

/// <summary>
/// How an objection to other processing was decided: upheld (the processing stops) or dismissed (compelling legitimate grounds
/// override the person's interests, or the processing is for legal claims — Art. 21(1)).
/// </summary>
public enum ObjectionDecision
{
    Upheld,
    Dismissed,
}

/// <summary>The requester as they gave themselves, before (and whether or not) they are matched to persons of the register.</summary>
public sealed record Requester(string Name, string? Email, string? Phone, string? Address, string? Note)
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxPhoneLength = 50;
    public const int MaxAddressLength = 500;
    public const int MaxNoteLength = 2000;
}

/// <summary>
/// A data subject's request (R8.1, GDPR Art. 12): what was asked, when and how it arrived, who asked,
/// whom it concerns, who handles it, how the requester's identity was verified, and how it ended —
/// within the deadline <see cref="ResponseDeadline"/> computes. Every step goes to its append-only
/// timeline (<see cref="RequestEvent"/>) with who and when; the company bears the burden of proof.
/// </summary>
public sealed class DataSubjectRequest
{
    public const int MaxTextLength = 2000;
    public const int MaxPersons = 20;

    /// <summary>How far in the future a receipt time may be (clock skew between machines).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly List<RequestEvent> newEvents = [];

    private DataSubjectRequest()
    {
        RequesterName = string.Empty;
        RegisteredBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public RequestType Type { get; private set; }

    public RequestChannel Channel { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public string RequesterName { get; private set; }

    public string? RequesterEmail { get; private set; }

    public string? RequesterPhone { get; private set; }

    public string? RequesterAddress { get; private set; }

    public string? RequesterNote { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredBy { get; private set; }

    /// <summary>The persons of the register the request concerns, once matched.</summary>
    public Guid[] PersonIds { get; private set; } = [];

    public Guid? AssigneeId { get; private set; }

    /// <summary>Stored for the inbox's filters; always what <see cref="StatusNow"/> says.</summary>
    public RequestStatus Status { get; private set; }

    public IdentityVerificationMethod? VerificationMethod { get; private set; }

    public string? VerificationNote { get; private set; }

    public DateTimeOffset? IdentityVerifiedAt { get; private set; }

    public string? IdentityVerifiedBy { get; private set; }

    /// <summary>When more information to identify the requester was asked for (Art. 12(6)).</summary>
    public DateTimeOffset? IdentificationAskedAt { get; private set; }

    /// <summary>When that information arrived; the clock stood still in between.</summary>
    public DateTimeOffset? IdentificationArrivedAt { get; private set; }

    /// <summary>Whole days the clock stood still, from the recorded ask and arrival only.</summary>
    public int PausedDays { get; private set; }

    /// <summary>The due date without an extension: the last day an extension can be recorded and the requester told.</summary>
    public DateOnly FirstDueOn { get; private set; }

    /// <summary>The due date now (three months with an extension), from <see cref="ResponseDeadline"/>.</summary>
    public DateOnly DueOn { get; private set; }

    public DateTimeOffset? ExtendedAt { get; private set; }

    public string? ExtendedBy { get; private set; }

    public string? ExtensionReasons { get; private set; }

    /// <summary>When the requester was told of the extension and its reasons (at the same time it was recorded).</summary>
    public DateTimeOffset? ExtensionToldAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    /// <summary>What was done, in short (completion).</summary>
    public string? CompletionSummary { get; private set; }

    public string? RejectionReason { get; private set; }

    public RejectionGround? RejectionGround { get; private set; }

    /// <summary>The refusal told the requester of the right to complain to the Data Protection Ombudsman and to seek a judicial remedy (Art. 12(4)).</summary>
    public bool RemediesTold { get; private set; }

    /// <summary>What the person objected to (objection requests, once recorded).</summary>
    public ObjectionKind? ObjectionKind { get; private set; }

    public DateTimeOffset? ObjectedAt { get; private set; }

    public ObjectionDecision? ObjectionDecision { get; private set; }

    /// <summary>Why the objection was upheld or dismissed; the company bears the burden of proving compelling grounds.</summary>
    public string? ObjectionDecisionReasons { get; private set; }

    public DateTimeOffset? ObjectionDecidedAt { get; private set; }

    public string? ObjectionDecidedBy { get; private set; }

    /// <summary>
    /// DataProtectionOfficer recorded that the names of the staff who used the person's data are essential for the person to
    /// exercise their rights (CJEU C-579/21, Pankki S): only then does the access report name them; otherwise it gives their access level.
    /// </summary>
    public bool StaffNamesEssential { get; private set; }

    /// <summary>Why staff names are, or are not, essential for this request, as DataProtectionOfficer recorded it.</summary>
    public string? StaffNamesReason { get; private set; }

    /// <summary>When the matched persons' data was erased (an erasure request only; once).</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    /// <summary>The timeline steps taken since the request was loaded, for the caller to store.</summary>
    public IReadOnlyList<RequestEvent> NewEvents => newEvents;

    public bool IsOpen => ClosedAt is null;

    public bool IsExtended => ExtendedAt is not null;

    public bool AwaitingIdentification => IdentificationAskedAt is not null && IdentificationArrivedAt is null;

    public RequestOutcome? Outcome => OutcomeOf(Status, RejectionGround);

    /// <summary>How a request in the status ended: completed, or rejected (as manifestly unfounded, as excessive, or otherwise); none while open.</summary>
    public static RequestOutcome? OutcomeOf(RequestStatus status, RejectionGround? ground) => status switch
    {
        RequestStatus.Completed => RequestOutcome.Completed,
        RequestStatus.Rejected => ground switch
        {
            Requests.RejectionGround.ManifestlyUnfounded => RequestOutcome.RejectedManifestlyUnfounded,
            Requests.RejectionGround.Excessive => RequestOutcome.RejectedExcessive,
            _ => RequestOutcome.Rejected,
        },
        _ => null,
    };

    public static DataSubjectRequest Register(Guid id, RequestType type, RequestChannel channel, DateTimeOffset receivedAt, Requester requester,
        DateTimeOffset now, string by)
    {
        if (receivedAt > now + ClockSkew) throw new DomainRuleException("A request cannot be received in the future.", "receivedAt");
        if (string.IsNullOrWhiteSpace(requester.Name)) throw new DomainRuleException("The requester's name is needed.", "requester.name");
        var request = new DataSubjectRequest
        {
            Id = id,
            Type = type,
            Channel = channel,
            ReceivedAt = receivedAt,
            RequesterName = requester.Name.Trim(),
            RequesterEmail = Clean(requester.Email),
            RequesterPhone = Clean(requester.Phone),
            RequesterAddress = Clean(requester.Address),
            RequesterNote = Clean(requester.Note),
            RegisteredAt = now,
            RegisteredBy = by,
        };
        request.Settle();
        request.Record(RequestStep.Registered, now, by, null);
        return request;
    }

    /// <summary>
    /// Why the step cannot be taken in the request's present state (a conflict with its state, not with
    /// the input); null when it can. The methods below refuse with the same words.
    /// </summary>
    public string? Refuses(RequestStep step, DateOnly today) => step switch
    {
        // A restriction outlives its request, and so may telling its recipients: both are recorded on a closed request too.
        RequestStep.RestrictionLifted when Type is not (RequestType.Restriction or RequestType.Objection) =>
            "Only a restriction or objection request lifts a restriction.",
        RequestStep.RecipientToldManually when !ConcernsDisclosedData(Type) =>
            "Only a rectification, erasure or restriction request tells the recipients of the persons' data.",
        RequestStep.RestrictionLifted or RequestStep.RecipientToldManually => null,
        _ when !IsOpen => "The request is closed.",
        RequestStep.Rectified or RequestStep.Restricted or RequestStep.Objected when Type != TypeOf(step) =>
            $"Only a request of type {TypeOf(step).ToString().ToLowerInvariant()} can take this step.",
        RequestStep.Rectified or RequestStep.Restricted or RequestStep.Objected or RequestStep.ObjectionDecided when IdentityVerifiedAt is null =>
            "Verify the requester's identity first.",
        RequestStep.Rectified or RequestStep.Restricted or RequestStep.Objected when PersonIds.Length == 0 =>
            "Match the persons the request concerns first.",
        RequestStep.Objected when ObjectionKind is not null => "The objection is already recorded.",
        RequestStep.ObjectionDecided when ObjectionKind != Requests.ObjectionKind.OtherProcessing =>
            "No objection to other processing awaits a decision on this request.",
        RequestStep.ObjectionDecided when ObjectionDecision is not null => "The objection is already decided.",
        RequestStep.IdentificationAsked when IdentityVerifiedAt is not null => "The requester's identity is already verified.",
        RequestStep.IdentificationAsked when IdentificationAskedAt is not null => "Information to identify the requester was already asked for.",
        RequestStep.IdentificationReceived when !AwaitingIdentification => "No information to identify the requester is awaited.",
        RequestStep.IdentityVerified when IdentityVerifiedAt is not null => "The requester's identity is already verified.",
        RequestStep.IdentityVerified when AwaitingIdentification => "Record first that the information asked for arrived.",
        RequestStep.Extended when IsExtended => "The request was already extended.",
        RequestStep.Extended when today > FirstDueOn => "An extension can be recorded only by the first due date.",
        RequestStep.Erased when Type != RequestType.Erasure => "Only an erasure request erases data.",
        RequestStep.Erased when ErasedAt is not null => "The persons of this request were already erased.",
        RequestStep.Erased when IdentityVerifiedAt is null => "Verify the requester's identity before erasing anything.",
        RequestStep.Erased when PersonIds.Length == 0 => "Match the persons the request concerns before erasing.",
        RequestStep.Completed when IdentityVerifiedAt is null => "Verify the requester's identity before completing the request.",
        RequestStep.ReportGenerated when Type != RequestType.Access => "An access report is made for an access request.",
        RequestStep.PortabilityExported when Type != RequestType.Portability => "Portable data is exported for a portability request.",
        RequestStep.ReportGenerated or RequestStep.PortabilityExported when IdentityVerifiedAt is null =>
            "Verify the requester's identity before anything is disclosed.",
        RequestStep.ReportGenerated or RequestStep.PortabilityExported when PersonIds.Length == 0 => "Match the persons the request concerns first.",
        _ => null,
    };

    public void Assign(Guid assigneeId, DateTimeOffset now, string by)
    {
        Guard(RequestStep.Assigned, now);
        AssigneeId = assigneeId;
        Settle();
        Record(RequestStep.Assigned, now, by, assigneeId.ToString());
    }

    /// <summary>Links the persons the request concerns (replacing an earlier match).</summary>
    public void MatchPersons(IReadOnlyCollection<Guid> personIds, DateTimeOffset now, string by)
    {
        Guard(RequestStep.PersonsMatched, now);
        if (personIds.Count > MaxPersons) throw new DomainRuleException($"At most {MaxPersons} persons.", "personIds");
        PersonIds = [.. personIds.Distinct()];
        Record(RequestStep.PersonsMatched, now, by, string.Join(' ', PersonIds));
    }

    public void AskForIdentification(DateTimeOffset askedAt, string? note, DateTimeOffset now, string by)
    {
        Guard(RequestStep.IdentificationAsked, now);
        NotInFuture(askedAt, now, "at");
        if (askedAt < ReceivedAt) throw new DomainRuleException("Information cannot be asked for before the request was received.", "at");
        IdentificationAskedAt = askedAt;
        Settle();
        Record(RequestStep.IdentificationAsked, now, by, Clean(note));
    }

    /// <summary>The information arrived: the clock stood still between the ask and this, and the due date moves by those days.</summary>
    public void ReceiveIdentification(DateTimeOffset arrivedAt, string? note, DateTimeOffset now, string by)
    {
        Guard(RequestStep.IdentificationReceived, now);
        NotInFuture(arrivedAt, now, "at");
        if (arrivedAt < IdentificationAskedAt) throw new DomainRuleException("The information cannot arrive before it was asked for.", "at");
        IdentificationArrivedAt = arrivedAt;
        PausedDays = ResponseDeadline.PausedDays(IdentificationAskedAt!.Value, arrivedAt);
        Settle();
        Record(RequestStep.IdentificationReceived, now, by, Clean(note));
    }

    public void VerifyIdentity(IdentityVerificationMethod method, string? note, DateTimeOffset now, string by)
    {
        Guard(RequestStep.IdentityVerified, now);
        (VerificationMethod, VerificationNote, IdentityVerifiedAt, IdentityVerifiedBy) = (method, Clean(note), now, by);
        Settle();
        Record(RequestStep.IdentityVerified, now, by, VerificationNote);
    }

    /// <summary>
    /// Extends the deadline to three months from receipt (Art. 12(3)): with the reasons, only by the first
    /// due date, and the requester told of it with the reasons at the same time.
    /// </summary>
    public void Extend(string reasons, bool requesterTold, DateTimeOffset now, string by)
    {
        Guard(RequestStep.Extended, now);
        if (string.IsNullOrWhiteSpace(reasons)) throw new DomainRuleException("An extension needs its reasons.", "reasons");
        if (!requesterTold) throw new DomainRuleException("The requester must be told of the extension and its reasons when it is recorded.", "requesterTold");
        (ExtendedAt, ExtendedBy, ExtensionReasons, ExtensionToldAt) = (now, by, reasons.Trim(), now);
        Settle();
        Record(RequestStep.Extended, now, by, ExtensionReasons);
    }

    public void Complete(string? summary, DateTimeOffset now, string by)
    {
        Guard(RequestStep.Completed, now);
        (ClosedAt, ClosedBy, CompletionSummary) = (now, by, Clean(summary));
        Status = RequestStatus.Completed;
        Record(RequestStep.Completed, now, by, CompletionSummary);
    }

    /// <summary>Records that the matched persons' data was erased; the items are recorded by the erasure itself.</summary>
    public void MarkErased(DateTimeOffset now, string by)
    {
        Guard(RequestStep.Erased, now);
        ErasedAt = now;
        Record(RequestStep.Erased, now, by, string.Join(' ', PersonIds));
    }

    /// <summary>Refuses the request (Art. 12(4), 12(5)) with its reasons; the reply must have told of the right to complain and to a judicial remedy.</summary>
    public void Reject(string reason, RejectionGround? ground, bool remediesTold, DateTimeOffset now, string by)
    {
        Guard(RequestStep.Rejected, now);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("A refusal needs its reasons.", "reason");
        if (!remediesTold)
            throw new DomainRuleException("The refusal must tell the requester of the right to complain to the Data Protection Ombudsman and to seek a judicial remedy.",
                "remediesTold");
        (ClosedAt, ClosedBy, RejectionReason, RejectionGround, RemediesTold) = (now, by, reason.Trim(), ground, true);
        Status = RequestStatus.Rejected;
        Record(RequestStep.Rejected, now, by, RejectionReason);
    }

    /// <summary>Records DataProtectionOfficer's decision, with its reason, on whether staff names are essential (replacing an earlier one).</summary>
    public void DecideStaffNames(bool essential, string reason, DateTimeOffset now, string by)
    {
        Guard(RequestStep.StaffNamesDecided, now);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("The decision needs its reason.", "reason");
        (StaffNamesEssential, StaffNamesReason) = (essential, reason.Trim());
        Record(RequestStep.StaffNamesDecided, now, by, StaffNamesReason);
    }

    /// <summary>Records that an access report was generated (the report itself is kept as <see cref="AccessReport"/>).</summary>
    public void RecordReport(Guid reportId, DateTimeOffset now, string by)
    {
        Guard(RequestStep.ReportGenerated, now);
        Record(RequestStep.ReportGenerated, now, by, reportId.ToString());
    }

    /// <summary>Records that the person's portable data was exported.</summary>
    public void RecordPortabilityExport(DateTimeOffset now, string by)
    {
        Guard(RequestStep.PortabilityExported, now);
        Record(RequestStep.PortabilityExported, now, by, null);
    }

    /// <summary>Rectification, erasure and restriction change or stop what recipients were given, so the recipients must hear of them (Art. 19).</summary>
    public static bool ConcernsDisclosedData(RequestType type) => type is RequestType.Rectification or RequestType.Erasure or RequestType.Restriction;

    /// <summary>Records the fields corrected on a matched person (Art. 16); their before and after are kept beside the request.</summary>
    public void Rectify(Guid personId, IReadOnlyCollection<string> fields, DateTimeOffset now, string by)
    {
        Guard(RequestStep.Rectified, now);
        EnsureMatched(personId);
        Record(RequestStep.Rectified, now, by, $"{personId}: {string.Join(", ", fields)}");
    }

    /// <summary>Records that processing of a matched person was restricted (the marking itself is a <see cref="ProcessingRestriction"/>).</summary>
    public void Restrict(ProcessingRestriction restriction, DateTimeOffset now, string by)
    {
        // An objection to other processing restricts processing while it is weighed (Art. 18(1)(d)).
        if (Type == RequestType.Objection && ObjectionKind != Requests.ObjectionKind.OtherProcessing)
            throw new DomainRuleException("Only an objection to other processing restricts processing while it is weighed.", "kind");
        if (Type != RequestType.Objection) Guard(RequestStep.Restricted, now);
        EnsureMatched(restriction.PersonId);
        Record(RequestStep.Restricted, now, by, $"{restriction.PersonId}: {restriction.Reason}");
    }

    public void RecordLifting(ProcessingRestriction restriction, DateTimeOffset now, string by)
    {
        Guard(RequestStep.RestrictionLifted, now);
        if (restriction.RequestId != Id) throw new DomainRuleException("The restriction was placed through another request.", "personId");
        Record(RequestStep.RestrictionLifted, now, by, $"{restriction.PersonId}: told {restriction.PersonToldAt:O}");
    }

    /// <summary>Records the objection (Art. 21); the caller makes it take effect (a ban, or a restriction while it is weighed).</summary>
    public void Object(ObjectionKind kind, string? note, DateTimeOffset now, string by)
    {
        Guard(RequestStep.Objected, now);
        (ObjectionKind, ObjectedAt) = (kind, now);
        Record(RequestStep.Objected, now, by, Clean(note) is { } text ? $"{kind}: {text}" : kind.ToString());
    }

    /// <summary>Decides an objection to other processing; either way the reasons are recorded, for the company bears the burden of proof.</summary>
    public void DecideObjection(ObjectionDecision decision, string reasons, DateTimeOffset now, string by)
    {
        Guard(RequestStep.ObjectionDecided, now);
        if (string.IsNullOrWhiteSpace(reasons)) throw new DomainRuleException("A decision on an objection needs its reasons.", "reasons");
        (ObjectionDecision, ObjectionDecisionReasons, ObjectionDecidedAt, ObjectionDecidedBy) = (decision, reasons.Trim(), now, by);
        Record(RequestStep.ObjectionDecided, now, by, $"{decision}: {ObjectionDecisionReasons}");
    }

    /// <summary>Records that a recipient was told by hand (the notice itself is a <see cref="ManualRecipientNotice"/>).</summary>
    public void RecordManualNotice(ManualRecipientNotice notice, string recipientName, DateTimeOffset now, string by)
    {
        Guard(RequestStep.RecipientToldManually, now);
        Record(RequestStep.RecipientToldManually, now, by, $"{recipientName}: {notice.Method} {notice.ToldAt:O}");
    }

    private static RequestType TypeOf(RequestStep step) => step switch
    {
        RequestStep.Rectified => RequestType.Rectification,
        RequestStep.Restricted => RequestType.Restriction,
        _ => RequestType.Objection,
    };

    private void EnsureMatched(Guid personId)
    {
        if (!PersonIds.Contains(personId)) throw new DomainRuleException("The person is not one the request concerns.", "personId");
    }

    /// <summary>The status the recorded facts give: closed; else extended; else the stage reached.</summary>
    public RequestStatus StatusNow() =>
        ClosedAt is not null ? Status
        : IsExtended ? RequestStatus.Extended
        : IdentityVerifiedAt is not null ? RequestStatus.InProgress
        : AssigneeId is not null || IdentificationAskedAt is not null ? RequestStatus.VerifyingIdentity
        : RequestStatus.Received;

    /// <summary>Overdue: open after its due date.</summary>
    public static bool IsOverdue(bool open, DateOnly dueOn, DateOnly today) => open && today > dueOn;

    /// <summary>Due within the next seven days (today included), not yet overdue.</summary>
    public static bool IsDueSoon(bool open, DateOnly dueOn, DateOnly today) => open && today <= dueOn && dueOn.DayNumber - today.DayNumber <= 7;

    private void Guard(RequestStep step, DateTimeOffset now)
    {
        if (Refuses(step, ResponseDeadline.DayOf(now)) is { } why) throw new DomainRuleException(why, "status");
    }

    private void Settle()
    {
        FirstDueOn = ResponseDeadline.Due(ReceivedAt, extended: false, PausedDays);
        DueOn = ResponseDeadline.Due(ReceivedAt, IsExtended, PausedDays);
        Status = StatusNow();
    }

    private void Record(RequestStep step, DateTimeOffset at, string by, string? detail) => newEvents.Add(new RequestEvent(Id, step, at, by, detail));

    private static void NotInFuture(DateTimeOffset at, DateTimeOffset now, string field)
    {
        if (at > now + ClockSkew) throw new DomainRuleException("The time cannot be in the future.", field);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>One step of a request's timeline: what, who, when. Append-only (the database refuses updates and deletions).</summary>
public sealed class RequestEvent
{
    private RequestEvent()
    {
        By = string.Empty;
    }

    internal RequestEvent(Guid requestId, RequestStep step, DateTimeOffset at, string by, string? detail)
    {
        (RequestId, Step, At, By, Detail) = (requestId, step, at, by, detail);
    }

    public long Id { get; private set; }

    public Guid RequestId { get; private set; }

    public RequestStep Step { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; }

    /// <summary>The step's reasons, note, assignee or matched persons, as recorded.</summary>
    public string? Detail { get; private set; }
}

/// <summary>How lists show a requester: initials and a masked e-mail, never the details themselves.</summary>
public static class RequesterMask
{
    /// <summary>"Maija Meikäläinen" → "M. M."</summary>
    public static string Initials(string name) =>
        string.Join(' ', name.Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries).Take(4).Select(w => char.ToUpperInvariant(w[0]) + "."));

    /// <summary>"maija.meikalainen@example.fi" → "m***@e***.fi"; something not shaped like an address → "***".</summary>
    public static string? Email(string? email)
    {
        if (string.IsNullOrWhiteSpace(email)) return null;
        var at = email.LastIndexOf('@');
        if (at <= 0 || at == email.Length - 1) return "***";
        var domain = email[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        var tld = dot > 0 && dot < domain.Length - 1 ? domain[dot..] : string.Empty;
        return $"{email[0]}***@{domain[0]}***{tld}";
    }
}
