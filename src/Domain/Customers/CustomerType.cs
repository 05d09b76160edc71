namespace HsWorks.Domain.Customers;

public enum CustomerType
{
    Consumer,
    Organisation,
}
