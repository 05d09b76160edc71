using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Disclosures;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Partner;

/// <summary>
/// One person disclosed to the calling partner. Any other id answers 404, never the data — whether
/// the person exists or not (object-level authorization), and so does a person the partner may no
/// longer be given (no current basis: see <see cref="DisclosedPersons.ServableAsync"/>). The read is recorded as a disclosure.
/// </summary>
[RequiresScope(PartnerScopes.PersonsRead)]
[Audited("partner.persons.read")]
public sealed record GetDisclosedPerson(Guid Id) : IQuery<PartnerPersonDto>;

internal sealed class GetDisclosedPersonHandler(IHsWorksDb db, IMarketingSelections selections, ICurrentUser caller, AuditTrail trail, TimeProvider clock)
    : IQueryHandler<GetDisclosedPerson, PartnerPersonDto>
{
    public async ValueTask<PartnerPersonDto> Handle(GetDisclosedPerson query, CancellationToken cancellationToken)
    {
        var recipient = await db.Recipients.AsNoTracking().SingleAsync(r => r.Id == caller.RecipientId, cancellationToken);
        var servable = await DisclosedPersons.ServableAsync(db, selections, recipient.Id, query.Id, clock.GetUtcNow(), cancellationToken);
        if (!servable.TryGetValue(query.Id, out var served)) throw new NotFoundException("Person");
        var person = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken) ?? throw new NotFoundException("Person");
        var dto = person.ToPartnerDto(served.Fields);
        await DisclosedPersons.RecordReadAsync(db, recipient, [(person.Id, served)], caller, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        trail.Person(person.Id).Changed([$"recipient:{recipient.Id}"]);
        return dto;
    }
}
