using System.Text.Json;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Retention;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// Generates the access report of an access request (Art. 15) for its matched persons, in the language asked (else the first
/// person's): only once the requester's identity is verified and the persons are matched (else 409). The report's JSON is kept with
/// the request (<see cref="AccessReport"/>), the step goes to its timeline and the generation is audited naming the persons.
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.report")]
public sealed record GenerateAccessReport(Guid Id, Language? Language) : ICommand<GeneratedAccessReport>;

internal sealed class GenerateAccessReportHandler(IHsWorksDb db, IMarketingSelections selections, IRetentionTexts retention, ICurrentUser currentUser, AuditTrail trail,
    TimeProvider clock) : ICommandHandler<GenerateAccessReport, GeneratedAccessReport>
{
    public async ValueTask<GeneratedAccessReport> Handle(GenerateAccessReport command, CancellationToken cancellationToken)
    {
        var request = await db.DataSubjectRequests.SingleOrDefaultAsync(r => r.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Request");
        var now = clock.GetUtcNow();
        trail.Persons(request.PersonIds).Changed([$"request:{request.Id}", $"step:{EnumNames.ToWire(RequestStep.ReportGenerated)}"]);
        if (request.Refuses(RequestStep.ReportGenerated, ResponseDeadline.DayOf(now)) is { } why) throw new ConflictException(why, "status");
        var firstPerson = request.PersonIds[0];
        var language = command.Language
            ?? await db.Persons.Where(p => p.Id == firstPerson).Select(p => (Language?)p.Language).SingleOrDefaultAsync(cancellationToken)
            ?? Language.Fi;

        var reportId = Guid.CreateVersion7();
        var report = await new AccessReportBuilder(db, selections, retention).BuildAsync(reportId, request, language, now, cancellationToken);
        var json = JsonSerializer.Serialize(report, AccessReportJson.Options);
        request.RecordReport(reportId, now, currentUser.Username);
        db.AccessReports.Add(AccessReport.Of(reportId, request.Id, now, currentUser.Username, language, json));
        db.RequestEvents.AddRange(request.NewEvents);
        await db.SaveChangesAsync(cancellationToken);
        return new GeneratedAccessReport(report, json);
    }
}
