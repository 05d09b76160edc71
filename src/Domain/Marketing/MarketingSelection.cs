using HsWorks.Domain.Common;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Purposes;

namespace HsWorks.Domain.Marketing;

/// <summary>
/// Whom a selection looks for (R6.2). Every criterion is optional; several values in one list mean
/// any of them; different criteria must all hold.
/// </summary>
public sealed record SelectionCriteria(
    IReadOnlyList<Guid> ProductGroupIds,
    IReadOnlyList<string> Interests,
    IReadOnlyList<Language> Languages,
    IReadOnlyList<string> PostalCodePrefixes,
    CustomerType? CustomerType,
    DateOnly? PurchasedFrom,
    DateOnly? PurchasedTo)
{
    public static readonly SelectionCriteria Everyone = new([], [], [], [], null, null, null);
}

/// <summary>
/// A direct-marketing selection: criteria, the marketing purpose it serves (own or a partner's) and
/// the one channel it uses. Who qualifies is decided by <see cref="MarketingEligibility"/> when it is
/// previewed or exported, never stored with the selection.
/// </summary>
public sealed class MarketingSelection
{
    public const int MaxNameLength = 200;

    private MarketingSelection()
    {
        Name = CreatedBy = string.Empty;
        Criteria = SelectionCriteria.Everyone;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public Guid PurposeId { get; private set; }

    public MarketingPurpose MarketingPurpose { get; private set; }

    public Channel Channel { get; private set; }

    public SelectionCriteria Criteria { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public static MarketingSelection Create(Guid id, string name, Purpose purpose, Channel channel, SelectionCriteria criteria, DateTimeOffset now,
        string createdBy)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxNameLength) throw new DomainRuleException($"A selection's name is 1–{MaxNameLength} characters.", "name");
        if (!purpose.IsMarketing) throw new DomainRuleException($"The purpose {purpose.Code} is not a marketing purpose.", "purpose");
        if (channel == Channel.All) throw new DomainRuleException("A selection uses one channel: email, sms, phone or post.", "channel");
        if (criteria.PurchasedFrom > criteria.PurchasedTo)
            throw new DomainRuleException("The purchase period ends before it starts.", "criteria.purchasedTo");
        return new MarketingSelection
        {
            Id = id,
            Name = trimmed,
            PurposeId = purpose.Id,
            MarketingPurpose = purpose.Code == Purpose.PartnerMarketingCode ? MarketingPurpose.Partner : MarketingPurpose.Own,
            Channel = channel,
            Criteria = criteria,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
    }

    /// <summary>What the exclusion rules are asked for this selection.</summary>
    public MarketingRequest Request => new(MarketingPurpose, Channel, PurposeId, Criteria.ProductGroupIds);
}

/// <summary>
/// One export of a selection (R6.3): the criteria as they were, the exact persons it held, who ran
/// it and when — so an access report can say "your details were used in this selection".
/// </summary>
public sealed class SelectionExport
{
    private SelectionExport()
    {
        ExportedBy = string.Empty;
        Criteria = SelectionCriteria.Everyone;
    }

    public Guid Id { get; private set; }

    public Guid SelectionId { get; private set; }

    public Guid PurposeId { get; private set; }

    public Channel Channel { get; private set; }

    public SelectionCriteria Criteria { get; private set; }

    /// <summary>How many persons the recorded list holds; written in the same statement as the list.</summary>
    public long PersonCount { get; private set; }

    public DateTimeOffset ExportedAt { get; private set; }

    public Guid? ExportedByUserId { get; private set; }

    public string ExportedBy { get; private set; }

    public static SelectionExport Record(Guid id, MarketingSelection selection, DateTimeOffset now, Guid? userId, string username) =>
        new()
        {
            Id = id,
            SelectionId = selection.Id,
            PurposeId = selection.PurposeId,
            Channel = selection.Channel,
            Criteria = selection.Criteria,
            ExportedAt = now,
            ExportedByUserId = userId,
            ExportedBy = username,
        };
}
