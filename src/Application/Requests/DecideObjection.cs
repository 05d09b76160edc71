using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// DataProtectionOfficer's decision on an objection to other processing (GDPR Art. 21(1)), with its reasons. Upheld: the processing
/// objected to stops, and the restriction stays until it is lifted (the person told) or the data erased. Dismissed (compelling
/// legitimate grounds override the person's interests, or legal claims): the restriction placed while it was weighed is lifted, the
/// person told of the decision before (Art. 18(3)).
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.objection.decision")]
public sealed record DecideObjection(Guid Id, ObjectionDecisionInput Input) : ICommand<RequestDto>;

internal sealed class DecideObjectionValidator : AbstractValidator<DecideObjection>
{
    public DecideObjectionValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Decision).NotNull();
        RuleFor(x => x.Input.Reasons).NotEmpty().MaximumLength(DataSubjectRequest.MaxTextLength);
        RuleFor(x => x.Input.PersonToldAt).NotNull().When(x => x.Input?.Decision == ObjectionDecision.Dismissed)
            .WithMessage("The person must be told of the decision before the restriction is lifted (Art. 18(3)): say when.");
    }
}

internal sealed class DecideObjectionHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<DecideObjection, RequestDto>
{
    public async ValueTask<RequestDto> Handle(DecideObjection command, CancellationToken cancellationToken) =>
        await RequestTransitions.TakeAsync(db, trail, clock, command.Id, RequestStep.ObjectionDecided, async (request, now) =>
        {
            var input = command.Input;
            request.DecideObjection(input.Decision!.Value, input.Reasons!, now, currentUser.Username);
            if (input.Decision != ObjectionDecision.Dismissed) return;
            var restricted = await db.ProcessingRestrictions.Where(r => r.RequestId == request.Id && r.LiftedAt == null).Select(r => r.PersonId)
                .ToListAsync(cancellationToken);
            foreach (var personId in restricted)
                await LiftRestrictionHandler.LiftAsync(db, request, personId, input.PersonToldAt!.Value, now, currentUser.Username, cancellationToken);
        }, cancellationToken);
}
