using HsWorks.Domain.Common;
using HsWorks.Domain.Persons;

namespace HsWorks.Domain.Disclosures;

/// <summary>Who a recipient is (R6.1): a partner, a processor working for us, or an authority.</summary>
public enum RecipientType
{
    Partner,
    Processor,
    Authority,
}

/// <summary>What makes a transfer outside the EU/EEA lawful (GDPR chapter V).</summary>
public enum SafeguardKind
{
    AdequacyDecision,
    StandardContractualClauses,
    BindingCorporateRules,
}

public sealed record TransferSafeguard(SafeguardKind Kind, string Reference);

/// <summary>The EU and EEA member states; membership decides whether a transfer needs a safeguard.</summary>
public static class EuropeanEconomicArea
{
    public static readonly IReadOnlySet<string> Members = new HashSet<string>(
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO",
        "SK", "SI", "ES", "SE", "IS", "LI", "NO",
        // Parts of member states with their own ISO codes: Åland and the EU's outermost regions.
        "AX", "GF", "GP", "MQ", "RE", "YT", "MF",
    ]);

    public static bool Contains(CountryCode country) => Members.Contains(country.Value);
}

/// <summary>
/// Someone personal data goes to (R6.1): name, business id, type, country, what for and which
/// data, the agreement (contract or data-processing agreement) and, outside the EU/EEA, the
/// transfer safeguard. A webhook address receives notices of rectification, erasure, restriction,
/// withdrawn consents and objections of persons it received (GDPR Art. 19).
/// </summary>
public sealed class Recipient
{
    public const int MaxNameLength = 200;

    private Recipient()
    {
        Name = AgreementReference = CreatedBy = string.Empty;
        Country = CountryCode.Finland;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string? BusinessId { get; private set; }

    public RecipientType Type { get; private set; }

    public CountryCode Country { get; private set; }

    public string? Contact { get; private set; }

    /// <summary>Purpose codes the recipient receives data for.</summary>
    public List<string> Purposes { get; private set; } = [];

    public List<string> DataCategories { get; private set; } = [];

    public string AgreementReference { get; private set; }

    public DateOnly? AgreementDate { get; private set; }

    public TransferSafeguard? Safeguard { get; private set; }

    public Uri? WebhookUrl { get; private set; }

    /// <summary>Signs the webhook notices (HMAC-SHA256); shown once when the recipient is registered.</summary>
    public string? WebhookSecret { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public bool InEea => EuropeanEconomicArea.Contains(Country);

    /// <summary>Row version for optimistic concurrency (the ETag).</summary>
    public uint Version { get; private set; }

    public static Recipient Register(Guid id, string name, string? businessId, RecipientType type, CountryCode country, string? contact,
        IReadOnlyCollection<string> purposes, IReadOnlyCollection<string> dataCategories, string agreementReference, DateOnly? agreementDate,
        TransferSafeguard? safeguard, Uri? webhookUrl, string? webhookSecret, DateTimeOffset now, string createdBy)
    {
        var recipient = new Recipient { Id = id, CreatedAt = now, CreatedBy = createdBy };
        recipient.Set(name, businessId, type, country, contact, purposes, dataCategories, agreementReference, agreementDate, safeguard, webhookUrl,
            webhookSecret);
        return recipient;
    }

    /// <summary>
    /// Edits the recipient and answers what changed, for its history. A webhook added where there
    /// was none needs <paramref name="newWebhookSecret"/>; a changed address keeps the secret the
    /// recipient already verifies with; a removed one drops it.
    /// </summary>
    public IReadOnlyList<RecipientFieldChange> Update(string name, string? businessId, RecipientType type, CountryCode country, string? contact,
        IReadOnlyCollection<string> purposes, IReadOnlyCollection<string> dataCategories, string agreementReference, DateOnly? agreementDate,
        TransferSafeguard? safeguard, Uri? webhookUrl, string? newWebhookSecret)
    {
        var before = Snapshot();
        var hadSecret = WebhookSecret is not null;
        Set(name, businessId, type, country, contact, purposes, dataCategories, agreementReference, agreementDate, safeguard, webhookUrl,
            WebhookSecret ?? newWebhookSecret);
        var after = Snapshot();
        var changes = before.Where(b => after[b.Key] != b.Value).Select(b => new RecipientFieldChange(b.Key, b.Value, after[b.Key])).ToList();
        if (hadSecret != (WebhookSecret is not null)) changes.Add(new RecipientFieldChange(SecretField, null, null));
        return changes;
    }

    /// <summary>A new signing secret; the old one stops signing at once.</summary>
    public IReadOnlyList<RecipientFieldChange> RotateWebhookSecret(string secret)
    {
        if (WebhookUrl is null) throw new DomainRuleException("The recipient has no webhook, so it has no secret to rotate.", "webhookUrl");
        if (string.IsNullOrEmpty(secret)) throw new DomainRuleException("A webhook needs a secret.", "webhookUrl");
        WebhookSecret = secret;
        return [new RecipientFieldChange(SecretField, null, null)];
    }

    /// <summary>The fields as the history shows them (every field but the secret, which is only ever named).</summary>
    public IReadOnlyList<RecipientFieldChange> Fields() =>
        [.. Snapshot().Where(f => f.Value is not null).Select(f => new RecipientFieldChange(f.Key, null, f.Value))];

    private const string SecretField = "webhookSecret";

    private void Set(string name, string? businessId, RecipientType type, CountryCode country, string? contact, IReadOnlyCollection<string> purposes,
        IReadOnlyCollection<string> dataCategories, string agreementReference, DateOnly? agreementDate, TransferSafeguard? safeguard, Uri? webhookUrl,
        string? webhookSecret)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxNameLength) throw new DomainRuleException($"A recipient's name is 1–{MaxNameLength} characters.", "name");
        if (string.IsNullOrWhiteSpace(agreementReference))
            throw new DomainRuleException("Data goes only to recipients with an agreement: give its reference.", "agreementReference");
        if (webhookUrl is not null && webhookUrl.Scheme != Uri.UriSchemeHttps && !webhookUrl.IsLoopback)
            throw new DomainRuleException("Webhooks are delivered over HTTPS only.", "webhookUrl");
        Name = trimmed;
        BusinessId = businessId;
        Type = type;
        Country = country;
        Contact = string.IsNullOrWhiteSpace(contact) ? null : contact.Trim();
        Purposes = [.. purposes.Distinct()];
        DataCategories = [.. dataCategories.Distinct()];
        AgreementReference = agreementReference.Trim();
        AgreementDate = agreementDate;
        Safeguard = safeguard;
        WebhookUrl = webhookUrl;
        WebhookSecret = webhookUrl is null ? null : webhookSecret ?? throw new DomainRuleException("A webhook needs a secret.", "webhookUrl");
    }

