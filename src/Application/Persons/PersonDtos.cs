using HsWorks.Domain.Persons;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Requests;
namespace HsWorks.Application.Persons;

public sealed record AddressInput(string? Street, string? PostalCode, string? City, string? Country);

/// <summary>
/// A person's basic details as staff or an integration send them. personalIdentityCode: null keeps
/// the stored code, "" removes it. source defaults to staff. restrictionGround (edits only): consent, legalClaims, otherPersonsRights
/// or importantPublicInterest — the ground of GDPR Art. 18(2) that allows editing a person whose processing is restricted (recorded).
/// </summary>
public sealed record PersonInput(
    string FirstName,
    string LastName,
    string? Email,
    string? Phone,
    string? Mobile,
    Language? Language,
    string? PersonalIdentityCode,
    AddressInput? Address,
    DataSource? Source,
    bool? NonDisclosure,
    RestrictionGround? RestrictionGround = null);

public sealed record AddressDto(string Street, string PostalCode, string City, string Country);

public sealed record PersonSourcesDto(DataSource Name, DataSource Contact, DataSource Address, DataSource? IdentityCode);

public sealed record PersonCustomerDto(Guid Id, long CustomerNumber, string Name, CustomerType Type, CustomerRole Role);

/// <summary>
/// A person as staff see them. addressHidden: the person has the non-disclosure marking (or a pending
/// claim of it) and the caller may not see the address, so address is null whatever is stored. processingRestricted: a restriction
/// of processing (or an objection awaiting its decision) holds; restriction: its reason, period and request. diedOn: the date of
/// death (from the Population Register). nonDisclosureEndsOn: while the marking holds, its end date as the register gave it — for
/// information only: an end date never lifts the marking, only a change record does.
/// warnings (answers to a creation only): erasedPersonMatch — the identity code, e-mail or a phone matches the suppression
/// record of a person erased at their request; check before keeping the person.
/// </summary>
public sealed record PersonDto(
    Guid Id,
    string FirstName,
    string LastName,
    string? Email,
    string? Phone,
    string? PhoneDisplay,
    string? Mobile,
    string? MobileDisplay,
    Language Language,
    string? PersonalIdentityCode,
    bool PersonalIdentityCodeMasked,
    bool HasPersonalIdentityCode,
    bool NonDisclosure,
    bool NonDisclosureClaimPending,
    bool AddressHidden,
    AddressDto? Address,
    DataSource Source,
    PersonSourcesDto Sources,
    IReadOnlyList<PersonCustomerDto> Customers,
    string Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool ProcessingRestricted,
    PersonRestrictionDto? Restriction,
    DateOnly? DiedOn,
    DateOnly? NonDisclosureEndsOn)
{
    public IReadOnlyList<PersonWarning> Warnings { get; init; } = [];
}

/// <summary>
/// The restriction of processing holding on the person (GDPR Art. 18): their data is only stored — no marketing, no disclosure, no
/// partner read, no edit except through the request or on a ground of Art. 18(2). until is the planned end; it holds until lifted.
/// </summary>
public sealed record PersonRestrictionDto(RestrictionReason Reason, DateOnly From, DateOnly? Until, Guid RequestId);

public sealed record PersonSummary(Guid Id, string FirstName, string LastName, string? Email, string? PhoneDisplay, string? City);

/// <summary>What staff are warned of when they save a person.</summary>
public enum PersonWarning
{
    /// <summary>The person matches the suppression record of a person erased at their request (GDPR Art. 17).</summary>
    ErasedPersonMatch,
}
