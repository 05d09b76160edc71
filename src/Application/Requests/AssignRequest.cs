using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>Gives the request to a staff user who handles requests (requests.manage, an enabled account); a received request moves on to verifying the identity.</summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.assign")]
public sealed record AssignRequest(Guid Id, AssignRequestInput Input) : ICommand<RequestDto>;

internal sealed class AssignRequestValidator : AbstractValidator<AssignRequest>
{
    public AssignRequestValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.AssigneeId).NotNull();
    }
}

internal sealed class AssignRequestHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<AssignRequest, RequestDto>
{
    public async ValueTask<RequestDto> Handle(AssignRequest command, CancellationToken cancellationToken) =>
        await RequestTransitions.TakeAsync(db, trail, clock, command.Id, RequestStep.Assigned, async (request, now) =>
        {
            var assigneeId = command.Input.AssigneeId!.Value;
            var assignee = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == assigneeId, cancellationToken);
            if (assignee is null || !assignee.Enabled || !AccessPolicy.Allows(assignee.AccessLevel, Permission.RequestsManage))
                throw new ConflictException("No enabled staff user with that id handles requests (requests.manage).", "assigneeId");
            request.Assign(assigneeId, now, currentUser.Username);
        }, cancellationToken);
}
