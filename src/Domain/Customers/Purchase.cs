using HsWorks.Domain.Common;

namespace HsWorks.Domain.Customers;

public enum ReasonCategory
{
    NewNeed,
    Replacement,
    Upgrade,
    Repair,
    Recommendation,
    Campaign,
    Other,
}

/// <summary>A product or service the customer acquired, why, from whom (R4.3), and for service contracts their term.</summary>
public sealed class Purchase
{
    private Purchase()
    {
        Product = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid ProductGroupId { get; private set; }

    public string Product { get; private set; }

    public DateOnly PurchasedOn { get; private set; }

    public decimal Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    public string? Reason { get; private set; }

    public ReasonCategory ReasonCategory { get; private set; }

    public Guid? SellerId { get; private set; }

    /// <summary>The buyer: the consumer, or the contact person who bought for an organisation.</summary>
    public Guid? PersonId { get; private set; }

    /// <summary>The buyer was offered a free, easy way to refuse marketing when their contact details were collected.</summary>
    public bool MarketingOptOutOffered { get; private set; }

    public string? ContractNumber { get; private set; }

    public DateOnly? ContractValidFrom { get; private set; }

    public DateOnly? ContractValidTo { get; private set; }

    public decimal Total => Quantity * UnitPrice;

    public static Purchase Record(Guid id, Guid customerId, Guid productGroupId, string product, DateOnly purchasedOn, decimal quantity,
        decimal unitPrice, string? reason, ReasonCategory reasonCategory, Guid? sellerId, Guid? personId, bool marketingOptOutOffered,
        string? contractNumber, DateOnly? contractValidFrom, DateOnly? contractValidTo)
    {
        var name = product?.Trim() ?? string.Empty;
        if (name.Length is 0 or > 200) throw new DomainRuleException("The product is 1–200 characters.", "product");
        if (quantity <= 0) throw new DomainRuleException("The quantity is more than zero.", "quantity");
        if (unitPrice < 0 || decimal.Round(unitPrice, 2) != unitPrice) throw new DomainRuleException("The unit price is euros and cents, not negative.", "unitPrice");
        if (contractValidFrom is { } from && contractValidTo is { } to && to < from)
            throw new DomainRuleException("A contract cannot end before it starts.", "contractValidTo");
        return new Purchase
        {
            Id = id,
            CustomerId = customerId,
            ProductGroupId = productGroupId,
            Product = name,
            PurchasedOn = purchasedOn,
            Quantity = quantity,
            UnitPrice = unitPrice,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            ReasonCategory = reasonCategory,
            SellerId = sellerId,
            PersonId = personId,
            MarketingOptOutOffered = marketingOptOutOffered,
            ContractNumber = string.IsNullOrWhiteSpace(contractNumber) ? null : contractNumber.Trim(),
            ContractValidFrom = contractValidFrom,
            ContractValidTo = contractValidTo,
        };
    }
}
