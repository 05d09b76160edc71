using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Requests;

/// <summary>
/// Extends the deadline to three months from receipt (Art. 12(3)) where the complexity or the number of requests needs it: with the
/// reasons, only by the first due date, the requester told with the reasons at the same time (recorded).
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.extend")]
public sealed record ExtendRequest(Guid Id, ExtendRequestInput Input) : ICommand<RequestDto>;

internal sealed class ExtendRequestValidator : AbstractValidator<ExtendRequest>
{
    public ExtendRequestValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Reasons).NotEmpty().MaximumLength(DataSubjectRequest.MaxTextLength);
        RuleFor(x => x.Input.RequesterTold).Equal(true).WithMessage("The requester must be told of the extension and its reasons when it is recorded.");
    }
}

internal sealed class ExtendRequestHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<ExtendRequest, RequestDto>
{
    public async ValueTask<RequestDto> Handle(ExtendRequest command, CancellationToken cancellationToken) =>
        await RequestTransitions.TakeAsync(db, trail, clock, command.Id, RequestStep.Extended, (request, now) =>
        {
            request.Extend(command.Input.Reasons!, command.Input.RequesterTold, now, currentUser.Username);
            return Task.CompletedTask;
        }, cancellationToken);
}
