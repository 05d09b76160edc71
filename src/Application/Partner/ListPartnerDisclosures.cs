using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Disclosures;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Partner;

/// <summary>What has been disclosed to the calling partner (handed-over selections and manual disclosures), newest first.</summary>
[RequiresScope(PartnerScopes.DisclosuresRead)]
[Audited("partner.disclosures.list")]
public sealed record ListPartnerDisclosures : IQuery<IReadOnlyList<PartnerDisclosureDto>>;

internal sealed class ListPartnerDisclosuresHandler(IHsWorksDb db, ICurrentUser caller) : IQueryHandler<ListPartnerDisclosures, IReadOnlyList<PartnerDisclosureDto>>
{
    public async ValueTask<IReadOnlyList<PartnerDisclosureDto>> Handle(ListPartnerDisclosures query, CancellationToken cancellationToken) =>
    [
        .. (await db.Disclosures.AsNoTracking().Where(d => d.RecipientId == caller.RecipientId && d.Kind != DisclosureKind.PartnerRead)
                .OrderByDescending(d => d.At).Take(500).ToListAsync(cancellationToken))
            .Select(d => new PartnerDisclosureDto(d.Id, d.Kind, d.PurposeCode, d.DataCategories, d.PersonIds.Count, d.At)),
    ];
}
