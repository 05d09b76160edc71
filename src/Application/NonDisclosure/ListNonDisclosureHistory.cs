using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.NonDisclosure;

/// <summary>The history of a person's non-disclosure marking (turvakielto), newest first.</summary>
[RequiresPermission(Permission.PersonsRead)]
[Audited("nonDisclosure.read")]
public sealed record ListNonDisclosureHistory(Guid PersonId) : IQuery<IReadOnlyList<NonDisclosureChangeDto>>;

internal sealed class ListNonDisclosureHistoryHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<ListNonDisclosureHistory, IReadOnlyList<NonDisclosureChangeDto>>
{
    public async ValueTask<IReadOnlyList<NonDisclosureChangeDto>> Handle(ListNonDisclosureHistory query, CancellationToken cancellationToken)
    {
        if (!await db.Persons.AnyAsync(p => p.Id == query.PersonId, cancellationToken)) throw new NotFoundException("Person");
        var changes = await db.NonDisclosureChanges.AsNoTracking().Where(c => c.PersonId == query.PersonId)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        trail.Person(query.PersonId);
        return [.. changes.Select(c => new NonDisclosureChangeDto(c.Marked, c.Source, c.At, c.ChangedBy))];
    }
}
