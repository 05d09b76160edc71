using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

[RequiresPermission(Permission.CustomersRead)]
[Audited("asset.list")]
public sealed record ListAssets(Guid CustomerId, Guid? ProductGroupId, int? Page, int? PageSize) : IQuery<PagedResult<AssetDto>>;

internal sealed class ListAssetsHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<ListAssets, PagedResult<AssetDto>>
{
    public async ValueTask<PagedResult<AssetDto>> Handle(ListAssets query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        await db.EnsureCustomerAsync(query.CustomerId, cancellationToken);
        var assets = db.Assets.AsNoTracking().Where(a => a.CustomerId == query.CustomerId);
        if (query.ProductGroupId is { } group) assets = assets.Where(a => a.ProductGroupId == group);
        var result = await assets.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id).ToPageAsync(page, pageSize, cancellationToken);
        trail.Customer(query.CustomerId).Persons(await db.PersonIdsOfAsync(query.CustomerId, cancellationToken));
        return new PagedResult<AssetDto>([.. result.Items.Select(a => a.ToDto())], result.Page, result.PageSize, result.TotalCount);
    }
}
