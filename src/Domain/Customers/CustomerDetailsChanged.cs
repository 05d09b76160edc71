using HsWorks.Domain.Common;

namespace HsWorks.Domain.Customers;

/// <summary>A customer was created or its name, business id or person changed: its search terms are rewritten when it is saved.</summary>
public sealed record CustomerDetailsChanged(Customer Customer) : IDomainEvent;
