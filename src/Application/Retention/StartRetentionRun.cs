using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Retention;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Retention;

/// <summary>
/// Applies the retention rules now, as the daily job does, under the retention lock (409 while another run holds it), batch by batch,
/// each batch its own transaction: so not inside the command's transaction. Not retried: it deletes recording files.
/// </summary>
[RequiresPermission(Permission.RetentionManage)]
[Audited("retention.run")]
[NotRetried]
[WithoutTransaction]
public sealed record StartRetentionRun : ICommand<RetentionRunDto>;

internal sealed class StartRetentionRunHandler(RetentionEnforcement enforcement, ICurrentUser currentUser, AuditTrail trail)
    : ICommandHandler<StartRetentionRun, RetentionRunDto>
{
    public async ValueTask<RetentionRunDto> Handle(StartRetentionRun command, CancellationToken cancellationToken)
    {
        var run = await enforcement.RunAsync(RetentionTrigger.Manual, currentUser.UserId, currentUser.Username, oncePerDay: false, cancellationToken)
            ?? throw new ConflictException(Messages.Get("retentionRunning"));
        trail.Changed([$"run:{run.Id}"]);
        return run.ToDto();
    }
}
