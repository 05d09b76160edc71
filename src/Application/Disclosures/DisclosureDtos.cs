using System.ComponentModel.DataAnnotations;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Purposes;
using HsWorks.Domain.Requests;

namespace HsWorks.Application.Disclosures;

/// <summary>kind adequacyDecision, standardContractualClauses or bindingCorporateRules; reference names the decision or contract.</summary>
public sealed record TransferSafeguardDto([property: Required] SafeguardKind? Kind, string Reference);

/// <summary>type partner, processor or authority; country ISO 3166 alpha-2; a webhook URL is HTTPS.</summary>
public sealed record RecipientInput(
    string Name, string? BusinessId, [property: Required] RecipientType? Type, string Country, string? Contact, IReadOnlyList<string>? Purposes,
    IReadOnlyList<string>? DataCategories, string AgreementReference, DateOnly? AgreementDate, TransferSafeguardDto? TransferSafeguard, string? WebhookUrl);

/// <summary>
/// webhookSecret only in the answer that registered the recipient (or added its webhook): it is shown once.
/// version is the ETag an edit sends back in If-Match.
/// </summary>
public sealed record RecipientDto(
    Guid Id, string Name, string? BusinessId, RecipientType Type, string Country, bool InEea, string? Contact, IReadOnlyList<string> Purposes,
    IReadOnlyList<string> DataCategories, string AgreementReference, DateOnly? AgreementDate, TransferSafeguardDto? TransferSafeguard,
    string? WebhookUrl, bool TransferAllowed, DateTimeOffset CreatedAt, string Version, string? WebhookSecret = null);

/// <summary>The recipient's new webhook secret, shown once: after each rotation.</summary>
public sealed record WebhookSecretDto(Guid RecipientId, string WebhookSecret);

/// <summary>One field as it was and as it became (null when empty); webhookSecret is named without values.</summary>
public sealed record RecipientFieldChangeDto(string Field, string? From, string? To);

/// <summary>One entry of a recipient's history: change registered, edited or webhookSecretRotated, by whom and when.</summary>
public sealed record RecipientVersionDto(Guid Id, RecipientChangeKind Change, DateTimeOffset At, string By, IReadOnlyList<RecipientFieldChangeDto> Fields);

/// <summary>
/// A disclosure made by hand, e.g. to an authority: legalReference names the law or decision. restrictionGround: consent, legalClaims,
/// otherPersonsRights or importantPublicInterest — the ground of GDPR Art. 18(2) that allows disclosing a person whose processing is
/// restricted (recorded with the disclosure); without it such a person is refused.
/// </summary>
public sealed record DisclosureInput(
    Guid RecipientId, string Purpose, [property: Required] LegalBasis? LegalBasis, IReadOnlyList<string>? DataCategories, IReadOnlyList<Guid>? PersonIds,
    string? LegalReference, RestrictionGround? RestrictionGround = null);

public sealed record DisclosureDto(
    Guid Id, Guid RecipientId, string RecipientName, DisclosureKind Kind, string Purpose, LegalBasis LegalBasis, IReadOnlyList<string> DataCategories,
    string? LegalReference, Guid? SelectionId, IReadOnlyList<Guid> PersonIds, int PersonCount, DateTimeOffset At, string MadeBy);

public sealed record HandoverInput(Guid RecipientId);

/// <summary>scopes among persons.read, disclosures.read, leads.write.</summary>
public sealed record ApiClientInput(Guid RecipientId, string Name, IReadOnlyList<string> Scopes);

public sealed record ApiClientDto(
    Guid Id, Guid RecipientId, string Name, string ClientId, IReadOnlyList<string> Scopes, bool Active, DateTimeOffset CreatedAt, string CreatedBy,
    DateTimeOffset? RotatedAt, DateTimeOffset? RevokedAt);

/// <summary>The client secret, shown once: after creation and after each rotation.</summary>
public sealed record ApiClientSecretDto(Guid Id, string ClientId, string ClientSecret);

public sealed record RecipientNoticeDto(
    Guid Id, Guid RecipientId, NoticeType Type, Guid PersonId, DateTimeOffset OccurredAt, int Attempts, DateTimeOffset? DeliveredAt,
    DateTimeOffset? AbandonedAt, DateTimeOffset NextAttemptAt, string? LastResult);
