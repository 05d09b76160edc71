using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Register;

/// <summary>Every published version of the privacy notice, newest first, with who published it.</summary>
[AnySignedInStaff]
public sealed record ListPrivacyNoticeVersions : IQuery<IReadOnlyList<NoticeVersionSummary>>;

internal sealed class ListPrivacyNoticeVersionsHandler(IHsWorksDb db) : IQueryHandler<ListPrivacyNoticeVersions, IReadOnlyList<NoticeVersionSummary>>
{
    public async ValueTask<IReadOnlyList<NoticeVersionSummary>> Handle(ListPrivacyNoticeVersions query, CancellationToken cancellationToken) =>
        await db.PrivacyNoticeVersions.AsNoTracking().OrderByDescending(v => v.Number)
            .Select(v => new NoticeVersionSummary(v.Number, v.PublishedAt, v.PublishedBy)).ToListAsync(cancellationToken);
}
