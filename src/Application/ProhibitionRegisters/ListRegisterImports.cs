using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.ProhibitionRegisters;

/// <summary>Every import of a register, newest first: running, completed (one in force) and failed.</summary>
[RequiresPermission(Permission.ProhibitionRegistersManage)]
public sealed record ListRegisterImports(Guid RegisterId) : IQuery<IReadOnlyList<RegisterImportDto>>;

internal sealed class ListRegisterImportsHandler(IHsWorksDb db, IRegisterImports imports)
    : IQueryHandler<ListRegisterImports, IReadOnlyList<RegisterImportDto>>
{
    public async ValueTask<IReadOnlyList<RegisterImportDto>> Handle(ListRegisterImports query, CancellationToken cancellationToken)
    {
        var register = await db.ProhibitionRegisters.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.RegisterId, cancellationToken)
            ?? throw new NotFoundException("Prohibition register");
        var list = await db.RegisterImports.AsNoTracking().Where(i => i.RegisterId == register.Id).OrderByDescending(i => i.StartedAt)
            .Take(200).ToListAsync(cancellationToken);
        return [.. list.Select(i => i.ToDto(register.CurrentImportId, imports.ProgressOf(i.Id)))];
    }
}
