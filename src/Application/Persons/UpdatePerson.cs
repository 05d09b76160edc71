using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Disclosures;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.NonDisclosure;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Persons;

/// <summary>Edits a person's basic details. The caller states the version it edited; a stale write is refused.</summary>
[RequiresPermission(Permission.PersonsWrite)]
[Audited("person.update")]
public sealed record UpdatePerson(Guid Id, uint? ExpectedVersion, PersonInput Input) : ICommand<PersonDto>;

internal sealed class UpdatePersonValidator : AbstractValidator<UpdatePerson>
{
    public UpdatePersonValidator() => RuleFor(x => x.Input).NotNull().SetValidator(new PersonInputValidator());
}

internal sealed class UpdatePersonHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<UpdatePerson, PersonDto>
{
    public async ValueTask<PersonDto> Handle(UpdatePerson command, CancellationToken cancellationToken)
    {
        var person = await db.Persons.SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Person");
        if (command.ExpectedVersion is not { } expected) throw new VersionRequiredException();
        if (person.Version != expected) throw new StaleWriteException();
        db.ExpectVersion(person, expected);

        var input = command.Input;
        var now = clock.GetUtcNow();
        var details = input.ToDetails(person).KeepingHiddenAddress(input, person, currentUser);
        details.EnsureMayChangeMarking(input.ToSource(), person, currentUser);
        var changed = person.Update(details, input.ToIdentityCodeChange(), input.ToSource(), now);
        if (changed.Contains("nonDisclosure")) db.NonDisclosureChanges.Add(NonDisclosureChange.Of(person, input.ToSource(), now, currentUser.Username));
        if (changed.Count > 0) await RecipientNotices.AddAsync(db, person.Id, NoticeType.PersonRectified, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        trail.Person(person.Id).Changed(changed);
        return await person.ToDtoAsync(db, currentUser, trail, cancellationToken);
    }
}
