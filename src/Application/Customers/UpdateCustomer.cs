using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>Edits a customer's details against the version the caller read; the type cannot change.</summary>
[RequiresPermission(Permission.CustomersWrite)]
[Audited("customer.update")]
public sealed record UpdateCustomer(Guid Id, uint? ExpectedVersion, CustomerInput Input) : ICommand<CustomerDto>;

internal sealed class UpdateCustomerValidator : AbstractValidator<UpdateCustomer>
{
    public UpdateCustomerValidator() => RuleFor(x => x.Input).NotNull().SetValidator(new CustomerInputValidator());
}

internal sealed class UpdateCustomerHandler(IHsWorksDb db, AuditTrail trail, TimeProvider clock) : ICommandHandler<UpdateCustomer, CustomerDto>
{
    public async ValueTask<CustomerDto> Handle(UpdateCustomer command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.Include(c => c.ContactPersons).SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Customer");
        if (command.ExpectedVersion is not { } expected) throw new VersionRequiredException();
        if (customer.Version != expected) throw new StaleWriteException();
        db.ExpectVersion(customer, expected);

        var input = command.Input;
        if (input.Type!.Value != customer.Type)
            throw new ConflictException("A customer's type cannot change; open a new customer instead.", "type");
        if (input.PersonId is { } personId && personId != customer.PersonId && !await db.Persons.AnyAsync(p => p.Id == personId, cancellationToken))
            throw new ConflictException(Messages.Get("noSuchPerson"), "personId");

        var changed = customer.Update(input.Name, input.ToBusinessId(), input.PersonId, input.CustomerSince ?? customer.CustomerSince,
            input.ProductGroups ?? customer.ProductGroups, clock.GetUtcNow());
        if (customer.EndRelationship(input.RelationshipEndedOn, clock.GetUtcNow())) changed = [.. changed, "relationshipEndedOn"];
        await db.SaveChangesAsync(cancellationToken);
        trail.Customer(customer.Id).Persons(customer.PersonIds()).Changed(changed);
        return await customer.ToDtoAsync(db, cancellationToken);
    }
}
