namespace HsWorks.Domain.Customers;

public enum CustomerType
{
    Consumer,
    Organisation,
}

/// <summary>How a person belongs to a customer: the consumer customer's own person, or a contact person of an organisation.</summary>
public enum CustomerRole
{
    Consumer,
    ContactPerson,
}
