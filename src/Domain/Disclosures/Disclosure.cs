using HsWorks.Domain.Common;
using HsWorks.Domain.Purposes;

namespace HsWorks.Domain.Disclosures;

/// <summary>How a disclosure was made: by hand (for example to an authority), by handing a marketing selection over, or by a partner reading over the API.</summary>
public enum DisclosureKind
{
    Manual,
    SelectionHandover,
    PartnerRead,
}

/// <summary>
/// One disclosure (R6.3, R6.4): to whom, for what purpose and on what legal basis, which data
/// categories, exactly which persons, when, and which user or integration made it. Append-only.
/// </summary>
public sealed class Disclosure
{
    private Disclosure()
    {
        PurposeCode = MadeBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid RecipientId { get; private set; }

    public DisclosureKind Kind { get; private set; }

    public string PurposeCode { get; private set; }

    public LegalBasis LegalBasis { get; private set; }

    public List<string> DataCategories { get; private set; } = [];

    /// <summary>The statute or decision a disclosure to an authority rests on.</summary>
    public string? LegalReference { get; private set; }

    public Guid? SelectionId { get; private set; }

    public List<Guid> PersonIds { get; private set; } = [];

    public DateTimeOffset At { get; private set; }

    public Guid? MadeByUserId { get; private set; }

    public Guid? MadeByClientId { get; private set; }

    public string MadeBy { get; private set; }

    public static Disclosure Make(Guid id, Recipient recipient, DisclosureKind kind, Purpose purpose, LegalBasis legalBasis,
        IReadOnlyCollection<string> dataCategories, IReadOnlyCollection<Guid> personIds, string? legalReference, DateTimeOffset now,
        Guid? userId, Guid? clientId, string madeBy, Guid? selectionId = null)
    {
        recipient.EnsureTransferAllowed();
        if (personIds.Count == 0) throw new DomainRuleException("A disclosure covers at least one person.", "personIds");
        if (dataCategories.Count == 0) throw new DomainRuleException("Say which data categories are disclosed.", "dataCategories");
        if (recipient.Type == RecipientType.Authority && string.IsNullOrWhiteSpace(legalReference))
            throw new DomainRuleException("A disclosure to an authority names the law or decision it rests on.", "legalReference");
        return new Disclosure
        {
            Id = id,
            RecipientId = recipient.Id,
            Kind = kind,
            PurposeCode = purpose.Code,
            LegalBasis = legalBasis,
            DataCategories = [.. dataCategories.Distinct()],
            LegalReference = string.IsNullOrWhiteSpace(legalReference) ? null : legalReference.Trim(),
            SelectionId = selectionId,
            PersonIds = [.. personIds.Distinct()],
            At = now,
            MadeByUserId = userId,
            MadeByClientId = clientId,
            MadeBy = madeBy,
        };
    }
}

/// <summary>The data categories of a person that a partner can be given over the API, and the fields each one opens.</summary>
public static class PersonDataCategories
{
    /// <summary>Names and language.</summary>
    public const string Basic = "basic";

    /// <summary>The e-mail address.</summary>
    public const string Email = "email";

    /// <summary>Phone and mobile numbers.</summary>
    public const string Phone = "phone";

    /// <summary>Postal address.</summary>
    public const string Address = "address";
}
