using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Requests;

/// <summary>
/// Records, for one request, whether the names of the staff who used the person's data are essential for the person to exercise their
/// rights (CJEU C-579/21): only then does the access report name them. With its reason, on the timeline.
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.staffNames")]
public sealed record DecideStaffNames(Guid Id, StaffNamesInput Input) : ICommand<RequestDto>;

internal sealed class DecideStaffNamesValidator : AbstractValidator<DecideStaffNames>
{
    public DecideStaffNamesValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Essential).NotNull();
        RuleFor(x => x.Input.Reason).NotEmpty().MaximumLength(DataSubjectRequest.MaxTextLength);
    }
}

internal sealed class DecideStaffNamesHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<DecideStaffNames, RequestDto>
{
    public async ValueTask<RequestDto> Handle(DecideStaffNames command, CancellationToken cancellationToken) =>
        await RequestTransitions.TakeAsync(db, trail, clock, command.Id, RequestStep.StaffNamesDecided, (request, now) =>
        {
            request.DecideStaffNames(command.Input.Essential!.Value, command.Input.Reason!, now, currentUser.Username);
            return Task.CompletedTask;
        }, cancellationToken);
}
