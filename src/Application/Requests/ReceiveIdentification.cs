using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Requests;

/// <summary>Records that the information asked for arrived, and when (default now): the due date moves by the whole days the clock stood still.</summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.identification.receive")]
public sealed record ReceiveIdentification(Guid Id, IdentificationInput Input) : ICommand<RequestDto>;

internal sealed class ReceiveIdentificationValidator : AbstractValidator<ReceiveIdentification>
{
    public ReceiveIdentificationValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Note).MaximumLength(DataSubjectRequest.MaxTextLength);
    }
}

internal sealed class ReceiveIdentificationHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<ReceiveIdentification, RequestDto>
{
    public async ValueTask<RequestDto> Handle(ReceiveIdentification command, CancellationToken cancellationToken) =>
        await RequestTransitions.TakeAsync(db, trail, clock, command.Id, RequestStep.IdentificationReceived, (request, now) =>
        {
            request.ReceiveIdentification(command.Input.At ?? now, command.Input.Note, now, currentUser.Username);
            return Task.CompletedTask;
        }, cancellationToken);
}
