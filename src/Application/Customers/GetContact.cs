using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>One logged contact of a customer.</summary>
[RequiresPermission(Permission.CustomersRead)]
[Audited("contact.read")]
public sealed record GetContact(Guid CustomerId, Guid ContactId) : IQuery<ContactDto>;

internal sealed class GetContactHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<GetContact, ContactDto>
{
    public async ValueTask<ContactDto> Handle(GetContact query, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.AsNoTracking().Where(c => c.CustomerId == query.CustomerId && c.Id == query.ContactId).ToDtos(db)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Contact");
        trail.Customer(query.CustomerId).Persons(contact.PersonId is { } personId ? [personId] : []);
        return contact;
    }
}
