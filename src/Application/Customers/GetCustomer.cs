using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>Opens one customer with its person or contact persons; audited as a read of each of them.</summary>
[RequiresPermission(Permission.CustomersRead)]
[Audited("customer.read")]
public sealed record GetCustomer(Guid Id) : IQuery<CustomerDto>;

internal sealed class GetCustomerHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<GetCustomer, CustomerDto>
{
    public async ValueTask<CustomerDto> Handle(GetCustomer query, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().Include(c => c.ContactPersons).SingleOrDefaultAsync(c => c.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Customer");
        trail.Customer(customer.Id).Persons(customer.PersonIds());
        return await customer.ToDtoAsync(db, cancellationToken);
    }
}
