using System.ComponentModel.DataAnnotations;
using HsWorks.Application.Persons;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;

namespace HsWorks.Application.Requests;

/// <summary>The requester as they gave themselves: name (required), e-mail, phone, address, and anything else they said (note).</summary>
public sealed record RequesterInput([property: Required] string? Name, string? Email, string? Phone, string? Address, string? Note);

/// <summary>
/// A request as it arrived. type: access, rectification, erasure, restriction, objection or portability; channel: letter, email,
/// inPerson, phone or web; receivedAt: when it reached the company (not in the future).
/// </summary>
public sealed record RequestInput(
    [property: Required] RequestType? Type, [property: Required] RequestChannel? Channel, [property: Required] DateTimeOffset? ReceivedAt,
    [property: Required] RequesterInput? Requester);

/// <summary>What the one who registered a request gets back: that it is on record, and its due date.</summary>
public sealed record RequestReceipt(Guid Id, RequestType Type, RequestChannel Channel, DateTimeOffset ReceivedAt, DateOnly DueOn, RequestStatus Status);

/// <summary>The staff user who handles the request (one with requests.manage).</summary>
public sealed record AssignRequestInput([property: Required] Guid? AssigneeId);

/// <summary>The persons of the register the request concerns (replaces an earlier match; an empty list clears it).</summary>
public sealed record MatchPersonsInput([property: Required] IReadOnlyList<Guid>? PersonIds);

/// <summary>method: identityDocument, signedLetter, strongElectronicIdentification or knownContactDetails; note: what was checked.</summary>
public sealed record VerifyIdentityInput([property: Required] IdentityVerificationMethod? Method, string? Note);

/// <summary>When the information to identify the requester was asked for, or arrived (default now); note: what was asked or what came.</summary>
public sealed record IdentificationInput(DateTimeOffset? At, string? Note);

/// <summary>reasons: why the complexity or number of requests needs more time; requesterTold: the requester was told of it with the reasons now (required true).</summary>
public sealed record ExtendRequestInput([property: Required] string? Reasons, bool RequesterTold);

/// <summary>summary: what was done (sent the report, erased, corrected, …).</summary>
public sealed record CompleteRequestInput(string? Summary);

/// <summary>
/// reason: why the request is refused; ground: manifestlyUnfounded or excessive (Art. 12(5)), or none; remediesTold: the reply told the
/// requester of the right to complain to the Data Protection Ombudsman and to seek a judicial remedy (required true).
/// </summary>
public sealed record RejectRequestInput([property: Required] string? Reason, RejectionGround? Ground, bool RemediesTold);

/// <summary>
/// A request in the inbox, the requester masked (initials, masked e-mail). overdue: open after its due date; dueSoon: open and due
/// within 7 days (today included).
/// </summary>
public sealed record RequestSummary(
    Guid Id, RequestType Type, RequestChannel Channel, DateTimeOffset ReceivedAt, DateOnly DueOn, bool Extended, RequestStatus Status,
    Guid? AssigneeId, string RequesterInitials, string? RequesterMaskedEmail, int PersonCount, bool Overdue, bool DueSoon);

/// <summary>The requester's details as given.</summary>
public sealed record RequesterDto(string Name, string? Email, string? Phone, string? Address, string? Note);

/// <summary>How the requester's identity was verified, by whom and when.</summary>
public sealed record IdentityVerificationDto(IdentityVerificationMethod Method, string? Note, DateTimeOffset At, string By);

/// <summary>The extension: its reasons, who recorded it and when, and when the requester was told.</summary>
public sealed record RequestExtensionDto(string Reasons, DateTimeOffset At, string By, DateTimeOffset RequesterToldAt);

/// <summary>A step of the timeline: what, who, when, and its reasons, note, assignee or persons.</summary>
public sealed record RequestEventDto(RequestStep Step, DateTimeOffset At, string By, string? Detail);

/// <summary>
/// A correction of the matched person's details through a rectification request (Art. 16). personId: one of the request's persons;
/// details: the person's details as they should be, as an edit of the person takes them (send the person's ETag in If-Match);
/// note: what the person asked for.
/// </summary>
public sealed record RectificationInput([property: Required] Guid? PersonId, [property: Required] PersonInput? Details, string? Note);

/// <summary>
/// A restriction of processing of one of the request's persons (Art. 18). reason: accuracyContested, unlawfulProcessing,
/// neededForLegalClaims or objectionPending (Art. 18(1)(a)–(d)); note: details; from: the day it begins (default today, not in the
/// future); until: the planned end (optional) — it holds until lifted, the person told before.
/// </summary>
public sealed record RestrictionInput([property: Required] Guid? PersonId, [property: Required] RestrictionReason? Reason, string? Note, DateOnly? From,
    DateOnly? Until);

/// <summary>Lifting a restriction (Art. 18(3)): personId: whose; personToldAt: when the person was told it will be lifted (required, before now).</summary>
public sealed record LiftRestrictionInput([property: Required] Guid? PersonId, [property: Required] DateTimeOffset? PersonToldAt);

/// <summary>kind: directMarketing (a permanent ban at once, every channel and every partner) or otherProcessing (restricted while DataProtectionOfficer weighs it); note: what the person said.</summary>
public sealed record ObjectionInput([property: Required] ObjectionKind? Kind, string? Note);

