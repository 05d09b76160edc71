using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Disclosures;

/// <summary>Partners' API clients, active and revoked (never their secrets).</summary>
[RequiresPermission(Permission.ApiClientsManage)]
public sealed record ListApiClients : IQuery<IReadOnlyList<ApiClientDto>>;

internal sealed class ListApiClientsHandler(IHsWorksDb db) : IQueryHandler<ListApiClients, IReadOnlyList<ApiClientDto>>
{
    public async ValueTask<IReadOnlyList<ApiClientDto>> Handle(ListApiClients query, CancellationToken cancellationToken) =>
        [.. (await db.ApiClients.AsNoTracking().OrderByDescending(c => c.CreatedAt).ToListAsync(cancellationToken)).Select(c => c.ToDto())];
}
