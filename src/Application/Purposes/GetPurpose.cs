using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Purposes;

/// <summary>One processing purpose with its legal basis (the Location of a new purpose).</summary>
[RequiresPermission(Permission.PersonsRead)]
public sealed record GetPurpose(Guid Id) : IQuery<PurposeDto>;

internal sealed class GetPurposeHandler(IHsWorksDb db) : IQueryHandler<GetPurpose, PurposeDto>
{
    public async ValueTask<PurposeDto> Handle(GetPurpose query, CancellationToken cancellationToken) =>
        (await db.Purposes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken) ?? throw new NotFoundException("Purpose")).ToDto();
}
