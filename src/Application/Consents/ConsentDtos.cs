namespace HsWorks.Application.Consents;

public sealed record PurposeDto(
    Guid Id, string Code, string Name, string NameFi, string NameSv, string NameEn, string LegalBasis, bool IsMarketing,
    IReadOnlyList<string> DataCategories, int Version, DateTimeOffset UpdatedAt);

public sealed record PurposeInput(
    string Code, string NameFi, string NameSv, string NameEn, string LegalBasis, bool IsMarketing, IReadOnlyList<string>? DataCategories);

public sealed record PurposeVersionDto(int Version, string NameEn, string LegalBasis, bool IsMarketing, IReadOnlyList<string> DataCategories,
    DateTimeOffset ValidFrom, string ChangedBy);

/// <summary>purpose is the purpose's code; channel email, sms, phone, post or all; action given or withdrawn.</summary>
public sealed record ConsentEventInput(string Purpose, string Channel, Guid? ProductGroupId, string Action, string? Source, string Evidence);

public sealed record ConsentEventDto(
    long Id, string Purpose, string Channel, Guid? ProductGroupId, string Action, DateTimeOffset At, string Source, string Evidence, string RecordedBy);

public sealed record ConsentStateDto(string Purpose, string Channel, Guid? ProductGroupId, string State, DateTimeOffset Since, string Source);

public sealed record ConsentsDto(IReadOnlyList<ConsentStateDto> Current, IReadOnlyList<ConsentEventDto> History);

/// <summary>kind directMarketing or partnerDisclosure; channel email, sms, phone, post or all.</summary>
public sealed record ProhibitionInput(string Kind, string? Channel, string? Source, string? Reason);

/// <summary>One change of the non-disclosure marking (turvakielto): set (marked) or cleared, from which source.</summary>
public sealed record NonDisclosureChangeDto(bool Marked, string Source, DateTimeOffset At, string ChangedBy);

public sealed record ProhibitionDto(
    Guid Id, string Kind, string Channel, string Source, string? Reason, DateTimeOffset CreatedAt, string CreatedBy, bool Active,
    DateTimeOffset? LiftedAt, string? LiftedBy);

/// <summary>Why staff think the person has the non-disclosure marking (what the caller said); optional.</summary>
public sealed record NonDisclosureClaimInput(string? Note);

/// <summary>outcome: confirmed (sets the marking) or rejected (closes the claim); note: what the decision rests on.</summary>
public sealed record NonDisclosureDecisionInput(string Outcome, string? Note);

/// <summary>
/// A claim that a person has the non-disclosure marking, for DataProtectionOfficer to decide. origin: partnerLead or staff;
/// outcome: null while open, else confirmed or rejected.
/// </summary>
public sealed record NonDisclosureClaimDto(
    Guid Id, Guid PersonId, string PersonName, string Origin, string? Note, DateTimeOffset ClaimedAt, string ClaimedBy, string? Outcome,
    string? DecisionNote, DateTimeOffset? DecidedAt, string? DecidedBy);
