using System.ComponentModel.DataAnnotations;
using HsWorks.Domain.Requests;

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
/// A request with the requester's full details and its timeline. dueOn: one month from receipt (three when extended), plus the days the
/// clock stood still while information to identify the requester was awaited (pausedDays, counted once it arrived); firstDueOn: the last
/// day an extension can be recorded. staffNamesEssential: DataProtectionOfficer recorded that the access report names the staff who used
/// the person's data (staffNamesReason: why, or why not).
/// </summary>
public sealed record RequestDto(
    Guid Id, RequestType Type, RequestChannel Channel, DateTimeOffset ReceivedAt, RequestStatus Status, RequestOutcome? Outcome,
    RequesterDto Requester, IReadOnlyList<Guid> PersonIds, Guid? AssigneeId,
    DateOnly FirstDueOn, DateOnly DueOn, bool Overdue, bool DueSoon, int PausedDays,
    DateTimeOffset? IdentificationAskedAt, DateTimeOffset? IdentificationArrivedAt, IdentityVerificationDto? Verification,
    RequestExtensionDto? Extension, DateTimeOffset? ClosedAt, string? ClosedBy, string? CompletionSummary,
    string? RejectionReason, RejectionGround? RejectionGround, bool RemediesTold, bool StaffNamesEssential, string? StaffNamesReason,
    DateTimeOffset RegisteredAt, string RegisteredBy, IReadOnlyList<RequestEventDto> Timeline);
