using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.PopulationRegister;

/// <summary>The changes an import made, by line and person, with the fields changed (no values); the persons shown are audited.</summary>
[RequiresPermission(Permission.PopulationRegisterImport)]
[Audited("populationRegister.changes.read")]
public sealed record ListPopulationRegisterChanges(Guid Id, int? Page, int? PageSize) : IQuery<PagedResult<PopulationChangeDto>>;

internal sealed class ListPopulationRegisterChangesHandler(IHsWorksDb db, AuditTrail trail)
    : IQueryHandler<ListPopulationRegisterChanges, PagedResult<PopulationChangeDto>>
{
    public async ValueTask<PagedResult<PopulationChangeDto>> Handle(ListPopulationRegisterChanges query, CancellationToken cancellationToken)
    {
        if (!await db.PopulationRegisterImports.AnyAsync(i => i.Id == query.Id, cancellationToken)) throw new NotFoundException("Import");
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var changes = db.PopulationRegisterChanges.AsNoTracking().Where(c => c.ImportId == query.Id);
        var total = await changes.CountAsync(cancellationToken);
        var rows = await changes.OrderBy(c => c.Line).ThenBy(c => c.Seq).ThenBy(c => c.PersonId).Skip((page - 1) * size).Take(size)
            .Join(db.Persons, c => c.PersonId, p => p.Id,
                (c, p) => new { c.Line, c.PersonId, p.FirstName, p.LastName, c.Group, c.ChangeDate, c.Fields, c.NonDisclosureEndsOn })
            .ToListAsync(cancellationToken);
        trail.Persons(rows.Select(r => r.PersonId));
        return new PagedResult<PopulationChangeDto>(
            [.. rows.Select(r => new PopulationChangeDto(r.Line, r.PersonId, r.FirstName, r.LastName, r.Group, r.ChangeDate, [.. r.Fields], r.NonDisclosureEndsOn))],
            page, size, total);
    }
}
