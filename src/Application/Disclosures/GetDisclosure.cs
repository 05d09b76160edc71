using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Disclosures;

/// <summary>One disclosure with the persons it covered.</summary>
[RequiresPermission(Permission.DisclosuresRead)]
[Audited("disclosure.read")]
public sealed record GetDisclosure(Guid Id) : IQuery<DisclosureDto>;

internal sealed class GetDisclosureHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<GetDisclosure, DisclosureDto>
{
    public async ValueTask<DisclosureDto> Handle(GetDisclosure query, CancellationToken cancellationToken)
    {
        var found = await db.Disclosures.AsNoTracking().Where(d => d.Id == query.Id)
                .Join(db.Recipients, d => d.RecipientId, r => r.Id, (d, r) => new { Disclosure = d, r.Name })
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Disclosure");
        trail.Persons(found.Disclosure.PersonIds);
        return found.Disclosure.ToDto(found.Name);
    }
}