    private Dictionary<string, string?> Snapshot() => new()
    {
        ["name"] = Name,
        ["businessId"] = BusinessId,
        ["type"] = CamelCase(Type.ToString()),
        ["country"] = Country.Value,
        ["contact"] = Contact,
        ["purposes"] = Purposes.Count == 0 ? null : string.Join(", ", Purposes),
        ["dataCategories"] = DataCategories.Count == 0 ? null : string.Join(", ", DataCategories),
        ["agreementReference"] = AgreementReference,
        ["agreementDate"] = AgreementDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["transferSafeguard"] = Safeguard is { } s ? $"{CamelCase(s.Kind.ToString())}: {s.Reference}" : null,
        ["webhookUrl"] = WebhookUrl?.ToString(),
    };

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>The one transfer rule (GDPR Art. 44–46): inside the EU/EEA, or outside it with a recorded safeguard.</summary>
    public bool TransferAllowed => InEea || Safeguard is not null;

    /// <summary>Refuses a disclosure this recipient may not get (<see cref="TransferAllowed"/>).</summary>
    public void EnsureTransferAllowed()
    {
        if (!TransferAllowed)
            throw new DisclosureRefusedException(
                $"{Name} is in {Country.Value}, outside the EU/EEA, and has no recorded transfer safeguard (adequacy decision, standard contractual clauses or binding corporate rules).",
                "recipientId");
    }
}

/// <summary>A disclosure the rules do not allow; nothing is disclosed and nothing is recorded.</summary>
/// <summary>One field of a recipient as it was and as it became; the webhook secret is only ever named, never shown.</summary>
public sealed record RecipientFieldChange(string Field, string? From, string? To);

/// <summary>What a version in a recipient's history did.</summary>
public enum RecipientChangeKind
{
    Registered,
    Edited,
    WebhookSecretRotated,
}

/// <summary>One entry of a recipient's append-only history: who changed what, and when.</summary>
public sealed class RecipientVersion
{
    private RecipientVersion()
    {
        By = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid RecipientId { get; private set; }

    public RecipientChangeKind Change { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; }

    public List<RecipientFieldChange> Fields { get; private set; } = [];

    public static RecipientVersion Of(Guid id, Guid recipientId, RecipientChangeKind change, IReadOnlyList<RecipientFieldChange> fields,
        DateTimeOffset at, string by) =>
        new() { Id = id, RecipientId = recipientId, Change = change, Fields = [.. fields], At = at, By = by };
}

public sealed class DisclosureRefusedException(string message, string field) : DomainRuleException(message, field);
