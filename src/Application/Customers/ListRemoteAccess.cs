using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>The remote connections of one workstation, without their secrets.</summary>
[RequiresPermission(Permission.CustomersRead)]
[Audited("remoteAccess.list")]
public sealed record ListRemoteAccess(Guid AssetId) : IQuery<IReadOnlyList<RemoteAccessDto>>;

internal sealed class ListRemoteAccessHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<ListRemoteAccess, IReadOnlyList<RemoteAccessDto>>
{
    public async ValueTask<IReadOnlyList<RemoteAccessDto>> Handle(ListRemoteAccess query, CancellationToken cancellationToken)
    {
        var customerId = await db.Assets.Where(a => a.Id == query.AssetId).Select(a => (Guid?)a.CustomerId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Asset");
        var items = await db.RemoteAccesses.Where(r => r.AssetId == query.AssetId).OrderBy(r => r.Tool)
            .Select(CustomerRecordMapping.RemoteAccessWithoutSecret)
            .ToListAsync(cancellationToken);
        trail.Customer(customerId).Persons(await db.PersonIdsOfAsync(customerId, cancellationToken));
        return items;
    }
}
