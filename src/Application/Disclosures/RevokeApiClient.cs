using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Disclosures;

/// <summary>Revokes a client: its secret and tokens stop working at once; the client stays listed as revoked.</summary>
[RequiresPermission(Permission.ApiClientsManage)]
[Audited("apiClient.revoke")]
public sealed record RevokeApiClient(Guid Id) : ICommand<ApiClientDto>;

internal sealed class RevokeApiClientHandler(IHsWorksDb db, AuditTrail trail, TimeProvider clock) : ICommandHandler<RevokeApiClient, ApiClientDto>
{
    public async ValueTask<ApiClientDto> Handle(RevokeApiClient command, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken) ?? throw new NotFoundException("API client");
        client.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        trail.Changed([$"apiClient:{client.Id}"]);
        return client.ToDto();
    }
}
