using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Purposes;

namespace HsWorks.Application.Disclosures;

internal static class DisclosureMapping
{
    public static RecipientDto ToDto(this Recipient r, string? webhookSecret = null) =>
        new(r.Id, r.Name, r.BusinessId, r.Type, r.Country.Value, r.InEea, r.Contact, r.Purposes, r.DataCategories,
            r.AgreementReference, r.AgreementDate,
            r.Safeguard is { } s ? new TransferSafeguardDto(s.Kind, s.Reference) : null,
            r.WebhookUrl?.ToString(), r.TransferAllowed, r.CreatedAt,
            r.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), webhookSecret);

    public static DisclosureDto ToDto(this Disclosure d, string recipientName) =>
        new(d.Id, d.RecipientId, recipientName, d.Kind, d.PurposeCode, d.LegalBasis, d.DataCategories,
            d.LegalReference, d.SelectionId, d.PersonIds, d.PersonIds.Count, d.At, d.MadeBy);

    public static ApiClientDto ToDto(this ApiClient c) =>
        new(c.Id, c.RecipientId, c.Name, c.ClientId, c.Scopes, c.IsActive, c.CreatedAt, c.CreatedBy, c.RotatedAt, c.RevokedAt);

    public static RecipientNoticeDto ToDto(this RecipientNotice n) =>
        new(n.Id, n.RecipientId, n.Type, n.PersonId, n.OccurredAt, n.Attempts, n.DeliveredAt, n.AbandonedAt, n.NextAttemptAt,
            n.LastResult);
}
