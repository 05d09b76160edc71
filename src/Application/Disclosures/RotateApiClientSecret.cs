using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Disclosures;

/// <summary>A new secret for the client, shown once; the old secret and every token issued with it stop working at once.</summary>
[RequiresPermission(Permission.ApiClientsManage)]
[Audited("apiClient.rotate")]
public sealed record RotateApiClientSecret(Guid Id) : ICommand<ApiClientSecretDto>;

internal sealed class RotateApiClientSecretHandler(IHsWorksDb db, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<RotateApiClientSecret, ApiClientSecretDto>
{
    public async ValueTask<ApiClientSecretDto> Handle(RotateApiClientSecret command, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken) ?? throw new NotFoundException("API client");
        var (secret, hash) = ClientSecrets.New();
        client.Rotate(hash, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        trail.Changed([$"apiClient:{client.Id}"]);
        return new ApiClientSecretDto(client.Id, client.ClientId, secret);
    }
}
