using System.ComponentModel.DataAnnotations;
using HsWorks.Domain.Customers;
namespace HsWorks.Application.Customers;

/// <summary>
/// type: consumer (points at its person) or organisation (name and business id). relationshipEndedOn: the day the customer
/// relationship ended (null while it lasts); retention periods run from it.
/// </summary>
public sealed record CustomerInput(
    [property: Required] CustomerType? Type,
    string? Name,
    string? BusinessId,
    Guid? PersonId,
    DateOnly? CustomerSince,
    IReadOnlyList<string>? ProductGroups,
    DateOnly? RelationshipEndedOn = null);

public sealed record ContactPersonDto(Guid Id, string FirstName, string LastName, string? Email, string? PhoneDisplay);

public sealed record CustomerDto(
    Guid Id,
    long CustomerNumber,
    CustomerType Type,
    string Name,
    string? BusinessId,
    Guid? PersonId,
    DateOnly CustomerSince,
    IReadOnlyList<string> ProductGroups,
    IReadOnlyList<ContactPersonDto> ContactPersons,
    string Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateOnly? RelationshipEndedOn);

public sealed record CustomerSummary(Guid Id, long CustomerNumber, CustomerType Type, string Name, string? BusinessId, string? City);

public sealed record AddContactPersonInput(Guid PersonId);
