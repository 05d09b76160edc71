using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Requests;

/// <summary>Closes a request as done (the requester answered); only once the requester's identity was verified.</summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.complete")]
public sealed record CompleteRequest(Guid Id, CompleteRequestInput Input) : ICommand<RequestDto>;

internal sealed class CompleteRequestValidator : AbstractValidator<CompleteRequest>
{
    public CompleteRequestValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Summary).MaximumLength(DataSubjectRequest.MaxTextLength);
    }
}

internal sealed class CompleteRequestHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<CompleteRequest, RequestDto>
{
    public async ValueTask<RequestDto> Handle(CompleteRequest command, CancellationToken cancellationToken) =>
        await RequestTransitions.TakeAsync(db, trail, clock, command.Id, RequestStep.Completed, (request, now) =>
        {
            request.Complete(command.Input.Summary, now, currentUser.Username);
            return Task.CompletedTask;
        }, cancellationToken);
}
