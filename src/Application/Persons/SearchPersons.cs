using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HsWorks.Application.Persons;

public sealed record SearchResultItem(SearchHitKind Kind, Guid Id, string DisplayName, string? Detail, long? CustomerNumber);

public sealed record SearchResults(IReadOnlyList<SearchResultItem> Items, int Page, int PageSize, bool HasMore);

/// <summary>
/// The helpdesk's typeahead: persons and customers by name fragment (typo-tolerant), e-mail,
/// phone in any common format, customer number or business id. The persons and customers shown are audited. Read-only queries
/// (a standby when one is configured): a person saved a moment ago may be found a moment later.
/// </summary>
[RequiresPermission(Permission.Search)]
[Audited("search")]
public sealed record SearchPersons(string Q, int? Page, int? PageSize) : IQuery<SearchResults>;

internal sealed class SearchPersonsValidator : AbstractValidator<SearchPersons>
{
    public SearchPersonsValidator() => RuleFor(x => x.Q).NotEmpty().MaximumLength(ValueObjectRules.MaxFilterLength);
}

internal sealed class SearchPersonsHandler([FromKeyedServices(ReadOnlyQueries.Key)] IHsWorksDb db, ISearchIndex index, ICurrentUser currentUser, AuditTrail trail) : IQueryHandler<SearchPersons, SearchResults>
{
    public async ValueTask<SearchResults> Handle(SearchPersons query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize ?? 10);
        var hits = await index.FindAsync(query.Q, (page - 1) * pageSize, pageSize + 1, cancellationToken);
        var shown = hits.Take(pageSize).ToList();

        var personIds = shown.Where(h => h.Kind == SearchHitKind.Person).Select(h => h.Id).ToList();
        var customerIds = shown.Where(h => h.Kind == SearchHitKind.Customer).Select(h => h.Id).ToList();
        // A page of hits is mostly of one kind: a kind with no hit costs no round trip.
        var persons = personIds.Count == 0 ? [] : await db.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new PersonShown(p.Id, p.FirstName, p.LastName, p.Email, p.Address == null ? null : p.Address.City,
                p.NonDisclosure || p.NonDisclosureClaimPending))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var customers = customerIds.Count == 0 ? [] : await (
                from c in db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id))
                from p in db.Persons.Where(p => p.Id == c.PersonId).DefaultIfEmpty()
                select new CustomerShown(c.Id, c.PersonId, c.CustomerNumber, c.Name, p!.FirstName, p.LastName, c.BusinessId))
            .ToDictionaryAsync(c => c.Id, cancellationToken);

        var items = new List<SearchResultItem>(shown.Count);
        foreach (var hit in shown)
        {
            if (hit.Kind == SearchHitKind.Person && persons.TryGetValue(hit.Id, out var p))
                items.Add(new SearchResultItem(SearchHitKind.Person, p.Id, Person.FullNameOf(p.FirstName, p.LastName),
                    ProtectedAddress.HiddenFrom(currentUser, p.Protected)
                        ? null
                        : string.Join(" · ", new[] { p.City, p.Email?.Value }.Where(s => !string.IsNullOrEmpty(s))), null));
            else if (hit.Kind == SearchHitKind.Customer && customers.TryGetValue(hit.Id, out var c))
                items.Add(new SearchResultItem(SearchHitKind.Customer, c.Id, Customer.DisplayName(c.Name, c.FirstName, c.LastName),
                    c.BusinessId is null ? $"#{c.CustomerNumber}" : $"#{c.CustomerNumber} · {c.BusinessId.Value}", c.CustomerNumber));
        }
        // A consumer customer's name is its person's: showing it is a read of that person.
        trail.Persons(persons.Keys).Persons(customers.Values.Where(c => c.PersonId != null).Select(c => c.PersonId!.Value)).Customers(customers.Keys);
        return new SearchResults(items, page, pageSize, hits.Count > pageSize);
    }

    private sealed record PersonShown(Guid Id, string FirstName, string LastName, Email? Email, string? City, bool Protected);

    private sealed record CustomerShown(Guid Id, Guid? PersonId, long CustomerNumber, string? Name, string? FirstName, string? LastName, BusinessId? BusinessId);
}
