using System.Text.Json;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>One access report generated for a request, with its content as it was answered; every read is audited naming the persons.</summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.reports.read")]
public sealed record GetAccessReport(Guid Id, Guid ReportId) : IQuery<AccessReportRecord>;

internal sealed class GetAccessReportHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<GetAccessReport, AccessReportRecord>
{
    public async ValueTask<AccessReportRecord> Handle(GetAccessReport query, CancellationToken cancellationToken)
    {
        var found = await (
                from report in db.AccessReports.AsNoTracking()
                join request in db.DataSubjectRequests on report.RequestId equals request.Id
                where report.Id == query.ReportId && report.RequestId == query.Id
                select new { report, request.PersonIds })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Report");
        trail.Persons(found.PersonIds).Changed([$"request:{query.Id}", $"report:{query.ReportId}"]);
        var r = found.report;
        using var content = JsonDocument.Parse(r.Content);
        return new AccessReportRecord(r.Id, r.RequestId, r.GeneratedAt, r.GeneratedBy, r.Language, content.RootElement.Clone());
    }
}
