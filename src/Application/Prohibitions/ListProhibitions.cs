using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Prohibitions;

/// <summary>A person's marketing bans, in force and lifted, newest first (R4.7).</summary>
[RequiresPermission(Permission.PersonsRead)]
[Audited("prohibition.read")]
public sealed record ListProhibitions(Guid PersonId) : IQuery<IReadOnlyList<ProhibitionDto>>;

internal sealed class ListProhibitionsHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<ListProhibitions, IReadOnlyList<ProhibitionDto>>
{
    public async ValueTask<IReadOnlyList<ProhibitionDto>> Handle(ListProhibitions query, CancellationToken cancellationToken)
    {
        if (!await db.Persons.AnyAsync(p => p.Id == query.PersonId, cancellationToken)) throw new NotFoundException("Person");
        var prohibitions = await db.Prohibitions.AsNoTracking().Where(p => p.PersonId == query.PersonId).OrderByDescending(p => p.CreatedAt).ToListAsync(cancellationToken);
        trail.Person(query.PersonId);
        return [.. prohibitions.Select(p => p.ToDto())];
    }
}
