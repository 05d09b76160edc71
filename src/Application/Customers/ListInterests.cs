using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

[RequiresPermission(Permission.CustomersRead)]
[Audited("interest.list")]
public sealed record ListInterests(Guid CustomerId) : IQuery<IReadOnlyList<InterestDto>>;

internal sealed class ListInterestsHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<ListInterests, IReadOnlyList<InterestDto>>
{
    public async ValueTask<IReadOnlyList<InterestDto>> Handle(ListInterests query, CancellationToken cancellationToken)
    {
        await db.EnsureCustomerAsync(query.CustomerId, cancellationToken);
        var interests = await db.Interests.AsNoTracking().Where(i => i.CustomerId == query.CustomerId).OrderBy(i => i.Tag).ToListAsync(cancellationToken);
        trail.Customer(query.CustomerId).Persons(interests.Where(i => i.PersonId != null).Select(i => i.PersonId!.Value));
        return [.. interests.Select(i => i.ToDto())];
    }
}
