using System.ComponentModel.DataAnnotations;
using HsWorks.Domain.NonDisclosure;
using HsWorks.Domain.Persons;
namespace HsWorks.Application.NonDisclosure;

/// <summary>One change of the non-disclosure marking (turvakielto): set (marked) or cleared, from which source.</summary>
public sealed record NonDisclosureChangeDto(bool Marked, DataSource Source, DateTimeOffset At, string ChangedBy);

/// <summary>Why staff think the person has the non-disclosure marking (what the caller said); optional.</summary>
public sealed record NonDisclosureClaimInput(string? Note);

/// <summary>outcome: confirmed (sets the marking) or rejected (closes the claim); note: what the decision rests on.</summary>
public sealed record NonDisclosureDecisionInput([property: Required] NonDisclosureClaimOutcome? Outcome, string? Note);

/// <summary>
/// A claim that a person has the non-disclosure marking, for DataProtectionOfficer to decide. origin: partnerLead or staff;
/// outcome: null while open, else confirmed or rejected.
/// </summary>
public sealed record NonDisclosureClaimDto(
    Guid Id, Guid PersonId, string PersonName, NonDisclosureClaimOrigin Origin, string? Note, DateTimeOffset ClaimedAt, string ClaimedBy,
    NonDisclosureClaimOutcome? Outcome,
    string? DecisionNote, DateTimeOffset? DecidedAt, string? DecidedBy);
