using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.ProhibitionRegisters;

/// <summary>The prohibition registers we import (R5.3), each with the import in force.</summary>
[RequiresPermission(Permission.ProhibitionRegistersManage)]
public sealed record ListProhibitionRegisters : IQuery<IReadOnlyList<ProhibitionRegisterDto>>;

internal sealed class ListProhibitionRegistersHandler(IHsWorksDb db, IRegisterImports imports)
    : IQueryHandler<ListProhibitionRegisters, IReadOnlyList<ProhibitionRegisterDto>>
{
    public async ValueTask<IReadOnlyList<ProhibitionRegisterDto>> Handle(ListProhibitionRegisters query, CancellationToken cancellationToken)
    {
        var registers = await db.ProhibitionRegisters.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var currentIds = registers.Where(r => r.CurrentImportId is not null).Select(r => r.CurrentImportId!.Value).ToList();
        var current = await db.RegisterImports.AsNoTracking().Where(i => currentIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        return
        [
            .. registers.Select(r => new ProhibitionRegisterDto(r.Id, r.Name, RegisterMapping.Names(r.Channels),
                r.CurrentImportId is { } id ? current[id].ToDto(id, imports.ProgressOf(id)) : null)),
        ];
    }
}
