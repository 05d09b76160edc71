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

/// <summary>
/// Lifts a restriction placed through the request (GDPR Art. 18(3)): the person must have been told before, and when is recorded with
/// who lifted it. Also on a closed request, for a restriction outlives it.
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.restriction.lift")]
public sealed record LiftRestriction(Guid Id, LiftRestrictionInput Input) : ICommand<RequestDto>;

internal sealed class LiftRestrictionValidator : AbstractValidator<LiftRestriction>
{
    public LiftRestrictionValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.PersonId).NotNull();
        RuleFor(x => x.Input.PersonToldAt).NotNull().WithMessage("The person must be told before the restriction is lifted (Art. 18(3)): say when.");
    }
}

internal sealed class LiftRestrictionHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<LiftRestriction, RequestDto>
{
    public async ValueTask<RequestDto> Handle(LiftRestriction command, CancellationToken cancellationToken) =>
        await RequestTransitions.TakeAsync(db, trail, clock, command.Id, RequestStep.RestrictionLifted, async (request, now) =>
            await LiftAsync(db, request, command.Input.PersonId!.Value, command.Input.PersonToldAt!.Value, now, currentUser.Username, cancellationToken),
            cancellationToken);

    /// <summary>Lifts the request's restriction on the person and clears the person's marking: the one way a restriction ends.</summary>
    internal static async Task LiftAsync(IHsWorksDb db, DataSubjectRequest request, Guid personId, DateTimeOffset personToldAt, DateTimeOffset now,
        string by, CancellationToken cancellationToken)
    {
        var restriction = await db.ProcessingRestrictions.SingleOrDefaultAsync(r => r.RequestId == request.Id && r.PersonId == personId && r.LiftedAt == null,
            cancellationToken) ?? throw new ConflictException("No restriction placed through this request holds on the person.", "personId");
        var person = await db.FindPersonForUpdateAsync(personId, cancellationToken);
        restriction.Lift(personToldAt, now, by);
        person?.MarkProcessingRestricted(false, now);
        request.RecordLifting(restriction, now, by);
    }
}
