using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Customers;

/// <summary>A customer's problems, open ones first, by product group and status.</summary>
[RequiresPermission(Permission.CustomersRead)]
[Audited("problem.list")]
public sealed record ListProblems(Guid CustomerId, Guid? ProductGroupId, ProblemStatus? Status, int? Page, int? PageSize) : IQuery<PagedResult<ProblemDto>>;

internal sealed class ListProblemsHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<ListProblems, PagedResult<ProblemDto>>
{
    public async ValueTask<PagedResult<ProblemDto>> Handle(ListProblems query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        await db.EnsureCustomerAsync(query.CustomerId, cancellationToken);
        var problems = db.Problems.Where(p => p.CustomerId == query.CustomerId);
        if (query.ProductGroupId is { } group) problems = problems.Where(p => p.ProductGroupId == group);
        if (query.Status is { } status) problems = problems.Where(p => p.Status == status);
        var result = await problems.OrderBy(p => p.Status).ThenByDescending(p => p.ReportedAt)
            .Select(CustomerRecordMapping.ProblemToDto).ToPageAsync(page, pageSize, cancellationToken);
        trail.Customer(query.CustomerId).Persons(await db.PersonIdsOfAsync(query.CustomerId, cancellationToken));
        return result;
    }
}
