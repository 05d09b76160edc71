using HsWorks.Domain.Common;
using HsWorks.Domain.Subjects;

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

    public static Recipient Register(Guid id, string name, string? businessId, RecipientType type, CountryCode country, string? contact,
        IReadOnlyCollection<string> purposes, IReadOnlyCollection<string> dataCategories, string agreementReference, DateOnly? agreementDate,
        TransferSafeguard? safeguard, Uri? webhookUrl, string? webhookSecret, DateTimeOffset now, string createdBy)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxNameLength) throw new DomainRuleException($"A recipient's name is 1–{MaxNameLength} characters.", "name");
        if (string.IsNullOrWhiteSpace(agreementReference))
            throw new DomainRuleException("Data goes only to recipients with an agreement: give its reference.", "agreementReference");
        if (webhookUrl is not null && webhookUrl.Scheme != Uri.UriSchemeHttps && !webhookUrl.IsLoopback)
            throw new DomainRuleException("Webhooks are delivered over HTTPS only.", "webhookUrl");
        return new Recipient
        {
            Id = id,
            Name = trimmed,
            BusinessId = businessId,
            Type = type,
            Country = country,
            Contact = string.IsNullOrWhiteSpace(contact) ? null : contact.Trim(),
            Purposes = [.. purposes.Distinct()],
            DataCategories = [.. dataCategories.Distinct()],
            AgreementReference = agreementReference.Trim(),
            AgreementDate = agreementDate,
            Safeguard = safeguard,
            WebhookUrl = webhookUrl,
            WebhookSecret = webhookUrl is null ? null : webhookSecret ?? throw new DomainRuleException("A webhook needs a secret.", "webhookUrl"),
            CreatedAt = now,
            CreatedBy = createdBy,
        };
    }

    /// <summary>
    /// Refuses a disclosure this recipient may not get: outside the EU/EEA only with a recorded
    /// safeguard (GDPR Art. 44–46).
    /// </summary>
    public void EnsureTransferAllowed()
    {
        if (!InEea && Safeguard is null)
            throw new DisclosureRefusedException(
                $"{Name} is in {Country.Value}, outside the EU/EEA, and has no recorded transfer safeguard (adequacy decision, standard contractual clauses or binding corporate rules).",
                "recipientId");
    }
}

/// <summary>A disclosure the rules do not allow; nothing is disclosed and nothing is recorded.</summary>
public sealed class DisclosureRefusedException(string message, string field) : DomainRuleException(message, field);
