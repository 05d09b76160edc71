using HsWorks.Application.Persons;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Persons;

namespace HsWorks.Application.Partner;

public sealed record PartnerAddressDto(string Street, string PostalCode, string City, string Country);

/// <summary>
/// A person as a partner sees them: only the fields of the categories disclosed to it (basic: names
/// and language; email; phone: phone and mobile; address). Fields of other categories are null.
/// </summary>
public sealed record PartnerPersonDto(
    Guid Id, IReadOnlyList<string> Categories, string? FirstName, string? LastName, Language? Language, string? Email, string? Phone, string? Mobile,
    PartnerAddressDto? Address);

public sealed record PartnerDisclosureDto(Guid Id, DisclosureKind Kind, string Purpose, IReadOnlyList<string> DataCategories, int PersonCount, DateTimeOffset At);

/// <summary>A lead: a person in the foundation's person shape and, optionally, the consumer customer they are.</summary>
public sealed record LeadInput(PersonInput Person, LeadCustomerInput? Customer);

/// <summary>Only consumer customers come in as leads; customerSince defaults to today.</summary>
public sealed record LeadCustomerInput(DateOnly? CustomerSince, IReadOnlyList<string>? ProductGroups);

public sealed record LeadDto(Guid PersonId, Guid? CustomerId);
