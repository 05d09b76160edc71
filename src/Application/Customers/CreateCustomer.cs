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

/// <summary>Opens a customer account: a consumer (an existing person) or an organisation. The number comes from a sequence.</summary>
[RequiresPermission(Permission.CustomersWrite)]
[Audited("customer.create")]
public sealed record CreateCustomer(CustomerInput Input) : ICommand<CustomerDto>;

internal sealed class CreateCustomerValidator : AbstractValidator<CreateCustomer>
{
    public CreateCustomerValidator() => RuleFor(x => x.Input).NotNull().SetValidator(new CustomerInputValidator());
}

internal sealed class CreateCustomerHandler(IHsWorksDb db, AuditTrail trail, TimeProvider clock) : ICommandHandler<CreateCustomer, CustomerDto>
{
    public async ValueTask<CustomerDto> Handle(CreateCustomer command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        if (input.PersonId is { } personId && !await db.Persons.AnyAsync(p => p.Id == personId, cancellationToken))
            throw new ConflictException(Messages.Get("noSuchPerson"), "personId");
        var now = clock.GetUtcNow();
        var customer = Customer.Create(Guid.CreateVersion7(), input.Type!.Value, input.Name, input.ToBusinessId(),
            input.PersonId, input.CustomerSince ?? DateOnly.FromDateTime(now.UtcDateTime), input.ProductGroups ?? [], now);
        customer.EndRelationship(input.RelationshipEndedOn, now);
        db.Customers.Add(customer);
        await db.SaveChangesAsync(cancellationToken);
        trail.Customer(customer.Id).Persons(customer.PersonIds()).Changed(["type", "name", "businessId", "personId", "customerSince", "productGroups"]);
        return await customer.ToDtoAsync(db, cancellationToken);
    }
}
