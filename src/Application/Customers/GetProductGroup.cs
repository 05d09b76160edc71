using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>One product or service group; its name in the Accept-Language language.</summary>
[RequiresPermission(Permission.CustomersRead)]
public sealed record GetProductGroup(Guid Id) : IQuery<ProductGroupDto>;

internal sealed class GetProductGroupHandler(IHsWorksDb db) : IQueryHandler<GetProductGroup, ProductGroupDto>
{
    public async ValueTask<ProductGroupDto> Handle(GetProductGroup query, CancellationToken cancellationToken) =>
        (await db.ProductGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == query.Id, cancellationToken) ?? throw new NotFoundException("Product group")).ToDto();
}
