using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Retention;

/// <summary>The controller's financial year: the day it ends.</summary>
[RequiresPermission(Permission.RetentionManage)]
public sealed record GetFinancialYear : IQuery<FinancialYearDto>;

internal sealed class GetFinancialYearHandler(IHsWorksDb db) : IQueryHandler<GetFinancialYear, FinancialYearDto>
{
    public async ValueTask<FinancialYearDto> Handle(GetFinancialYear query, CancellationToken cancellationToken) =>
        (await db.FinancialYears.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Financial year")).ToDto();
}
