using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Purposes;

namespace HsWorks.Application.Marketing;

/// <summary>
/// Through which channels a marketing purpose may still reach each person: the marketing rules
/// (<see cref="MarketingEligibility"/>, evaluated by <see cref="IMarketingSelections"/>) asked once per channel.
/// </summary>
internal static class PartnerMarketingReach
{
    private static readonly Channel[] Channels = [Channel.Email, Channel.Sms, Channel.Phone, Channel.Post];

    /// <summary>The persons included in at least one channel.</summary>
    public static async Task<HashSet<Guid>> IncludedAsync(IMarketingSelections selections, Purpose partnerMarketing, IReadOnlyCollection<Guid> personIds,
        DateTimeOffset now, CancellationToken cancellationToken) =>
        [.. (await ChannelsAsync(selections, partnerMarketing, personIds, now, cancellationToken)).Keys];

    /// <summary>Per person the channels the purpose's marketing rules still include them in; a person in none is absent.</summary>
    public static async Task<Dictionary<Guid, HashSet<Channel>>> ChannelsAsync(IMarketingSelections selections, Purpose marketingPurpose,
        IReadOnlyCollection<Guid> personIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = new Dictionary<Guid, HashSet<Channel>>();
        if (personIds.Count == 0) return open;
        foreach (var channel in Channels)
        {
            var probe = MarketingSelection.Create(Guid.Empty, "marketing reach check", marketingPurpose, channel, SelectionCriteria.Everyone, now, "system");
            foreach (var id in await selections.IncludedAsync(probe, personIds, cancellationToken))
            {
                if (!open.TryGetValue(id, out var channels)) open[id] = channels = [];
                channels.Add(channel);
            }
        }
        return open;
    }
}
