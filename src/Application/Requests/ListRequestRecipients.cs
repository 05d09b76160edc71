using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// The recipients to tell of a rectification, erasure or restriction (GDPR Art. 19): every recipient in the disclosure records of the
/// request's persons — manual disclosures (processors and authorities too), handed-over selections, partner reads — and how each was
/// told: the webhook notices of the request's kind since it arrived (sent, delivered, failed) and the notices recorded by hand. The
/// list the person is given on request.
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.recipients")]
public sealed record ListRequestRecipients(Guid Id) : IQuery<IReadOnlyList<RequestRecipientDto>>;

internal sealed class ListRequestRecipientsHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<ListRequestRecipients, IReadOnlyList<RequestRecipientDto>>
{
    public async ValueTask<IReadOnlyList<RequestRecipientDto>> Handle(ListRequestRecipients query, CancellationToken cancellationToken)
    {
        var request = await db.DataSubjectRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Request");
        trail.Persons(request.PersonIds).Changed([$"request:{request.Id}"]);
        if (!DataSubjectRequest.ConcernsDisclosedData(request.Type))
            throw new ConflictException("Only a rectification, erasure or restriction request has recipients to tell.", "type");
        return await RecipientsToTell.OfAsync(db, request, cancellationToken);
    }
}

/// <summary>Who received the persons of a request, and how each was told: read by the list and by a manual notice (which must name one of them).</summary>
internal static class RecipientsToTell
{
    /// <summary>The webhook notice a request of each kind sends.</summary>
    public static NoticeType? NoticeOf(RequestType type) => type switch
    {
        RequestType.Rectification => NoticeType.PersonRectified,
        RequestType.Erasure => NoticeType.PersonErased,
        RequestType.Restriction => NoticeType.ProcessingRestricted,
        _ => null,
    };

    public static async Task<IReadOnlyList<RequestRecipientDto>> OfAsync(IHsWorksDb db, DataSubjectRequest request, CancellationToken cancellationToken)
    {
        var personIds = request.PersonIds;
        var disclosures = await db.Disclosures.AsNoTracking().Where(d => d.PersonIds.Any(p => personIds.Contains(p)))
            .Select(d => new { d.RecipientId, d.Kind, d.PersonIds, d.At }).ToListAsync(cancellationToken);
        if (disclosures.Count == 0) return [];
        var recipientIds = disclosures.Select(d => d.RecipientId).Distinct().ToList();
        var recipients = await db.Recipients.AsNoTracking().Where(r => recipientIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var noticeType = NoticeOf(request.Type);
        var notices = await db.RecipientNotices.AsNoTracking()
            .Where(n => recipientIds.Contains(n.RecipientId) && personIds.Contains(n.PersonId) && n.Type == noticeType && n.OccurredAt >= request.ReceivedAt)
            .OrderBy(n => n.OccurredAt).ToListAsync(cancellationToken);
        var manual = await db.ManualRecipientNotices.AsNoTracking().Where(n => n.RequestId == request.Id).OrderBy(n => n.ToldAt)
            .ToListAsync(cancellationToken);

        return [.. disclosures.GroupBy(d => d.RecipientId)
            .Select(g =>
            {
                var recipient = recipients[g.Key];
                var webhook = notices.Where(n => n.RecipientId == g.Key).Select(n => n.ToDto()).ToList();
                var byHand = manual.Where(n => n.RecipientId == g.Key).Select(n => n.ToDto()).ToList();
                return new RequestRecipientDto(recipient.Id, recipient.Name, recipient.Type, recipient.Country.Value, recipient.WebhookUrl is not null,
                    [.. g.Select(d => d.Kind).Distinct().Order()], [.. g.SelectMany(d => d.PersonIds).Where(personIds.Contains).Distinct()], g.Count(),
                    g.Min(d => d.At), g.Max(d => d.At), webhook.Any(n => n.Delivery == WebhookDelivery.Delivered) || byHand.Count > 0, webhook, byHand);
            })
            .OrderBy(r => r.Name, StringComparer.CurrentCulture)];
    }
}
