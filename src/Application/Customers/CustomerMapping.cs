using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

internal static class CustomerMapping
{
    public static BusinessId? ToBusinessId(this CustomerInput input) =>
        string.IsNullOrWhiteSpace(input.BusinessId) ? null : BusinessId.Parse(input.BusinessId).ValueOrThrow("businessId");

    /// <summary>A customer's persons as its answer shows them: name, e-mail and phone.</summary>
    public sealed record PersonShown(Guid Id, string FirstName, string LastName, Email? Email, PhoneNumber? Phone);

    public static async Task<CustomerDto> ToDtoAsync(this Customer customer, IHsWorksDb db, CancellationToken ct)
    {
        var personIds = customer.PersonIds().ToList();
        var persons = await db.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new PersonShown(p.Id, p.FirstName, p.LastName, p.Email, p.Phone))
            .ToListAsync(ct);
        return customer.ToDto(persons);
    }

    /// <summary>The answer from persons already read (<paramref name="persons"/> holds at least the customer's own), without reading them again.</summary>
    public static CustomerDto ToDto(this Customer customer, IReadOnlyCollection<PersonShown> persons)
    {
        var consumer = persons.SingleOrDefault(p => p.Id == customer.PersonId);
        var name = Customer.DisplayName(customer.Name, consumer?.FirstName, consumer?.LastName);
        return new CustomerDto(
            customer.Id,
            customer.CustomerNumber,
            customer.Type,
            name,
            customer.BusinessId?.Value,
            customer.PersonId,
            customer.CustomerSince,
            customer.ProductGroups,
            [.. customer.ContactPersons
                .Join(persons, c => c.PersonId, p => p.Id, (c, p) => new ContactPersonDto(p.Id, p.FirstName, p.LastName, p.Email?.Value, p.Phone?.ToFinnishFormat()))
                .OrderBy(p => p.LastName)],
            customer.Version.ToString(),
            customer.CreatedAt,
            customer.UpdatedAt,
            customer.RelationshipEndedOn);
    }

    public static IEnumerable<Guid> PersonIds(this Customer customer) =>
        customer.ContactPersons.Select(c => c.PersonId).Concat(customer.PersonId is { } id ? [id] : []);
}
