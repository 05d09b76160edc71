using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Retention;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Retention;

/// <summary>Stops retention for a person or a customer (a dispute, an authority's request) until the hold is lifted.</summary>
[RequiresPermission(Permission.RetentionManage)]
[Audited("retention.hold.place")]
public sealed record PlaceLegalHold(LegalHoldInput Input) : ICommand<LegalHoldDto>;

internal sealed class PlaceLegalHoldValidator : AbstractValidator<PlaceLegalHold>
{
    public PlaceLegalHoldValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Reason).NotEmpty().MaximumLength(LegalHold.MaxReasonLength);
        RuleFor(x => x.Input.PersonId).NotNull().When(x => x.Input.CustomerId is null).WithMessage(_ => Messages.Get("required"));
        RuleFor(x => x.Input.CustomerId).Null().When(x => x.Input.PersonId is not null).WithMessage(_ => Messages.Get("mustBeEmpty"));
    }
}

internal sealed class PlaceLegalHoldHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<PlaceLegalHold, LegalHoldDto>
{
    public async ValueTask<LegalHoldDto> Handle(PlaceLegalHold command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        string name;
        if (input.PersonId is { } personId)
        {
            var person = await db.Persons.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.FirstName, p.LastName })
                .SingleOrDefaultAsync(cancellationToken) ?? throw new ConflictException(Messages.Get("noSuchPerson"), "personId");
            name = Domain.Persons.Person.FullNameOf(person.FirstName, person.LastName);
            trail.Person(personId);
        }
        else
        {
            var customerId = input.CustomerId!.Value;
            var customer = await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => new { c.CustomerNumber, c.Name, c.PersonId })
                .SingleOrDefaultAsync(cancellationToken) ?? throw new ConflictException("No customer with that id.", "customerId");
            var consumer = await db.Persons.AsNoTracking().Where(p => p.Id == customer.PersonId).Select(p => new { p.FirstName, p.LastName })
                .SingleOrDefaultAsync(cancellationToken);
            name = $"{customer.CustomerNumber} {Domain.Customers.Customer.DisplayName(customer.Name, consumer?.FirstName, consumer?.LastName)}".Trim();
            trail.Customer(customerId);
        }
        var hold = LegalHold.Place(Guid.CreateVersion7(), input.PersonId, input.CustomerId, input.Reason!, clock.GetUtcNow(), currentUser.Username);
        db.LegalHolds.Add(hold);
        await db.SaveChangesAsync(cancellationToken);
        trail.Changed([$"hold:{hold.Id}"]);
        return new LegalHoldDto(hold.Id, hold.PersonId, hold.CustomerId, name, hold.Reason, hold.PlacedAt, hold.PlacedBy, null, null);
    }
}
