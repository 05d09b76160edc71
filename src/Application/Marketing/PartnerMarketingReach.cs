using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Consents;
using HsWorks.Domain.Marketing;

namespace HsWorks.Application.Marketing;

/// <summary>Who partner marketing may still reach: included by the marketing rules in at least one channel.</summary>
internal static class PartnerMarketingReach
{
    private static readonly Channel[] Channels = [Channel.Email, Channel.Sms, Channel.Phone, Channel.Post];

    public static async Task<HashSet<Guid>> IncludedAsync(IMarketingSelections selections, Purpose partnerMarketing, IReadOnlyCollection<Guid> personIds,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var included = new HashSet<Guid>();
        if (personIds.Count == 0) return included;
        foreach (var channel in Channels)
        {
            var probe = MarketingSelection.Create(Guid.Empty, "partner marketing check", partnerMarketing, channel, SelectionCriteria.Everyone, now, "system");
            included.UnionWith(await selections.IncludedAsync(probe, personIds, cancellationToken));
        }
        return included;
    }
}
