using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.PopulationRegister;

/// <summary>The change-file imports, newest first (the last 200): running, completed and failed.</summary>
[RequiresPermission(Permission.PopulationRegisterImport)]
public sealed record ListPopulationRegisterImports : IQuery<IReadOnlyList<PopulationImportDto>>;

internal sealed class ListPopulationRegisterImportsHandler(IHsWorksDb db, IPopulationRegisterImports imports)
    : IQueryHandler<ListPopulationRegisterImports, IReadOnlyList<PopulationImportDto>>
{
    public async ValueTask<IReadOnlyList<PopulationImportDto>> Handle(ListPopulationRegisterImports query, CancellationToken cancellationToken)
    {
        var list = await db.PopulationRegisterImports.AsNoTracking().OrderByDescending(i => i.StartedAt).Take(200).ToListAsync(cancellationToken);
        return [.. list.Select(i => i.ToDto(imports.ProgressOf(i.Id)))];
    }
}
