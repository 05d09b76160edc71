using HsWorks.Domain.Persons;
using HsWorks.Domain.Customers;
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
    Language? Language,
    string? PersonalIdentityCode,
    AddressInput? Address,
    DataSource? Source,
    bool? NonDisclosure);

public sealed record AddressDto(string Street, string PostalCode, string City, string Country);

public sealed record PersonSourcesDto(DataSource Name, DataSource Contact, DataSource Address, DataSource? IdentityCode);

public sealed record PersonCustomerDto(Guid Id, long CustomerNumber, string Name, CustomerType Type, CustomerRole Role);

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
    DateTimeOffset UpdatedAt);

public sealed record PersonSummary(Guid Id, string FirstName, string LastName, string? Email, string? PhoneDisplay, string? City);
