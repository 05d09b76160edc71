using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>Links the persons of the register the request concerns (found by search); each must exist. Replaces an earlier match.</summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.persons")]
public sealed record MatchRequestPersons(Guid Id, MatchPersonsInput Input) : ICommand<RequestDto>;

internal sealed class MatchRequestPersonsValidator : AbstractValidator<MatchRequestPersons>
{
    public MatchRequestPersonsValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.PersonIds).NotNull();
        RuleFor(x => x.Input.PersonIds!.Count).LessThanOrEqualTo(DataSubjectRequest.MaxPersons).When(x => x.Input?.PersonIds is not null)
            .OverridePropertyName("personIds");
    }
}

internal sealed class MatchRequestPersonsHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<MatchRequestPersons, RequestDto>
{
    public async ValueTask<RequestDto> Handle(MatchRequestPersons command, CancellationToken cancellationToken) =>
        await RequestTransitions.TakeAsync(db, trail, clock, command.Id, RequestStep.PersonsMatched, async (request, now) =>
        {
            var ids = command.Input.PersonIds!.Distinct().ToList();
            var found = await db.Persons.CountAsync(p => ids.Contains(p.Id), cancellationToken);
            if (found != ids.Count) throw new ConflictException(Messages.Get("noSuchPerson"), "personIds");
            request.MatchPersons(ids, now, currentUser.Username);
        }, cancellationToken);
}
