using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Disclosures;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Disclosures;

/// <summary>
/// GDPR Art. 19: every recipient that ever received a person's data hears of their withdrawn
/// consents, objections, rectification, erasure and restriction. The notices are added to the
/// outbox in the caller's transaction, so they exist exactly when the change does.
/// </summary>
public static class RecipientNotices
{
    public static async Task AddAsync(IHsWorksDb db, Guid personId, NoticeType type, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Recipients without a webhook get a notice too: it is the record that they must be told by other means.
        var recipients = await db.Disclosures.AsNoTracking().Where(d => d.PersonIds.Contains(personId)).Select(d => d.RecipientId).Distinct()
            .ToListAsync(cancellationToken);
        foreach (var recipientId in recipients) db.RecipientNotices.Add(RecipientNotice.Of(Guid.CreateVersion7(), recipientId, type, personId, now));
    }
}
