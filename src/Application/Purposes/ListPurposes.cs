using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Purposes;

/// <summary>The catalogue of processing purposes with their legal bases (R2.1, R3.1).</summary>
[RequiresPermission(Permission.PersonsRead)]
public sealed record ListPurposes : IQuery<IReadOnlyList<PurposeDto>>;

internal sealed class ListPurposesHandler(IHsWorksDb db) : IQueryHandler<ListPurposes, IReadOnlyList<PurposeDto>>
{
    public async ValueTask<IReadOnlyList<PurposeDto>> Handle(ListPurposes query, CancellationToken cancellationToken) =>
        [.. (await db.Purposes.AsNoTracking().OrderBy(p => p.IsMarketing).ThenBy(p => p.Code).ToListAsync(cancellationToken)).Select(p => p.ToDto())];
}
