using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Disclosures;
using HsWorks.Domain.Common;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// Restricts processing of a matched person (GDPR Art. 18) with its reason and period: from now on the person's data is only stored
/// (<see cref="RestrictedProcessing"/>); recipients of it are told (processingRestricted). Only on an open restriction request whose
/// requester's identity is verified and whose persons are matched; one restriction holds on a person at a time.
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.restriction")]
public sealed record RestrictProcessing(Guid Id, RestrictionInput Input) : ICommand<RequestDto>;

internal sealed class RestrictProcessingValidator : AbstractValidator<RestrictProcessing>
{
    public RestrictProcessingValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.PersonId).NotNull();
        RuleFor(x => x.Input.Reason).NotNull();
        RuleFor(x => x.Input.Note).MaximumLength(ProcessingRestriction.MaxNoteLength);
        RuleFor(x => x.Input.Until).GreaterThanOrEqualTo(x => x.Input.From!.Value).When(x => x.Input?.From is not null && x.Input.Until is not null)
            .WithMessage(_ => Messages.Get("periodOrder"));
    }
}

internal sealed class RestrictProcessingHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<RestrictProcessing, RequestDto>
{
    public async ValueTask<RequestDto> Handle(RestrictProcessing command, CancellationToken cancellationToken) =>
        await RequestTransitions.TakeAsync(db, trail, clock, command.Id, RequestStep.Restricted, async (request, now) =>
        {
            var input = command.Input;
            var today = ResponseDeadline.DayOf(now);
            if (input.From > today) throw new DomainRuleException("A restriction begins today at the latest.", "from");
            await PlaceAsync(db, request, input.PersonId!.Value, input.Reason!.Value, input.Note, input.From ?? today, input.Until, now, currentUser.Username,
                cancellationToken);
        }, cancellationToken);

    /// <summary>Places the restriction, marks the person and tells the recipients: the one way a restriction begins.</summary>
    internal static async Task PlaceAsync(IHsWorksDb db, DataSubjectRequest request, Guid personId, RestrictionReason reason, string? note, DateOnly from,
        DateOnly? until, DateTimeOffset now, string by, CancellationToken cancellationToken)
    {
        if (!request.PersonIds.Contains(personId)) throw new ConflictException("The person is not one the request concerns.", "personId");
        var person = await db.FindPersonForUpdateAsync(personId, cancellationToken) ?? throw new ConflictException(Messages.Get("noSuchPerson"), "personId");
        if (await db.ProcessingRestrictions.AnyAsync(r => r.PersonId == personId && r.LiftedAt == null, cancellationToken))
            throw new ConflictException("Processing of the person is already restricted.", "personId");
        var restriction = ProcessingRestriction.Place(Guid.CreateVersion7(), personId, request.Id, reason, note, from, until, now, by);
        db.ProcessingRestrictions.Add(restriction);
        person.MarkProcessingRestricted(true, now);
        request.Restrict(restriction, now, by);
        await RecipientNotices.AddAsync(db, personId, NoticeType.ProcessingRestricted, now, cancellationToken);
    }
}
