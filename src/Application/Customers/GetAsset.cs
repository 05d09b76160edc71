using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>One device, piece of hardware or software of a customer, with its warranty; the licence key masked.</summary>
[RequiresPermission(Permission.CustomersRead)]
[Audited("asset.read")]
public sealed record GetAsset(Guid CustomerId, Guid AssetId) : IQuery<AssetDto>;

internal sealed class GetAssetHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<GetAsset, AssetDto>
{
    public async ValueTask<AssetDto> Handle(GetAsset query, CancellationToken cancellationToken)
    {
        var asset = await db.Assets.AsNoTracking().SingleOrDefaultAsync(a => a.CustomerId == query.CustomerId && a.Id == query.AssetId, cancellationToken)
            ?? throw new NotFoundException("Asset");
        trail.Customer(query.CustomerId).Persons(await db.PersonIdsOfAsync(query.CustomerId, cancellationToken));
        return asset.ToDto();
    }
}
