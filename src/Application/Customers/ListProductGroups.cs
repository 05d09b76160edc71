using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>The product and service group catalogue (R4.10), names in the caller's language.</summary>
[RequiresPermission(Permission.CustomersRead)]
public sealed record ListProductGroups : IQuery<IReadOnlyList<ProductGroupDto>>;

internal sealed class ListProductGroupsHandler(IHsWorksDb db) : IQueryHandler<ListProductGroups, IReadOnlyList<ProductGroupDto>>
{
    public async ValueTask<IReadOnlyList<ProductGroupDto>> Handle(ListProductGroups query, CancellationToken cancellationToken) =>
        [.. (await db.ProductGroups.AsNoTracking().OrderBy(g => g.Code).ToListAsync(cancellationToken)).Select(g => g.ToDto())];
}
