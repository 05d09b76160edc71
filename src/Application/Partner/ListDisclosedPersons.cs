using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Disclosures;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Partner;

/// <summary>The persons disclosed to the calling partner that a current basis still covers, only the fields it covers; the read is recorded as a disclosure.</summary>
[RequiresScope(PartnerScopes.PersonsRead)]
[Audited("partner.persons.list")]
public sealed record ListDisclosedPersons(int? Page, int? PageSize) : IQuery<PagedResult<PartnerPersonDto>>;

internal sealed class ListDisclosedPersonsHandler(IHsWorksDb db, IMarketingSelections selections, ICurrentUser caller, AuditTrail trail, TimeProvider clock)
    : IQueryHandler<ListDisclosedPersons, PagedResult<PartnerPersonDto>>
{
    public async ValueTask<PagedResult<PartnerPersonDto>> Handle(ListDisclosedPersons query, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Normalise(query.Page, query.PageSize);
        var recipient = await db.Recipients.AsNoTracking().SingleAsync(r => r.Id == caller.RecipientId, cancellationToken);
        var servable = await DisclosedPersons.ServableAsync(db, selections, recipient.Id, null, clock.GetUtcNow(), cancellationToken);
        var ids = servable.Keys.Order().Skip((page - 1) * size).Take(size).ToList();
        var persons = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var items = persons.OrderBy(p => p.Id).Select(p => p.ToPartnerDto(servable[p.Id].Fields)).ToList();
        if (items.Count > 0)
        {
            await DisclosedPersons.RecordReadAsync(db, recipient, items.Select(i => (i.Id, servable[i.Id])), caller, clock.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        trail.Persons(items.Select(i => i.Id)).Changed([$"recipient:{recipient.Id}"]);
        return new PagedResult<PartnerPersonDto>(items, page, size, servable.Count);
    }
}
