using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.NonDisclosure;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.NonDisclosure;

/// <summary>Claims of the non-disclosure marking for DataProtectionOfficer: the open ones oldest first, or with decided=true the decided ones newest first.</summary>
[RequiresPermission(Permission.NonDisclosureManage)]
[Audited("nonDisclosure.claims.list")]
public sealed record ListNonDisclosureClaims(bool? Decided, Guid? PersonId, int? Page, int? PageSize) : IQuery<PagedResult<NonDisclosureClaimDto>>;

internal sealed class ListNonDisclosureClaimsHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<ListNonDisclosureClaims, PagedResult<NonDisclosureClaimDto>>
{
    public async ValueTask<PagedResult<NonDisclosureClaimDto>> Handle(ListNonDisclosureClaims query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var decided = query.Decided ?? false;
        var claims = db.NonDisclosureClaims.AsNoTracking().Where(c => (c.Outcome != null) == decided);
        if (query.PersonId is { } personId) claims = claims.Where(c => c.PersonId == personId);
        var rows = claims.Join(db.Persons, c => c.PersonId, p => p.Id, (c, p) => new { Claim = c, p.FirstName, p.LastName });
        var ordered = decided
            ? rows.OrderByDescending(r => r.Claim.DecidedAt).ThenBy(r => r.Claim.Id)
            : rows.OrderBy(r => r.Claim.ClaimedAt).ThenBy(r => r.Claim.Id);
        var found = await ordered.ToPageAsync(page, pageSize, cancellationToken);
        trail.Persons(found.Items.Select(r => r.Claim.PersonId).Distinct());
        return new PagedResult<NonDisclosureClaimDto>([.. found.Items.Select(r => r.Claim.ToDto(Person.FullNameOf(r.FirstName, r.LastName)))],
            found.Page, found.PageSize, found.TotalCount);
    }
}

internal static class NonDisclosureClaimMapping
{
    public static NonDisclosureClaimDto ToDto(this NonDisclosureClaim c, Person person) => c.ToDto(person.FullName);

    public static NonDisclosureClaimDto ToDto(this NonDisclosureClaim c, string personName) => new(
        c.Id, c.PersonId, personName, c.Origin, c.Note, c.ClaimedAt, c.ClaimedBy,
        c.Outcome, c.DecisionNote, c.DecidedAt, c.DecidedBy);
}
