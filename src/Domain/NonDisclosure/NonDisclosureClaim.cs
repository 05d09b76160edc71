using HsWorks.Domain.Common;
using HsWorks.Domain.Persons;

namespace HsWorks.Domain.NonDisclosure;

/// <summary>Who said the person has the non-disclosure marking.</summary>
public enum NonDisclosureClaimOrigin
{
    /// <summary>A partner's lead carried the marking.</summary>
    PartnerLead,

    /// <summary>The person (or someone for them) told staff, for example on a call.</summary>
    Staff,
}

public enum NonDisclosureClaimOutcome
{
    Confirmed,
    Rejected,
}

/// <summary>
/// A claim that a person has the non-disclosure marking (turvakielto, issue 10.2). Only
/// DataProtectionOfficer sets the marking; a lead or a caller saying so leaves a claim for them,
/// and the person's address is hidden at once until it is decided. Kept as history once decided.
/// </summary>
public sealed class NonDisclosureClaim
{
    public const int MaxNoteLength = 1000;

    private NonDisclosureClaim()
    {
        ClaimedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public NonDisclosureClaimOrigin Origin { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset ClaimedAt { get; private set; }

    public string ClaimedBy { get; private set; }

    public NonDisclosureClaimOutcome? Outcome { get; private set; }

    public string? DecisionNote { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public bool IsOpen => Outcome is null;

    public static NonDisclosureClaim Open(Guid id, Person person, NonDisclosureClaimOrigin origin, string? note, DateTimeOffset now, string claimedBy)
    {
        person.ClaimNonDisclosure();
        return new NonDisclosureClaim
        {
            Id = id,
            PersonId = person.Id,
            Origin = origin,
            Note = Trim(note),
            ClaimedAt = now,
            ClaimedBy = claimedBy,
        };
    }

    /// <summary>Decides the claim; a confirmed claim sets the person's marking. Answers whether the marking changed.</summary>
    public bool Decide(Person person, NonDisclosureClaimOutcome outcome, string? note, DateTimeOffset now, string decidedBy)
    {
        if (person.Id != PersonId) throw new ArgumentException("The claim is about another person.", nameof(person));
        if (!IsOpen) throw new DomainRuleException("The claim was already decided.", "claimId");
        (Outcome, DecisionNote, DecidedAt, DecidedBy) = (outcome, Trim(note), now, decidedBy);
        return person.SettleNonDisclosureClaim(outcome == NonDisclosureClaimOutcome.Confirmed, now);
    }

    private static string? Trim(string? note) =>
        string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(MaxNoteLength, note.Trim().Length)];
}
