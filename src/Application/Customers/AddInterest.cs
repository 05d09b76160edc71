using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Requests;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Customers;

/// <summary>
/// Notes an interest of the customer (R4.8), optionally of one of its persons; refused while processing of the person (or of a consumer
/// customer's own person) is restricted, unless restrictionGround names a ground of GDPR Art. 18(2).
/// </summary>
[RequiresPermission(Permission.ServiceRecordsWrite)]
[Audited("interest.create")]
public sealed record AddInterest(Guid CustomerId, InterestInput Input) : ICommand<InterestDto>;

internal sealed class AddInterestValidator : AbstractValidator<AddInterest>
{
    public AddInterestValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Tag).NotEmpty().MaximumLength(50);
    }
}

internal sealed class AddInterestHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock) : ICommandHandler<AddInterest, InterestDto>
{
    public async ValueTask<InterestDto> Handle(AddInterest command, CancellationToken cancellationToken)
    {
        await db.EnsureCustomerAsync(command.CustomerId, cancellationToken);
        await db.EnsureCustomersPersonAsync(command.CustomerId, command.Input.PersonId, cancellationToken);
        var now = clock.GetUtcNow();
        await RestrictedProcessing.EnsureMayEditAsync(db, [command.Input.PersonId, await RestrictedProcessing.ConsumerPersonAsync(db, command.CustomerId, cancellationToken)],
            command.Input.RestrictionGround, "interest.create", now, currentUser.Username, cancellationToken);
        var interest = Interest.Note(Guid.CreateVersion7(), command.CustomerId, command.Input.PersonId, command.Input.Tag, DataSource.Staff, now);
        db.Interests.Add(interest);
        await db.SaveChangesAsync(cancellationToken);
        trail.Customer(command.CustomerId).Persons(interest.PersonId is { } p ? [p] : []).Changed(["interest"]);
        return interest.ToDto();
    }
}
