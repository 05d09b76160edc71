using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>One product or service a customer acquired, and why.</summary>
[RequiresPermission(Permission.CustomersRead)]
[Audited("purchase.read")]
public sealed record GetPurchase(Guid CustomerId, Guid PurchaseId) : IQuery<PurchaseDto>;

internal sealed class GetPurchaseHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<GetPurchase, PurchaseDto>
{
    public async ValueTask<PurchaseDto> Handle(GetPurchase query, CancellationToken cancellationToken)
    {
        var purchase = await db.Purchases.Where(p => p.CustomerId == query.CustomerId && p.Id == query.PurchaseId).ToDtos(db)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Purchase");
        trail.Customer(query.CustomerId).Persons(purchase.PersonId is { } personId ? [personId] : []);
        return purchase;
    }
}
