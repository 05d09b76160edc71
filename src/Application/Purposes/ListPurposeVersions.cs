using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Purposes;

/// <summary>Every version a purpose has had, oldest first.</summary>
[RequiresPermission(Permission.PersonsRead)]
public sealed record ListPurposeVersions(Guid PurposeId) : IQuery<IReadOnlyList<PurposeVersionDto>>;

internal sealed class ListPurposeVersionsHandler(IHsWorksDb db) : IQueryHandler<ListPurposeVersions, IReadOnlyList<PurposeVersionDto>>
{
    public async ValueTask<IReadOnlyList<PurposeVersionDto>> Handle(ListPurposeVersions query, CancellationToken cancellationToken) =>
        [.. (await db.PurposeVersions.AsNoTracking().Where(v => v.PurposeId == query.PurposeId).OrderBy(v => v.Version).ToListAsync(cancellationToken))
            .Select(v => new PurposeVersionDto(v.Version, v.NameEn, v.LegalBasis, v.IsMarketing, v.DataCategories, v.ValidFrom, v.ChangedBy, v.LegitimateInterestEn))];
}
