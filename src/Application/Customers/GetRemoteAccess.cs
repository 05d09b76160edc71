using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>One remote connection of a workstation, without its secret (that takes an audited reveal).</summary>
[RequiresPermission(Permission.CustomersRead)]
[Audited("remoteAccess.read")]
public sealed record GetRemoteAccess(Guid Id) : IQuery<RemoteAccessDto>;

internal sealed class GetRemoteAccessHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<GetRemoteAccess, RemoteAccessDto>
{
    public async ValueTask<RemoteAccessDto> Handle(GetRemoteAccess query, CancellationToken cancellationToken)
    {
        var access = await db.RemoteAccesses.Where(r => r.Id == query.Id).Select(CustomerRecordMapping.RemoteAccessWithoutSecret)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Remote access");
        trail.Customer(access.CustomerId).Persons(await db.PersonIdsOfAsync(access.CustomerId, cancellationToken));
        return access;
    }
}
