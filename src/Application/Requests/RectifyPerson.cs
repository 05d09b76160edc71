using System.Globalization;
using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Persons;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// Corrects a matched person's details through a rectification request (GDPR Art. 16), by the same rules as an edit of the person
/// (<see cref="PersonEdits"/>) — also while processing of the person is restricted, for this is the edit the restriction allows. Each
/// changed field is kept beside the request as it was and as it became; recipients of the person's data are told (personRectified).
/// Only on an open rectification request whose requester's identity is verified and whose persons are matched.
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.rectification")]
public sealed record RectifyPerson(Guid Id, uint? ExpectedVersion, RectificationInput Input) : ICommand<RequestDto>;

internal sealed class RectifyPersonValidator : AbstractValidator<RectifyPerson>
{
    public RectifyPersonValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.PersonId).NotNull();
        RuleFor(x => x.Input.Details).NotNull().SetValidator(new PersonInputValidator()!);
        RuleFor(x => x.Input.Note).MaximumLength(DataSubjectRequest.MaxTextLength);
    }
}

internal sealed class RectifyPersonHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<RectifyPerson, RequestDto>
{
    public async ValueTask<RequestDto> Handle(RectifyPerson command, CancellationToken cancellationToken) =>
        await RequestTransitions.TakeAsync(db, trail, clock, command.Id, RequestStep.Rectified, async (request, now) =>
        {
            var personId = command.Input.PersonId!.Value;
            if (!request.PersonIds.Contains(personId)) throw new ConflictException("The person is not one the request concerns.", "personId");
            var person = await db.Persons.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken)
                ?? throw new ConflictException(Messages.Get("noSuchPerson"), "personId");
            if (command.ExpectedVersion is not { } expected) throw new VersionRequiredException();
            if (person.Version != expected) throw new StaleWriteException();
            db.ExpectVersion(person, expected);

            var before = ValuesOf(person);
            var changed = await PersonEdits.ApplyAsync(db, person, command.Input.Details!, currentUser, now, cancellationToken);
            if (changed.Count == 0) throw new ConflictException("Nothing to correct: the details are as they were.", "details");
            var after = ValuesOf(person);
            foreach (var field in changed)
                db.RectifiedFields.Add(new RectifiedField(request.Id, person.Id, field, before.GetValueOrDefault(field), after.GetValueOrDefault(field), now,
                    currentUser.Username));
            request.Rectify(person.Id, changed, now, currentUser.Username);
            trail.Person(person.Id).Changed(changed);
        }, cancellationToken);

    /// <summary>The person's fields as a rectification record keeps them, named as <see cref="Person.Update"/> names the changed ones.</summary>
    private static Dictionary<string, string?> ValuesOf(Person p) => new()
    {
        ["firstName"] = p.FirstName,
        ["lastName"] = p.LastName,
        ["email"] = p.Email?.Value,
        ["phone"] = p.Phone?.E164,
        ["mobile"] = p.Mobile?.E164,
        ["language"] = EnumNames.ToWire(p.Language),
        ["address"] = p.Address is { } a ? $"{a.Street}, {a.PostalCode.Value} {a.City}, {a.Country.Value}" : null,
        ["nonDisclosure"] = p.NonDisclosure.ToString(CultureInfo.InvariantCulture).ToLowerInvariant(),
        // The identity code is kept masked, as staff see it: the whole code stays only in the person's encrypted column.
        ["personalIdentityCode"] = p.IdentityCode?.Masked,
    };
}
