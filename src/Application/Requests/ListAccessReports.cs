using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>The access reports generated for a request, newest first, without their content.</summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.reports.list")]
public sealed record ListAccessReports(Guid Id) : IQuery<IReadOnlyList<AccessReportSummary>>;

internal sealed class ListAccessReportsHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<ListAccessReports, IReadOnlyList<AccessReportSummary>>
{
    public async ValueTask<IReadOnlyList<AccessReportSummary>> Handle(ListAccessReports query, CancellationToken cancellationToken)
    {
        var personIds = await db.DataSubjectRequests.AsNoTracking().Where(r => r.Id == query.Id).Select(r => r.PersonIds).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Request");
        trail.Persons(personIds).Changed([$"request:{query.Id}"]);
        return await db.AccessReports.AsNoTracking().Where(r => r.RequestId == query.Id).OrderByDescending(r => r.GeneratedAt)
            .Select(r => new AccessReportSummary(r.Id, r.RequestId, r.GeneratedAt, r.GeneratedBy, r.Language))
            .ToListAsync(cancellationToken);
    }
}
