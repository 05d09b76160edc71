using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.PopulationRegister;

/// <summary>The lines of an import that matched no one, by line: only their numbers and groups are kept (the people are not ours).</summary>
[RequiresPermission(Permission.PopulationRegisterImport)]
public sealed record ListPopulationRegisterUnmatched(Guid Id, int? Page, int? PageSize) : IQuery<PagedResult<PopulationUnmatchedDto>>;

internal sealed class ListPopulationRegisterUnmatchedHandler(IHsWorksDb db)
    : IQueryHandler<ListPopulationRegisterUnmatched, PagedResult<PopulationUnmatchedDto>>
{
    public async ValueTask<PagedResult<PopulationUnmatchedDto>> Handle(ListPopulationRegisterUnmatched query, CancellationToken cancellationToken)
    {
        if (!await db.PopulationRegisterImports.AnyAsync(i => i.Id == query.Id, cancellationToken)) throw new NotFoundException("Import");
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var rows = db.PopulationRegisterUnmatched.AsNoTracking().Where(u => u.ImportId == query.Id);
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderBy(u => u.Line).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<PopulationUnmatchedDto>([.. items.Select(u => new PopulationUnmatchedDto(u.Line, [.. u.Groups]))], page, size, total);
    }
}
