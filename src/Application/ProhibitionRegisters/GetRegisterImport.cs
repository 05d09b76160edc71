using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.ProhibitionRegisters;

/// <summary>An import's status: progress while running, then its counts, or the bad lines that rejected it.</summary>
[RequiresPermission(Permission.ProhibitionRegistersManage)]
public sealed record GetRegisterImport(Guid RegisterId, Guid ImportId) : IQuery<RegisterImportDto>;

internal sealed class GetRegisterImportHandler(IHsWorksDb db, IRegisterImports imports) : IQueryHandler<GetRegisterImport, RegisterImportDto>
{
    public async ValueTask<RegisterImportDto> Handle(GetRegisterImport query, CancellationToken cancellationToken)
    {
        var import = await db.RegisterImports.AsNoTracking()
                .SingleOrDefaultAsync(i => i.Id == query.ImportId && i.RegisterId == query.RegisterId, cancellationToken)
            ?? throw new NotFoundException("Import");
        var current = await db.ProhibitionRegisters.Where(r => r.Id == query.RegisterId).Select(r => r.CurrentImportId).SingleAsync(cancellationToken);
        return import.ToDto(current, imports.ProgressOf(import.Id));
    }
}
