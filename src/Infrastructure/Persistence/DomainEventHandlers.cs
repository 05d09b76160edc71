using HsWorks.Domain.Common;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using HsWorks.Infrastructure.ProhibitionRegisters;
using HsWorks.Infrastructure.Search;

namespace HsWorks.Infrastructure.Persistence;

/// <summary>
/// The one place where domain events are acted on: after the entities that raised them are saved,
/// in the same transaction, so derived data never lags behind or outlives its owner.
/// <list type="bullet">
/// <item><see cref="PersonDetailsChanged"/>: the person's search terms (and those of a consumer customer
/// found by the person's name) and prohibition-register match keys are rewritten, and the keys are
/// matched against the registers in force.</item>
/// <item><see cref="CustomerDetailsChanged"/>: the customer's search terms are rewritten.</item>
/// </list>
/// </summary>
internal static class DomainEventHandlers
{
    public static async Task HandleAsync(HsWorksDbContext db, IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        var persons = events.OfType<PersonDetailsChanged>().Select(e => e.Person).Distinct().ToList();
        var customers = events.OfType<CustomerDetailsChanged>().Select(e => e.Customer).Distinct().ToList();
        await SearchIndexer.ReindexAsync(db, persons, customers, cancellationToken);
        await PersonMatchKeys.RewriteAsync(db, persons, cancellationToken);
    }
}