/// <summary>
/// decision: upheld (the processing objected to stops; the restriction stays until lifted or the data erased) or dismissed (compelling
/// legitimate grounds, or legal claims; the restriction is lifted). reasons: required. personToldAt: when the person was told of the
/// decision — required when dismissed, for the person is told before the restriction is lifted (Art. 18(3)).
/// </summary>
public sealed record ObjectionDecisionInput([property: Required] ObjectionDecision? Decision, [property: Required] string? Reasons,
    DateTimeOffset? PersonToldAt);

/// <summary>A recipient told by hand (Art. 19): method email, letter, phone or inPerson; toldAt default now (not in the future); note: what was said or sent.</summary>
public sealed record ManualNoticeInput([property: Required] ManualNoticeMethod? Method, DateTimeOffset? ToldAt, string? Note);

/// <summary>One field corrected through the request: as it was and as it became (an identity code masked). Personal data.</summary>
public sealed record RectifiedFieldDto(Guid PersonId, string Field, string? Before, string? After, DateTimeOffset At, string By);

/// <summary>A restriction placed through the request, with its period and, once lifted, when the person was told and who lifted it.</summary>
public sealed record RestrictionDto(
    Guid Id, Guid PersonId, RestrictionReason Reason, string? Note, DateOnly From, DateOnly? Until, DateTimeOffset PlacedAt, string PlacedBy, bool Active,
    DateTimeOffset? LiftedAt, string? LiftedBy, DateTimeOffset? PersonToldAt);

/// <summary>The objection: what to, when recorded, and the decision on an objection to other processing with its reasons.</summary>
public sealed record ObjectionDto(ObjectionKind Kind, DateTimeOffset At, ObjectionDecision? Decision, string? Reasons, DateTimeOffset? DecidedAt,
    string? DecidedBy);

/// <summary>One webhook notice to the recipient: delivery sent (waiting or retrying), delivered or failed (given up, or no webhook), with its attempts and last answer.</summary>
public sealed record WebhookNoticeDto(Guid Id, NoticeType Type, Guid PersonId, DateTimeOffset OccurredAt, WebhookDelivery Delivery, int Attempts,
    DateTimeOffset? DeliveredAt, string? LastResult);

/// <summary>The recipient told by hand: how, when, a note, who recorded it.</summary>
public sealed record ManualNoticeDto(Guid Id, ManualNoticeMethod Method, DateTimeOffset ToldAt, string? Note, DateTimeOffset RecordedAt, string RecordedBy);

/// <summary>
/// A recipient of the request's persons' data (Art. 19), from the disclosure records: how it got the data (manual, selectionHandover,
/// partnerRead), which of the persons, when first and last; and how it was told — by webhook (notices of the request's kind since
/// the request arrived) or by hand. told: a webhook notice was delivered or a manual notice recorded.
/// </summary>
public sealed record RequestRecipientDto(
    Guid RecipientId, string Name, RecipientType Type, string Country, bool HasWebhook, IReadOnlyList<DisclosureKind> DisclosureKinds,
    IReadOnlyList<Guid> PersonIds, int Disclosures, DateTimeOffset FirstDisclosedAt, DateTimeOffset LastDisclosedAt, bool Told,
    IReadOnlyList<WebhookNoticeDto> WebhookNotices, IReadOnlyList<ManualNoticeDto> ManualNotices);

/// <summary>
/// A request with the requester's full details and its timeline. dueOn: one month from receipt (three when extended), plus the days the
/// clock stood still while information to identify the requester was awaited (pausedDays, counted once it arrived); firstDueOn: the last
/// day an extension can be recorded. rectifications, restrictions and objection: what was done through the request.
/// staffNamesEssential: DataProtectionOfficer recorded that the access report names the staff who used the person's data
/// (staffNamesReason: why, or why not).
/// </summary>
public sealed record RequestDto(
    Guid Id, RequestType Type, RequestChannel Channel, DateTimeOffset ReceivedAt, RequestStatus Status, RequestOutcome? Outcome,
    RequesterDto Requester, IReadOnlyList<Guid> PersonIds, Guid? AssigneeId,
    DateOnly FirstDueOn, DateOnly DueOn, bool Overdue, bool DueSoon, int PausedDays,
    DateTimeOffset? IdentificationAskedAt, DateTimeOffset? IdentificationArrivedAt, IdentityVerificationDto? Verification,
    RequestExtensionDto? Extension, DateTimeOffset? ClosedAt, string? ClosedBy, string? CompletionSummary,
    string? RejectionReason, RejectionGround? RejectionGround, bool RemediesTold, bool StaffNamesEssential, string? StaffNamesReason,
    DateTimeOffset RegisteredAt, string RegisteredBy, IReadOnlyList<RequestEventDto> Timeline,
    IReadOnlyList<RectifiedFieldDto> Rectifications, IReadOnlyList<RestrictionDto> Restrictions, ObjectionDto? Objection);

/// <summary>A staff user who handles requests: enabled ones can be assigned requests; disabled ones are listed so earlier assignees keep their names.</summary>
public sealed record RequestHandlerDto(Guid Id, string DisplayName, AccessLevel AccessLevel, bool Enabled);
