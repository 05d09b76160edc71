using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Consents;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Consents;

/// <summary>A person's consents: the state in force per purpose and channel, and the whole history (R2.2, R4.7).</summary>
[RequiresPermission(Permission.PersonsRead)]
[Audited("consent.read")]
public sealed record GetConsents(Guid PersonId) : IQuery<ConsentsDto>;

internal sealed class GetConsentsHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<GetConsents, ConsentsDto>
{
    public async ValueTask<ConsentsDto> Handle(GetConsents query, CancellationToken cancellationToken)
    {
        if (!await db.Persons.AnyAsync(p => p.Id == query.PersonId, cancellationToken)) throw new NotFoundException("Person");
        var events = await db.ConsentEvents.AsNoTracking().Where(e => e.PersonId == query.PersonId).ToListAsync(cancellationToken);
        var codes = await db.Purposes.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var ledger = new ConsentLedger(events);
        trail.Person(query.PersonId);
        return new ConsentsDto(
            [.. ledger.Current().Select(s => new ConsentStateDto(codes[s.PurposeId], s.Channel, s.ProductGroupId,
                s.Given ? ConsentAction.Given : ConsentAction.Withdrawn, s.Since, s.Source))],
            [.. ledger.History.Reverse().Select(e => e.ToDto(codes))]);
    }
}
