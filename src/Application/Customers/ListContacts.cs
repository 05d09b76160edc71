using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>A customer's contact timeline, newest first, by product group (R4.6, R4.10).</summary>
[RequiresPermission(Permission.CustomersRead)]
[Audited("contact.list")]
public sealed record ListContacts(Guid CustomerId, Guid? ProductGroupId, int? Page, int? PageSize) : IQuery<PagedResult<ContactDto>>;

internal sealed class ListContactsHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<ListContacts, PagedResult<ContactDto>>
{
    public async ValueTask<PagedResult<ContactDto>> Handle(ListContacts query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        await db.EnsureCustomerAsync(query.CustomerId, cancellationToken);
        var contacts = db.Contacts.AsNoTracking().Where(c => c.CustomerId == query.CustomerId);
        if (query.ProductGroupId is { } group) contacts = contacts.Where(c => c.ProductGroupId == group);
        var result = await contacts.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).ToDtos(db).ToPageAsync(page, pageSize, cancellationToken);
        trail.Customer(query.CustomerId).Persons(result.Items.Where(c => c.PersonId != null).Select(c => c.PersonId!.Value));
        return result;
    }
}
