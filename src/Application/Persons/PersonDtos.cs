namespace HsWorks.Application.Persons;

public sealed record AddressInput(string? Street, string? PostalCode, string? City, string? Country);

/// <summary>
/// A person's basic details as staff or an integration send them. personalIdentityCode: null keeps
/// the stored code, "" removes it. source defaults to staff.
/// </summary>
public sealed record PersonInput(
    string FirstName,
    string LastName,
    string? Email,
    string? Phone,
    string? Mobile,
    string? Language,
    string? PersonalIdentityCode,
    AddressInput? Address,
    string? Source,
    bool? NonDisclosure);

public sealed record AddressDto(string Street, string PostalCode, string City, string Country);

public sealed record PersonSourcesDto(string Name, string Contact, string Address, string? IdentityCode);

public sealed record PersonCustomerDto(Guid Id, long CustomerNumber, string Name, string Type, string Role);

/// <summary>
/// A person as staff see them. addressHidden: the person has the non-disclosure marking (or a pending
/// claim of it) and the caller may not see the address, so address is null whatever is stored.
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
    string Language,
    string? PersonalIdentityCode,
    bool PersonalIdentityCodeMasked,
    bool HasPersonalIdentityCode,
    bool NonDisclosure,
    bool NonDisclosureClaimPending,
    bool AddressHidden,
    AddressDto? Address,
    string Source,
    PersonSourcesDto Sources,
    IReadOnlyList<PersonCustomerDto> Customers,
    string Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record PersonSummary(Guid Id, string FirstName, string LastName, string? Email, string? PhoneDisplay, string? City);
