using FluentValidation;
using FluentValidation.Results;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>Records a product or service the customer acquired, why and from whom (R4.3).</summary>
[RequiresPermission(Permission.CustomersWrite)]
[Audited("purchase.create")]
public sealed record RecordPurchase(Guid CustomerId, PurchaseInput Input) : ICommand<PurchaseDto>;

internal sealed class RecordPurchaseValidator : AbstractValidator<RecordPurchase>
{
    public RecordPurchaseValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.ProductGroupId).NotEmpty();
        RuleFor(x => x.Input.Product).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Input.Quantity).GreaterThan(0);
        RuleFor(x => x.Input.UnitPrice).GreaterThanOrEqualTo(0).PrecisionScale(12, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.Input.Reason).MaximumLength(1000);
        RuleFor(x => x.Input.ContractNumber).MaximumLength(50);
    }
}

internal sealed class RecordPurchaseHandler(IHsWorksDb db, AuditTrail trail) : ICommandHandler<RecordPurchase, PurchaseDto>
{
    public async ValueTask<PurchaseDto> Handle(RecordPurchase command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        await db.EnsureCustomerAsync(command.CustomerId, cancellationToken);
        await db.EnsureProductGroupAsync(input.ProductGroupId, cancellationToken);
        await db.EnsureCustomersPersonAsync(command.CustomerId, input.PersonId, cancellationToken);
        if (input.SellerId is { } seller && !await db.Users.AnyAsync(u => u.Id == seller, cancellationToken))
            throw new ValidationException([new ValidationFailure("sellerId", Messages.Get("noSuchSeller"))]);
        var purchase = Purchase.Record(Guid.CreateVersion7(), command.CustomerId, input.ProductGroupId, input.Product, input.PurchasedOn, input.Quantity,
            input.UnitPrice, input.Reason, input.ReasonCategory ?? ReasonCategory.Other,
            input.SellerId, input.PersonId, input.MarketingOptOutOffered, input.ContractNumber, input.ContractValidFrom, input.ContractValidTo);
        db.Purchases.Add(purchase);
        await db.SaveChangesAsync(cancellationToken);
        trail.Customer(command.CustomerId).Persons(input.PersonId is { } p ? [p] : []).Changed(["purchase"]);
        return await purchase.ToDtoAsync(db, cancellationToken);
    }
}
