using HsWorks.Domain.Common;

namespace HsWorks.Domain.Disclosures;

/// <summary>What a partner's API client may do (R6.5).</summary>
public static class PartnerScopes
{
    /// <summary>Read the persons disclosed to the partner, only the categories disclosed.</summary>
    public const string PersonsRead = "persons.read";

    /// <summary>List the disclosures made to the partner (marketing selections handed over).</summary>
    public const string DisclosuresRead = "disclosures.read";

    /// <summary>Submit leads: persons and customers from the partner's register.</summary>
    public const string LeadsWrite = "leads.write";

    public static readonly IReadOnlyList<string> All = [PersonsRead, DisclosuresRead, LeadsWrite];
}

/// <summary>
/// A partner's integration (R6.5): an OAuth 2 client of one recipient with scopes. Its secret is
/// shown once and kept only as a hash; rotating it or revoking the client ends every token issued
/// before (the token carries the client's generation).
/// </summary>
public sealed class ApiClient
{
    private ApiClient()
    {
        Name = ClientId = SecretHash = CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid RecipientId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The public identifier the partner authenticates with.</summary>
    public string ClientId { get; private set; }

    public string SecretHash { get; private set; }

    public List<string> Scopes { get; private set; } = [];

    /// <summary>Raised by every rotation and by revocation: tokens of an older generation are refused.</summary>
    public int Generation { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset? RotatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    public static ApiClient Create(Guid id, Recipient recipient, string name, IReadOnlyCollection<string> scopes, string clientId, string secretHash,
        DateTimeOffset now, string createdBy)
    {
        if (recipient.Type != RecipientType.Partner) throw new DomainRuleException("API clients are for partners.", "recipientId");
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > 200) throw new DomainRuleException("A client's name is 1–200 characters.", "name");
        var unknown = scopes.Where(s => !PartnerScopes.All.Contains(s)).ToList();
        if (scopes.Count == 0 || unknown.Count > 0)
            throw new DomainRuleException($"Scopes are one or more of {string.Join(", ", PartnerScopes.All)}.", "scopes");
        return new ApiClient
        {
            Id = id,
            RecipientId = recipient.Id,
            Name = trimmed,
            ClientId = clientId,
            SecretHash = secretHash,
            Scopes = [.. scopes.Distinct()],
            Generation = 1,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
    }

    public void Rotate(string secretHash, DateTimeOffset now)
    {
        EnsureActive();
        (SecretHash, RotatedAt) = (secretHash, now);
        Generation++;
    }

    public void Revoke(DateTimeOffset now)
    {
        EnsureActive();
        RevokedAt = now;
        Generation++;
    }

    /// <summary>The scopes a token gets: those asked for (all when none are asked), each one granted to the client.</summary>
    public IReadOnlyList<string>? Grant(IReadOnlyCollection<string> asked) =>
        asked.Count == 0 ? Scopes : asked.All(Scopes.Contains) ? [.. asked.Distinct()] : null;

    private void EnsureActive()
    {
        if (!IsActive) throw new DomainRuleException("The client has been revoked.", "id");
    }
}

/// <summary>A lead a partner submitted, by its Idempotency-Key: the same key again answers the same person (R6.5).</summary>
public sealed class LeadSubmission
{
    private LeadSubmission()
    {
        Key = RequestHash = string.Empty;
    }

    public Guid ApiClientId { get; private set; }

    public string Key { get; private set; }

    /// <summary>The same key with another body is refused rather than answered with the first person.</summary>
    public string RequestHash { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid? CustomerId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static LeadSubmission Of(Guid apiClientId, string key, string requestHash, Guid personId, Guid? customerId, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 200) throw new DomainRuleException("An Idempotency-Key is 1–200 characters.", "idempotencyKey");
        return new LeadSubmission { ApiClientId = apiClientId, Key = key, RequestHash = requestHash, PersonId = personId, CustomerId = customerId, At = at };
    }
}
