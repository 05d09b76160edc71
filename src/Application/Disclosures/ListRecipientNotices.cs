using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Disclosures;

/// <summary>The notices sent, being retried or given up for a recipient (GDPR Art. 19), newest first.</summary>
[RequiresPermission(Permission.DisclosuresRead)]
public sealed record ListRecipientNotices(Guid RecipientId) : IQuery<IReadOnlyList<RecipientNoticeDto>>;

internal sealed class ListRecipientNoticesHandler(IHsWorksDb db) : IQueryHandler<ListRecipientNotices, IReadOnlyList<RecipientNoticeDto>>
{
    public async ValueTask<IReadOnlyList<RecipientNoticeDto>> Handle(ListRecipientNotices query, CancellationToken cancellationToken) =>
        [.. (await db.RecipientNotices.AsNoTracking().Where(n => n.RecipientId == query.RecipientId).OrderByDescending(n => n.OccurredAt).Take(500)
            .ToListAsync(cancellationToken)).Select(n => n.ToDto())];
}
