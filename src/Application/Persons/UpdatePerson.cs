using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Requests;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Persons;

/// <summary>
/// Edits a person's basic details. The caller states the version it edited; a stale write is refused. While processing of the person is
/// restricted (Art. 18) the edit is refused unless it names a ground of Art. 18(2), and then recorded with it.
/// </summary>
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

        var now = clock.GetUtcNow();
        // While processing is restricted (Art. 18) the details are corrected through the person's request, or edited on a named ground.
        await RestrictedProcessing.EnsureMayEditAsync(db, [person.Id], command.Input.RestrictionGround, "person.update", now, currentUser.Username,
            cancellationToken);
        var changed = await PersonEdits.ApplyAsync(db, person, command.Input, currentUser, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        trail.Person(person.Id).Changed([.. changed,
            .. command.Input.RestrictionGround is { } ground && person.ProcessingRestricted ? [$"restrictionGround:{EnumNames.ToWire(ground)}"] : Array.Empty<string>()]);
        return await person.ToDtoAsync(db, currentUser, trail, cancellationToken);
    }
}
