using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

internal static class CustomerMapping
{
    public static BusinessId? ToBusinessId(this CustomerInput input) =>
        string.IsNullOrWhiteSpace(input.BusinessId) ? null : BusinessId.Parse(input.BusinessId).ValueOrThrow("businessId");

    public static async Task<CustomerDto> ToDtoAsync(this Customer customer, IHsWorksDb db, CancellationToken ct)
    {
        var personIds = customer.ContactPersons.Select(c => c.PersonId).ToList();
        if (customer.PersonId is { } own) personIds.Add(own);
        var persons = await db.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.Email, p.Phone })
            .ToListAsync(ct);
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
