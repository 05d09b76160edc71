using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Persons;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>Pages through customers, by type and by a name prefix or customer number.</summary>
[RequiresPermission(Permission.CustomersRead)]
[Audited("customer.list")]
public sealed record ListCustomers(string? Q, CustomerType? Type, int? Page, int? PageSize) : IQuery<PagedResult<CustomerSummary>>;

internal sealed class ListCustomersValidator : AbstractValidator<ListCustomers>
{
    public ListCustomersValidator() => RuleFor(x => x.Q).MaximumLength(ValueObjectRules.MaxFilterLength);
}

internal sealed class ListCustomersHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail) : IQueryHandler<ListCustomers, PagedResult<CustomerSummary>>
{
    public async ValueTask<PagedResult<CustomerSummary>> Handle(ListCustomers query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var rows =
            from c in db.Customers.AsNoTracking()
            from p in db.Persons.Where(p => p.Id == c.PersonId).DefaultIfEmpty()
            select new
            {
                c.Id,
                c.PersonId,
                c.CustomerNumber,
                c.Type,
                c.Name,
                FirstName = p == null ? null : p.FirstName,
                LastName = p == null ? null : p.LastName,
                // The SQL forms of the name for the prefix search and the order: "first last" as shown, and "last first".
                ShownName = c.Name ?? p!.FirstName + " " + p.LastName,
                SortName = c.Name ?? p!.LastName + " " + p.FirstName,
                c.BusinessId,
                City = p != null && p.Address != null ? p.Address.City : null,
                AddressProtected = p != null && (p.NonDisclosure || p.NonDisclosureClaimPending),
            };
        if (query.Type is { } type) rows = rows.Where(r => r.Type == type);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToLower();
            rows = long.TryParse(q, out var number)
                ? rows.Where(r => r.CustomerNumber == number)
                : rows.Where(r => r.ShownName.ToLower().StartsWith(q) || r.SortName.ToLower().StartsWith(q));
        }
        var found = await rows.OrderBy(r => r.SortName).ThenBy(r => r.CustomerNumber).ToPageAsync(page, pageSize, cancellationToken);
        trail.Customers(found.Items.Select(r => r.Id)).Persons(found.Items.Where(r => r.PersonId != null).Select(r => r.PersonId!.Value));
        return new PagedResult<CustomerSummary>(
            [.. found.Items.Select(r => new CustomerSummary(r.Id, r.CustomerNumber, r.Type, Customer.DisplayName(r.Name, r.FirstName, r.LastName), r.BusinessId?.Value,
                ProtectedAddress.HiddenFrom(currentUser, r.AddressProtected) ? null : r.City))],
            found.Page, found.PageSize, found.TotalCount);
    }
}
