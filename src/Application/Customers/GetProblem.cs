using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>One reported or observed problem of a customer.</summary>
[RequiresPermission(Permission.CustomersRead)]
[Audited("problem.read")]
public sealed record GetProblem(Guid CustomerId, Guid ProblemId) : IQuery<ProblemDto>;

internal sealed class GetProblemHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<GetProblem, ProblemDto>
{
    public async ValueTask<ProblemDto> Handle(GetProblem query, CancellationToken cancellationToken)
    {
        var problem = await db.Problems.Where(p => p.CustomerId == query.CustomerId && p.Id == query.ProblemId).Select(CustomerRecordMapping.ProblemToDto)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Problem");
        trail.Customer(query.CustomerId).Persons(await db.PersonIdsOfAsync(query.CustomerId, cancellationToken));
        return problem;
    }
}
