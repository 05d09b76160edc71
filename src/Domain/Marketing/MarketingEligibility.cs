using HsWorks.Domain.Consents;
using HsWorks.Domain.ProhibitionRegisters;
using HsWorks.Domain.Prohibitions;
using HsWorks.Domain.Purposes;

namespace HsWorks.Domain.Marketing;

/// <summary>Whom a marketing selection targets: our own marketing or a partner's (R3.2, R6.2).</summary>
public enum MarketingPurpose
{
    Own,
    Partner,
}

/// <summary>Why a person is left out of a marketing selection; the preview counts these.</summary>
public enum ExclusionReason
{
    NonDisclosure,
    Restricted,
    OwnBan,
    PartnerBan,
    ProhibitionRegister,
    NoConsent,
    NoAddress,
}

/// <summary>A purchase as the existing-customer exception needs it.</summary>
public sealed record PurchaseFact(Guid ProductGroupId, bool MarketingOptOutOffered);

/// <summary>Everything the rules need to know about one person, gathered for one selection.</summary>
public sealed record MarketingCandidate(
    Guid PersonId,
    bool IsConsumer,
    bool NonDisclosure,
    bool RestrictedOrObjected,
    bool HasEmail,
    bool HasMobile,
    bool HasPhone,
    bool HasPostalAddress,
    IReadOnlyList<Prohibition> Prohibitions,
    IReadOnlyList<Channel> RegisterMatchChannels,
    ConsentLedger Consents,
    IReadOnlyList<PurchaseFact> Purchases);

/// <summary>The selection being checked: purpose, channel, the consent purpose that applies, and the product groups it markets.</summary>
public sealed record MarketingRequest(MarketingPurpose Purpose, Channel Channel, Guid ConsentPurposeId, IReadOnlyList<Guid> ProductGroupIds);

/// <summary>One named exclusion rule; it is broken when the person must be left out.</summary>
public interface IExclusionRule
{
    ExclusionReason Reason { get; }

    bool IsBroken(MarketingCandidate candidate, MarketingRequest request);
}

/// <summary>The non-disclosure marking (turvakielto), or a pending claim of it (the safe side): never in any selection.</summary>
public sealed class NonDisclosureRule : IExclusionRule
{
    public ExclusionReason Reason => ExclusionReason.NonDisclosure;

    public bool IsBroken(MarketingCandidate c, MarketingRequest r) => c.NonDisclosure;
}

/// <summary>Restriction of processing or a pending objection (data-subject rights), or death.</summary>
public sealed class RestrictionRule : IExclusionRule
{
    public ExclusionReason Reason => ExclusionReason.Restricted;

    public bool IsBroken(MarketingCandidate c, MarketingRequest r) => c.RestrictedOrObjected;
}

/// <summary>The person's own direct-marketing ban for this channel or all channels.</summary>
public sealed class OwnBanRule : IExclusionRule
{
    public ExclusionReason Reason => ExclusionReason.OwnBan;

    public bool IsBroken(MarketingCandidate c, MarketingRequest r) =>
        c.Prohibitions.Any(p => p.Kind == ProhibitionKind.DirectMarketing && p.Blocks(r.Channel));
}

/// <summary>For partner marketing: any ban on disclosure to partners, whatever channel it was recorded for (data once disclosed reaches every channel).</summary>
public sealed class PartnerBanRule : IExclusionRule
{
    public ExclusionReason Reason => ExclusionReason.PartnerBan;

    public bool IsBroken(MarketingCandidate c, MarketingRequest r) =>
        r.Purpose == MarketingPurpose.Partner && c.Prohibitions.Any(p => p.Kind == ProhibitionKind.PartnerDisclosure && p.IsActive);
}

/// <summary>A match on a prohibition register that covers the channel (R5.3).</summary>
public sealed class ProhibitionRegisterRule : IExclusionRule
{
    public ExclusionReason Reason => ExclusionReason.ProhibitionRegister;

    public bool IsBroken(MarketingCandidate c, MarketingRequest r) =>
        c.RegisterMatchChannels.Any(channel => channel == Channel.All || channel == r.Channel);
}

/// <summary>
/// E-mail and SMS to consumers need an opt-in consent for the purpose and channel, except (Finnish
/// Information Society Code) our own marketing of products in a group the customer bought from,
/// when the customer was offered an opt-out at collection and did not use it — never for partners.
/// A selection marketing product groups needs consent for every one of them: the person's word on
/// the group, or else their general consent (a group can be withdrawn from a general consent). Business contact persons may get e-mail unless they
/// objected (an own ban covers that).
/// </summary>
public sealed class ElectronicConsentRule : IExclusionRule
{
    public ExclusionReason Reason => ExclusionReason.NoConsent;

    public bool IsBroken(MarketingCandidate c, MarketingRequest r)
    {
        if (r.Channel is not (Channel.Email or Channel.Sms)) return false;
        if (!c.IsConsumer) return r.Channel == Channel.Sms && !HasConsent(c, r);
        if (HasConsent(c, r)) return false;
        // "Offered an opt-out at collection and did not use it": a withdrawal is using it.
        var existingCustomerException = r.Purpose == MarketingPurpose.Own && r.ProductGroupIds.Count > 0
            && r.ProductGroupIds.All(group => c.Purchases.Any(p => p.ProductGroupId == group && p.MarketingOptOutOffered))
            && !c.Consents.SaidNo(r.ConsentPurposeId, r.Channel);
        return !existingCustomerException;
    }

    private static bool HasConsent(MarketingCandidate c, MarketingRequest r) =>
        r.ProductGroupIds.Count == 0
            ? c.Consents.IsGiven(r.ConsentPurposeId, r.Channel)
            : r.ProductGroupIds.All(group => c.Consents.AllowsGroup(r.ConsentPurposeId, r.Channel, group));
}

/// <summary>No usable address for the channel.</summary>
public sealed class AddressRule : IExclusionRule
{
    public ExclusionReason Reason => ExclusionReason.NoAddress;

    public bool IsBroken(MarketingCandidate c, MarketingRequest r) => r.Channel switch
    {
        Channel.Email => !c.HasEmail,
        Channel.Sms => !c.HasMobile,
        Channel.Phone => !c.HasPhone && !c.HasMobile,
        Channel.Post => !c.HasPostalAddress,
        _ => true,
    };
}

/// <summary>
/// All exclusion rules of direct marketing (R6.2) in one place, in the order their reasons are
/// reported: a person left out is counted under the first rule that excludes them.
/// </summary>
public static class MarketingEligibility
{
    public static readonly IReadOnlyList<IExclusionRule> Rules =
    [
        new NonDisclosureRule(),
        new RestrictionRule(),
        new OwnBanRule(),
        new PartnerBanRule(),
        new ProhibitionRegisterRule(),
        new ElectronicConsentRule(),
        new AddressRule(),
    ];

    /// <summary>Null when the person may be included; otherwise the first reason to leave them out.</summary>
    public static ExclusionReason? Exclude(MarketingCandidate candidate, MarketingRequest request) =>
        request.Channel == Channel.All
            ? throw new ArgumentException("A selection targets one channel.", nameof(request))
            : Rules.FirstOrDefault(rule => rule.IsBroken(candidate, request))?.Reason;
}
