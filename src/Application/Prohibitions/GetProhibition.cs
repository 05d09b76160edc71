using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Prohibitions;

/// <summary>One marketing ban or objection of a person, in force or lifted.</summary>
[RequiresPermission(Permission.PersonsRead)]
[Audited("prohibition.read")]
public sealed record GetProhibition(Guid PersonId, Guid ProhibitionId) : IQuery<ProhibitionDto>;

internal sealed class GetProhibitionHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<GetProhibition, ProhibitionDto>
{
    public async ValueTask<ProhibitionDto> Handle(GetProhibition query, CancellationToken cancellationToken)
    {
        var prohibition = await db.Prohibitions.AsNoTracking()
            .SingleOrDefaultAsync(p => p.PersonId == query.PersonId && p.Id == query.ProhibitionId, cancellationToken) ?? throw new NotFoundException("Prohibition");
        trail.Person(query.PersonId);
        return prohibition.ToDto();
    }
}
