using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.ProhibitionRegisters;

/// <summary>Every match of an import with its reasons, by line; the persons shown are audited.</summary>
[RequiresPermission(Permission.ProhibitionRegistersManage)]
[Audited("prohibitionRegister.matches.read")]
public sealed record ListRegisterImportMatches(Guid RegisterId, Guid ImportId, int? Page, int? PageSize) : IQuery<PagedResult<RegisterMatchDto>>;

internal sealed class ListRegisterImportMatchesHandler(IHsWorksDb db, AuditTrail trail)
    : IQueryHandler<ListRegisterImportMatches, PagedResult<RegisterMatchDto>>
{
    public async ValueTask<PagedResult<RegisterMatchDto>> Handle(ListRegisterImportMatches query, CancellationToken cancellationToken)
    {
        if (!await db.RegisterImports.AnyAsync(i => i.Id == query.ImportId && i.RegisterId == query.RegisterId, cancellationToken))
            throw new NotFoundException("Import");
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var matches = db.RegisterMatches.AsNoTracking().Where(m => m.ImportId == query.ImportId);
        var total = await matches.CountAsync(cancellationToken);
        var rows = await matches.OrderBy(m => m.Line).ThenBy(m => m.PersonId).Skip((page - 1) * size).Take(size)
            .Join(db.Persons, m => m.PersonId, p => p.Id, (m, p) => new { m.Line, m.PersonId, p.FirstName, p.LastName, m.Reasons })
            .ToListAsync(cancellationToken);
        trail.Persons(rows.Select(r => r.PersonId));
        return new PagedResult<RegisterMatchDto>(
            [.. rows.Select(r => new RegisterMatchDto(r.Line, r.PersonId, r.FirstName, r.LastName, [.. r.Reasons]))],
            page, size, total);
    }
}
