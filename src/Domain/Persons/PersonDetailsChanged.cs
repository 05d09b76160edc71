using HsWorks.Domain.Common;

namespace HsWorks.Domain.Persons;

/// <summary>
/// A person was created or their details changed: what is derived from names, contact details and
/// the address (search terms, prohibition-register match keys) is rewritten when the person is saved.
/// </summary>
public sealed record PersonDetailsChanged(Person Person) : IDomainEvent;
