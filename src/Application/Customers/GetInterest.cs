using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>One interest (tag) of a customer.</summary>
[RequiresPermission(Permission.CustomersRead)]
[Audited("interest.read")]
public sealed record GetInterest(Guid CustomerId, Guid InterestId) : IQuery<InterestDto>;

internal sealed class GetInterestHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<GetInterest, InterestDto>
{
    public async ValueTask<InterestDto> Handle(GetInterest query, CancellationToken cancellationToken)
    {
        var interest = await db.Interests.AsNoTracking().SingleOrDefaultAsync(i => i.CustomerId == query.CustomerId && i.Id == query.InterestId, cancellationToken)
            ?? throw new NotFoundException("Interest");
        trail.Customer(query.CustomerId).Persons(interest.PersonId is { } personId ? [personId] : []);
        return interest.ToDto();
    }
}
