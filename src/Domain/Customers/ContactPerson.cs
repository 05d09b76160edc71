namespace HsWorks.Domain.Customers;

/// <summary>A person who acts for an organisation customer.</summary>
public sealed class ContactPerson
{
    private ContactPerson()
    {
    }

    public ContactPerson(Guid customerId, Guid personId, DateTimeOffset addedAt)
    {
        CustomerId = customerId;
        PersonId = personId;
        AddedAt = addedAt;
    }

    public Guid CustomerId { get; private set; }

    public Guid PersonId { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}
