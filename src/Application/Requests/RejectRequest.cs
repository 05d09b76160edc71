using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Requests;

/// <summary>
/// Refuses a request (Art. 12(4), 12(5)) with its reasons — the company bears the burden of proof — marking a manifestly unfounded or
/// excessive one; the reply must have told the requester of the right to complain to the Data Protection Ombudsman and to a judicial remedy.
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.reject")]
public sealed record RejectRequest(Guid Id, RejectRequestInput Input) : ICommand<RequestDto>;

internal sealed class RejectRequestValidator : AbstractValidator<RejectRequest>
{
    public RejectRequestValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Reason).NotEmpty().MaximumLength(DataSubjectRequest.MaxTextLength);
        RuleFor(x => x.Input.RemediesTold).Equal(true)
            .WithMessage("The refusal must tell the requester of the right to complain to the Data Protection Ombudsman and to seek a judicial remedy.");
    }
}

internal sealed class RejectRequestHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<RejectRequest, RequestDto>
{
    public async ValueTask<RequestDto> Handle(RejectRequest command, CancellationToken cancellationToken) =>
        await RequestTransitions.TakeAsync(db, trail, clock, command.Id, RequestStep.Rejected, (request, now) =>
        {
            request.Reject(command.Input.Reason!, command.Input.Ground, command.Input.RemediesTold, now, currentUser.Username);
            return Task.CompletedTask;
        }, cancellationToken);
}
