using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Customers;

[RequiresPermission(Permission.CustomersRead)]
[Audited("purchase.list")]
public sealed record ListPurchases(Guid CustomerId, Guid? ProductGroupId, int? Page, int? PageSize) : IQuery<PagedResult<PurchaseDto>>;

internal sealed class ListPurchasesHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<ListPurchases, PagedResult<PurchaseDto>>
{
    public async ValueTask<PagedResult<PurchaseDto>> Handle(ListPurchases query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        await db.EnsureCustomerAsync(query.CustomerId, cancellationToken);
        var purchases = db.Purchases.Where(p => p.CustomerId == query.CustomerId);
        if (query.ProductGroupId is { } group) purchases = purchases.Where(p => p.ProductGroupId == group);
        var result = await purchases.OrderByDescending(p => p.PurchasedOn).ThenByDescending(p => p.Id).ToDtos(db).ToPageAsync(page, pageSize, cancellationToken);
        trail.Customer(query.CustomerId).Persons(result.Items.Where(p => p.PersonId != null).Select(p => p.PersonId!.Value));
        return result;
    }
}
