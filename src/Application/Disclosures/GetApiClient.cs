using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Disclosures;

/// <summary>One partner's API client (never its secret).</summary>
[RequiresPermission(Permission.ApiClientsManage)]
public sealed record GetApiClient(Guid Id) : IQuery<ApiClientDto>;

internal sealed class GetApiClientHandler(IHsWorksDb db) : IQueryHandler<GetApiClient, ApiClientDto>
{
    public async ValueTask<ApiClientDto> Handle(GetApiClient query, CancellationToken cancellationToken) =>
        (await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.Id, cancellationToken) ?? throw new NotFoundException("API client")).ToDto();
}
