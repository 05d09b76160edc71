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
/// longer be given (non-disclosure marking, excluded from partner marketing). The read is recorded as a disclosure.
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
        var disclosed = await DisclosedPersons.StillDisclosableAsync(db, selections,
            await DisclosedPersons.ForRecipientAsync(db, recipient.Id, query.Id, cancellationToken), clock.GetUtcNow(), cancellationToken);
        if (!disclosed.TryGetValue(query.Id, out var found)) throw new NotFoundException("Person");
        var person = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken) ?? throw new NotFoundException("Person");
        var dto = person.ToPartnerDto(found.Categories);
        var purposes = await db.Purposes.AsNoTracking().ToDictionaryAsync(p => p.Code, cancellationToken);
        DisclosedPersons.RecordRead(db, recipient, [(person.Id, found.Latest, dto.Categories)], purposes, caller, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        trail.Person(person.Id).Changed([$"recipient:{recipient.Id}"]);
        return dto;
    }
}
