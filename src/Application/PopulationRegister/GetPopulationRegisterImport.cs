using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.PopulationRegister;

/// <summary>An import's status: progress while running, then what it changed, or the bad lines that rejected it.</summary>
[RequiresPermission(Permission.PopulationRegisterImport)]
public sealed record GetPopulationRegisterImport(Guid Id) : IQuery<PopulationImportDto>;

internal sealed class GetPopulationRegisterImportHandler(IHsWorksDb db, IPopulationRegisterImports imports)
    : IQueryHandler<GetPopulationRegisterImport, PopulationImportDto>
{
    public async ValueTask<PopulationImportDto> Handle(GetPopulationRegisterImport query, CancellationToken cancellationToken)
    {
        var import = await db.PopulationRegisterImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Import");
        return import.ToDto(imports.ProgressOf(import.Id));
    }
}
