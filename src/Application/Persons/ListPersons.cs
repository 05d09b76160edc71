using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Persons;

/// <summary>Pages through persons, optionally by a first or last name prefix. The persons shown are audited.</summary>
[RequiresPermission(Permission.PersonsRead)]
[Audited("person.list")]
public sealed record ListPersons(string? Q, int? Page, int? PageSize) : IQuery<PagedResult<PersonSummary>>;

internal sealed class ListPersonsValidator : AbstractValidator<ListPersons>
{
    public ListPersonsValidator() => RuleFor(x => x.Q).MaximumLength(ValueObjectRules.MaxFilterLength);
}

internal sealed class ListPersonsHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail) : IQueryHandler<ListPersons, PagedResult<PersonSummary>>
{
    public async ValueTask<PagedResult<PersonSummary>> Handle(ListPersons query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var persons = db.Persons.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var prefix = query.Q.Trim().ToLower();
            persons = persons.Where(p => p.LastName.ToLower().StartsWith(prefix) || p.FirstName.ToLower().StartsWith(prefix));
        }
        var rows = await persons.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.Email, p.Phone, City = p.Address == null ? null : p.Address.City,
                Protected = p.NonDisclosure || p.NonDisclosureClaimPending })
            .ToPageAsync(page, pageSize, cancellationToken);
        trail.Persons(rows.Items.Select(r => r.Id));
        return new PagedResult<PersonSummary>(
            [.. rows.Items.Select(r => ProtectedAddress.HiddenFrom(currentUser, r.Protected)
                ? new PersonSummary(r.Id, r.FirstName, r.LastName, null, r.Phone?.ToFinnishFormat(), null)
                : new PersonSummary(r.Id, r.FirstName, r.LastName, r.Email?.Value, r.Phone?.ToFinnishFormat(), r.City))],
            rows.Page, rows.PageSize, rows.TotalCount);
    }
}
