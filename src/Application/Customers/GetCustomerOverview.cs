using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HsWorks.Application.Customers;

/// <summary>
/// The helpdesk's 360 summary in one round trip: basic details and persons, open problems, the
/// latest contacts, active warranties, the open balance (for levels that see amounts) and the
/// marketing status (filled in by the consents work). Each part is one indexed query. The customer itself is read from the
/// primary (it may have been saved a moment ago); the parts gathered around it are read-only queries (a standby when configured).
/// </summary>
[RequiresPermission(Permission.CustomersRead)]
[Audited("customer.overview")]
public sealed record GetCustomerOverview(Guid CustomerId) : IQuery<CustomerOverviewDto>;

internal sealed class GetCustomerOverviewHandler(IHsWorksDb primary, [FromKeyedServices(ReadOnlyQueries.Key)] IHsWorksDb db, ICurrentUser currentUser,
    AuditTrail trail, TimeProvider clock)
    : IQueryHandler<GetCustomerOverview, CustomerOverviewDto>
{
    private const int LatestContacts = 5;

    public async ValueTask<CustomerOverviewDto> Handle(GetCustomerOverview query, CancellationToken cancellationToken)
    {
        var customer = await primary.Customers.AsNoTracking().Include(c => c.ContactPersons).SingleOrDefaultAsync(c => c.Id == query.CustomerId, cancellationToken)
            ?? throw new NotFoundException("Customer");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var personIds = customer.PersonIds().ToList();

        var persons = await db.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.Email, p.Phone, p.Mobile }).ToListAsync(cancellationToken);
        var problems = await db.Problems.Where(p => p.CustomerId == customer.Id && p.Status == ProblemStatus.Open)
            .OrderByDescending(p => p.ReportedAt).Take(20).Select(CustomerRecordMapping.ProblemToDto).ToListAsync(cancellationToken);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.CustomerId == customer.Id)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(LatestContacts).ToDtos(db).ToListAsync(cancellationToken);
        var warranties = await db.Assets.Where(a => a.CustomerId == customer.Id && a.Warranty != null && a.Warranty.EndsOn >= today && a.Warranty.StartsOn <= today)
            .ToWarranties(db).Take(20).ToListAsync(cancellationToken);
        var unpaid = await db.Invoices.Where(i => i.CustomerId == customer.Id && Invoice.UnpaidStatuses.Contains(i.Status))
            .GroupBy(_ => 1)
            .Select(g => new { Balance = g.Sum(i => i.Amount) })
            .SingleOrDefaultAsync(cancellationToken);
        var overdue = await db.Invoices.Where(i => i.CustomerId == customer.Id).CountAsync(Invoice.OverdueOn(today), cancellationToken);

        trail.Customer(customer.Id).Persons(personIds);
        // The basic details name the same persons: built from the rows above, not read a second time.
        return new CustomerOverviewDto(
            customer.ToDto([.. persons.Select(p => new CustomerMapping.PersonShown(p.Id, p.FirstName, p.LastName, p.Email, p.Phone))]),
            [.. persons.Select(p => new OverviewPersonDto(p.Id, p.FirstName, p.LastName, p.Email?.Value, p.Phone?.ToFinnishFormat(),
                p.Mobile?.ToFinnishFormat(), p.Id == customer.PersonId ? CustomerRole.Consumer : CustomerRole.ContactPerson))],
            problems,
            contacts,
            warranties,
            currentUser.Has(Permission.InvoicesReadAmounts) ? unpaid?.Balance ?? 0m : null,
            overdue,
            new MarketingStatusDto("notAvailable"));
    }
}
