using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Requests;

/// <summary>
/// Records that more information to identify the requester was asked for (Art. 12(6)), and when (default now). The clock stands
/// still from then until the arrival is recorded — only for that recorded interval.
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.identification.ask")]
public sealed record AskForIdentification(Guid Id, IdentificationInput Input) : ICommand<RequestDto>;

internal sealed class AskForIdentificationValidator : AbstractValidator<AskForIdentification>
{
    public AskForIdentificationValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Note).MaximumLength(DataSubjectRequest.MaxTextLength);
    }
}

internal sealed class AskForIdentificationHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<AskForIdentification, RequestDto>
{
    public async ValueTask<RequestDto> Handle(AskForIdentification command, CancellationToken cancellationToken) =>
        await RequestTransitions.TakeAsync(db, trail, clock, command.Id, RequestStep.IdentificationAsked, (request, now) =>
        {
            request.AskForIdentification(command.Input.At ?? now, command.Input.Note, now, currentUser.Username);
            return Task.CompletedTask;
        }, cancellationToken);
}
