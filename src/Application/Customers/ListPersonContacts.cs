using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>One person's contact timeline across the customers they act for, newest first.</summary>
[RequiresPermission(Permission.PersonsRead)]
[Audited("contact.list")]
public sealed record ListPersonContacts(Guid PersonId, int? Page, int? PageSize) : IQuery<PagedResult<ContactDto>>;

internal sealed class ListPersonContactsHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<ListPersonContacts, PagedResult<ContactDto>>
{
    public async ValueTask<PagedResult<ContactDto>> Handle(ListPersonContacts query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        if (!await db.Persons.AnyAsync(p => p.Id == query.PersonId, cancellationToken)) throw new NotFoundException("Person");
        var result = await db.Contacts.AsNoTracking().Where(c => c.PersonId == query.PersonId)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).ToDtos(db).ToPageAsync(page, pageSize, cancellationToken);
        trail.Person(query.PersonId).Customers(result.Items.Select(c => c.CustomerId));
        return result;
    }
}
