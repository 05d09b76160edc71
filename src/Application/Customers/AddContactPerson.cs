using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>Links a person to an organisation customer as a contact person.</summary>
[RequiresPermission(Permission.CustomersWrite)]
[Audited("customer.addContactPerson")]
public sealed record AddContactPerson(Guid CustomerId, Guid PersonId) : ICommand<CustomerDto>;

internal sealed class AddContactPersonHandler(IHsWorksDb db, AuditTrail trail, TimeProvider clock) : ICommandHandler<AddContactPerson, CustomerDto>
{
    public async ValueTask<CustomerDto> Handle(AddContactPerson command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.Include(c => c.ContactPersons).SingleOrDefaultAsync(c => c.Id == command.CustomerId, cancellationToken)
            ?? throw new NotFoundException("Customer");
        if (!await db.Persons.AnyAsync(p => p.Id == command.PersonId, cancellationToken))
            throw new ConflictException(Messages.Get("noSuchPerson"), "personId");
        customer.AddContactPerson(command.PersonId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        trail.Customer(customer.Id).Persons(customer.PersonIds()).Changed(["contactPersons"]);
        return await customer.ToDtoAsync(db, cancellationToken);
    }
}
