using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Requests;

/// <summary>Records how the requester's identity was verified, by whom and when — before anything is disclosed or changed; the request is then in progress.</summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.verify")]
public sealed record VerifyRequestIdentity(Guid Id, VerifyIdentityInput Input) : ICommand<RequestDto>;

internal sealed class VerifyRequestIdentityValidator : AbstractValidator<VerifyRequestIdentity>
{
    public VerifyRequestIdentityValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Method).NotNull();
        RuleFor(x => x.Input.Note).MaximumLength(DataSubjectRequest.MaxTextLength);
    }
}

internal sealed class VerifyRequestIdentityHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<VerifyRequestIdentity, RequestDto>
{
    public async ValueTask<RequestDto> Handle(VerifyRequestIdentity command, CancellationToken cancellationToken) =>
        await RequestTransitions.TakeAsync(db, trail, clock, command.Id, RequestStep.IdentityVerified, (request, now) =>
        {
            request.VerifyIdentity(command.Input.Method!.Value, command.Input.Note, now, currentUser.Username);
            return Task.CompletedTask;
        }, cancellationToken);
}
