using HsWorks.Domain.Common;
using HsWorks.Domain.Persons;

namespace HsWorks.Domain.Customers;

/// <summary>
/// A customer account: a consumer (who is a person, the data subject) or an organisation
/// with a name, a business id and contact persons.
/// </summary>
public sealed class Customer : IHasDomainEvents
{
    private readonly List<IDomainEvent> domainEvents = [];

    public const int MaxNameLength = 200;

    private readonly List<ContactPerson> contactPersons = [];

    private Customer()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Assigned by the database from a sequence on insert.</summary>
    public long CustomerNumber { get; private set; }

    public CustomerType Type { get; private set; }

    /// <summary>The organisation's name; null for a consumer, whose name is the person's.</summary>
    public string? Name { get; private set; }

    public BusinessId? BusinessId { get; private set; }

    /// <summary>The consumer's own person; null for an organisation.</summary>
    public Guid? PersonId { get; private set; }

    public DateOnly CustomerSince { get; private set; }

    /// <summary>When the customer relationship ended; null while it lasts. Retention periods run from it (issue 13).</summary>
    public DateOnly? RelationshipEndedOn { get; private set; }

    public List<string> ProductGroups { get; private set; } = [];

    public IReadOnlyList<ContactPerson> ContactPersons => contactPersons;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// When the consumer this customer was was erased (GDPR Art. 17): the row stays without its person only as the
    /// counterpart of the invoices the Accounting Act keeps, and serves accounting only.
    /// </summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyList<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    /// <summary>How a customer is named to staff: an organisation by its name, a consumer by its person's full name.</summary>
    public static string DisplayName(string? organisationName, string? firstName, string? lastName) =>
        organisationName ?? Person.FullNameOf(firstName, lastName);

    public static Customer Create(Guid id, CustomerType type, string? name, BusinessId? businessId, Guid? personId,
        DateOnly customerSince, IEnumerable<string> productGroups, DateTimeOffset now)
    {
        var customer = new Customer { Id = id, Type = type, CreatedAt = now, UpdatedAt = now };
        customer.Update(name, businessId, personId, customerSince, productGroups, now);
        return customer;
    }

    /// <summary>Applies new details and returns the names of the fields that changed.</summary>
    public IReadOnlyList<string> Update(string? name, BusinessId? businessId, Guid? personId, DateOnly customerSince,
        IEnumerable<string> productGroups, DateTimeOffset now)
    {
        var groups = productGroups.Distinct().ToList();
        var unknown = groups.FirstOrDefault(g => !Customers.ProductGroups.IsKnown(g));
        if (unknown is not null) throw new DomainRuleException($"Unknown product group '{unknown}'.", "productGroups");

        if (Type == CustomerType.Consumer)
        {
            if (personId is null) throw new DomainRuleException("A consumer customer must point at its person.", "personId");
            if (businessId is not null) throw new DomainRuleException("A consumer customer has no business id.", "businessId");
            name = null;
        }
        else
        {
            name = name?.Trim();
            if (string.IsNullOrEmpty(name)) throw new DomainRuleException("An organisation needs a name.", "name");
            if (name.Length > MaxNameLength) throw new DomainRuleException($"Name is longer than {MaxNameLength} characters.", "name");
            if (personId is not null) throw new DomainRuleException("An organisation has contact persons, not a person of its own.", "personId");
        }

        var changed = new List<string>();
        if (Name != name) changed.Add("name");
        if (BusinessId != businessId) changed.Add("businessId");
        if (PersonId != personId) changed.Add("personId");
        if (CustomerSince != customerSince) changed.Add("customerSince");
        if (!ProductGroups.SequenceEqual(groups)) changed.Add("productGroups");

        (Name, BusinessId, PersonId, CustomerSince, ProductGroups) = (name, businessId, personId, customerSince, groups);
        if (changed.Count > 0) UpdatedAt = now;
        if (changed.Intersect(["name", "businessId", "personId"]).Any() && !domainEvents.OfType<CustomerDetailsChanged>().Any())
            domainEvents.Add(new CustomerDetailsChanged(this));
        return changed;
    }

    /// <summary>Ends the relationship on the day (or, with null, resumes it); answers whether it changed.</summary>
    public bool EndRelationship(DateOnly? on, DateTimeOffset now)
    {
        if (on is { } day && day < CustomerSince)
            throw new DomainRuleException("The relationship cannot end before it began.", "relationshipEndedOn");
        if (RelationshipEndedOn == on) return false;
        (RelationshipEndedOn, UpdatedAt) = (on, now);
        return true;
    }

    public void AddContactPerson(Guid personId, DateTimeOffset now)
    {
        if (Type != CustomerType.Organisation)
            throw new DomainRuleException("Only an organisation has contact persons; a consumer is its own person.", "personId");
        if (contactPersons.Any(c => c.PersonId == personId)) return;
        contactPersons.Add(new ContactPerson(Id, personId, now));
        UpdatedAt = now;
    }
}
