using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Requests;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>
/// Logs a contact with the customer (R4.6); the signed-in staff member is its author. Refused while processing of the contact's person (or
/// of a consumer customer's own person) is restricted, unless restrictionGround names a ground of GDPR Art. 18(2).
/// </summary>
[RequiresPermission(Permission.ServiceRecordsWrite)]
[Audited("contact.create")]
public sealed record LogContact(Guid CustomerId, ContactInput Input) : ICommand<ContactDto>;

internal sealed class LogContactValidator : AbstractValidator<LogContact>
{
    public LogContactValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Channel).NotNull();
        RuleFor(x => x.Input.Topic).NotEmpty().MaximumLength(Contact.MaxTopicLength);
        RuleFor(x => x.Input.Notes).MaximumLength(Contact.MaxNotesLength);
        RuleFor(x => x.Input.Outcome).MaximumLength(Contact.MaxNotesLength);
    }
}

internal sealed class LogContactHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock) : ICommandHandler<LogContact, ContactDto>
{
    public async ValueTask<ContactDto> Handle(LogContact command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        await db.EnsureCustomerAsync(command.CustomerId, cancellationToken);
        await db.EnsureProductGroupAsync(input.ProductGroupId, cancellationToken);
        await db.EnsureCustomersPersonAsync(command.CustomerId, input.PersonId, cancellationToken);
        var now = clock.GetUtcNow();
        await RestrictedProcessing.EnsureMayEditAsync(db, [input.PersonId, await RestrictedProcessing.ConsumerPersonAsync(db, command.CustomerId, cancellationToken)],
            input.RestrictionGround, "contact.create", now, currentUser.Username, cancellationToken);
        var contact = Contact.Log(Guid.CreateVersion7(), command.CustomerId, input.PersonId, currentUser.UserId!.Value, input.ProductGroupId,
            input.At ?? now, input.Channel!.Value, input.Topic, input.Notes, input.Outcome, input.FollowUpOn, now);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        trail.Customer(command.CustomerId).Persons(input.PersonId is { } p ? [p] : []).Changed(["contact"]);
        return await db.Contacts.AsNoTracking().Where(c => c.Id == contact.Id).ToDtos(db).SingleAsync(cancellationToken);
    }
}
