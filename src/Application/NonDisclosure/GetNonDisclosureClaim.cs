using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.NonDisclosure;

/// <summary>One claim of the non-disclosure marking, open or decided.</summary>
[RequiresPermission(Permission.NonDisclosureManage)]
[Audited("nonDisclosure.claims.read")]
public sealed record GetNonDisclosureClaim(Guid Id) : IQuery<NonDisclosureClaimDto>;

internal sealed class GetNonDisclosureClaimHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<GetNonDisclosureClaim, NonDisclosureClaimDto>
{
    public async ValueTask<NonDisclosureClaimDto> Handle(GetNonDisclosureClaim query, CancellationToken cancellationToken)
    {
        var claim = await db.NonDisclosureClaims.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Claim");
        var person = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == claim.PersonId, cancellationToken);
        trail.Person(claim.PersonId);
        return claim.ToDto(person);
    }
}
