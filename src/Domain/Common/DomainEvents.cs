namespace HsWorks.Domain.Common;

/// <summary>Something that happened to an entity that other parts of the system act on.</summary>
public interface IDomainEvent;

/// <summary>An entity that records what happened to it until the unit of work that saves it has handled that.</summary>
public interface IHasDomainEvents
{
    IReadOnlyList<IDomainEvent> DomainEvents { get; }

    void ClearDomainEvents();
}
