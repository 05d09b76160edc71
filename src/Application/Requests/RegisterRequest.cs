using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Requests;

/// <summary>
/// Registers a data subject's request as it arrived (R8.1), so that a call or a letter is never lost:
/// anyone who talks to customers may; only requests.manage sees it afterwards. The due date starts from
/// <c>receivedAt</c>, not from the registration.
/// </summary>
[RequiresPermission(Permission.RequestsRegister)]
[Audited("request.register")]
public sealed record RegisterRequest(RequestInput Input) : ICommand<RequestReceipt>;

internal sealed class RegisterRequestValidator : AbstractValidator<RegisterRequest>
{
    public RegisterRequestValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Type).NotNull();
        RuleFor(x => x.Input.Channel).NotNull();
        RuleFor(x => x.Input.ReceivedAt).NotNull();
        RuleFor(x => x.Input.Requester).NotNull();
        When(x => x.Input?.Requester is not null, () =>
        {
            RuleFor(x => x.Input.Requester!.Name).NotEmpty().MaximumLength(Requester.MaxNameLength);
            RuleFor(x => x.Input.Requester!.Email).MaximumLength(Requester.MaxEmailLength);
            RuleFor(x => x.Input.Requester!.Phone).MaximumLength(Requester.MaxPhoneLength);
            RuleFor(x => x.Input.Requester!.Address).MaximumLength(Requester.MaxAddressLength);
            RuleFor(x => x.Input.Requester!.Note).MaximumLength(Requester.MaxNoteLength);
        });
    }
}

internal sealed class RegisterRequestHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<RegisterRequest, RequestReceipt>
{
    public async ValueTask<RequestReceipt> Handle(RegisterRequest command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        var given = input.Requester!;
        var request = DataSubjectRequest.Register(Guid.CreateVersion7(), input.Type!.Value, input.Channel!.Value, input.ReceivedAt!.Value,
            new Requester(given.Name!, given.Email, given.Phone, given.Address, given.Note), clock.GetUtcNow(), currentUser.Username);
        db.DataSubjectRequests.Add(request);
        db.RequestEvents.AddRange(request.NewEvents);
        await db.SaveChangesAsync(cancellationToken);
        trail.Changed([$"request:{request.Id}", $"type:{EnumNames.ToWire(request.Type)}"]);
        return request.ToReceipt();
    }
}
