using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Requests;
using HsWorks.Domain.NonDisclosure;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Persons;

/// <summary>Registers a data subject with its basic details and their source (R4.1, R5.1).</summary>
[RequiresPermission(Permission.PersonsWrite)]
[Audited("person.create")]
public sealed record CreatePerson(PersonInput Input) : ICommand<PersonDto>;

internal sealed class CreatePersonValidator : AbstractValidator<CreatePerson>
{
    public CreatePersonValidator() => RuleFor(x => x.Input).NotNull().SetValidator(new PersonInputValidator());
}

internal sealed class CreatePersonHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock, ISuppressionHasher hasher)
    : ICommandHandler<CreatePerson, PersonDto>
{
    public async ValueTask<PersonDto> Handle(CreatePerson command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        var details = input.ToDetails();
        details.EnsureMayChangeMarking(input.ToSource(), null, currentUser);
        var person = Person.Create(Guid.CreateVersion7(), details, input.ToIdentityCodeChange(), input.ToSource(), clock.GetUtcNow());
        db.Persons.Add(person);
        if (person.NonDisclosure) db.NonDisclosureChanges.Add(NonDisclosureChange.Of(person, input.ToSource(), person.CreatedAt, currentUser.Username));
        await db.SaveChangesAsync(cancellationToken);
        trail.Person(person.Id).Changed(PersonFields.All);
        var dto = await person.ToDtoAsync(db, currentUser, trail, cancellationToken);
        // Staff may have a reason to enter the person again (a new contract); they are warned, and the audit says so.
        if (!await Suppression.MatchesAsync(db, hasher, person.IdentityCode?.Value, person.Email?.Value, [person.Phone?.E164, person.Mobile?.E164],
                cancellationToken)) return dto;
        trail.Changed([PersonFields.SuppressionMatch]);
        return dto with { Warnings = [PersonWarning.ErasedPersonMatch] };
    }
}

internal static class PersonFields
{
    /// <summary>Marks an answer that showed the whole identity code.</summary>
    public const string IdentityCodeRead = "personalIdentityCode:read";

    /// <summary>Marks a creation that matched an erased person's suppression record.</summary>
    public const string SuppressionMatch = "suppressionMatch";

    public static readonly string[] All =
        ["firstName", "lastName", "email", "phone", "mobile", "language", "address", "personalIdentityCode", "nonDisclosure"];
}
