using HsWorks.Domain.Common;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Purposes;

namespace HsWorks.Domain.Consents;

/// <summary>The derived state of one consent: given since when, or not.</summary>
public sealed record ConsentState(Guid PurposeId, Channel Channel, Guid? ProductGroupId, bool Given, DateTimeOffset Since, ConsentSource Source);

/// <summary>
/// A person's consents as events, and the rules of recording them: only purposes based on consent
/// take consents, withdrawing is as easy as giving (one event) but only what is given can be
/// withdrawn, and the current state is always derived from the history, newest event first.
/// </summary>
public sealed class ConsentLedger(IReadOnlyList<ConsentEvent> history)
{
    private static readonly Channel[] Channels = [Channel.Email, Channel.Sms, Channel.Phone, Channel.Post];

    public IReadOnlyList<ConsentEvent> History { get; } = [.. history.OrderBy(e => e.At).ThenBy(e => e.Id)];

    /// <summary>Whether a consent for the purpose, channel and (optionally) product group is in force.</summary>
    public bool IsGiven(Guid purposeId, Channel channel, Guid? productGroupId = null) =>
        Latest(purposeId, channel, productGroupId)?.Action == ConsentAction.Given;

    /// <summary>
    /// Whether marketing of the product group may go ahead under this purpose and channel: the
    /// person's latest word on that group or on the purpose in general decides. So a general
    /// consent covers every group except those withdrawn since, and a general withdrawal ends the
    /// consents of every group given before it.
    /// </summary>
    public bool AllowsGroup(Guid purposeId, Channel channel, Guid productGroupId) =>
        History.LastOrDefault(e => e.PurposeId == purposeId && (e.ProductGroupId is null || e.ProductGroupId == productGroupId) && e.Covers(channel))
            ?.Action == ConsentAction.Given;

    /// <summary>The state per purpose, channel and product group that the history speaks about.</summary>
    public IReadOnlyList<ConsentState> Current()
    {
        var keys = History.Select(e => (e.PurposeId, e.ProductGroupId)).Distinct();
        var states = new List<ConsentState>();
        foreach (var (purposeId, groupId) in keys)
        {
            foreach (var channel in Channels)
            {
                var latest = Latest(purposeId, channel, groupId);
                if (latest is not null) states.Add(new ConsentState(purposeId, channel, groupId, latest.Action == ConsentAction.Given, latest.At, latest.Source));
            }
        }
        return states;
    }

    public ConsentEvent Record(Purpose purpose, Guid personId, Channel channel, Guid? productGroupId, ConsentAction action, DateTimeOffset at,
        ConsentSource source, string evidence, Guid? recordedByUserId, string recordedBy, int? noticeVersion = null)
    {
        // Only giving needs a consent-based purpose: a withdrawal is always taken, even after the basis changed.
        if (action == ConsentAction.Given && purpose.LegalBasis != LegalBasis.Consent)
            throw new DomainRuleException($"The purpose {purpose.Code} is based on {purpose.LegalBasis}, not on consent: it takes no consents.", "purpose");
        if (action == ConsentAction.Withdrawn)
        {
            // A group can be withdrawn from a general consent: "no more hardware offers, the rest are fine".
            bool Withdrawable(Channel c) => productGroupId is { } group ? AllowsGroup(purpose.Id, c, group) : IsGiven(purpose.Id, c);
            var anyGiven = channel == Channel.All ? Channels.Any(Withdrawable) : Withdrawable(channel);
            if (!anyGiven) throw new DomainRuleException("There is no consent in force to withdraw for that purpose and channel.", "action");
        }
        return ConsentEvent.Create(personId, purpose.Id, channel, productGroupId, action, at, source, evidence, recordedByUserId, recordedBy,
            noticeVersion);
    }

    /// <summary>Whether the person's last word on the purpose and channel, in any product group, was no.</summary>
    public bool SaidNo(Guid purposeId, Channel channel) =>
        History.LastOrDefault(e => e.PurposeId == purposeId && e.Covers(channel))?.Action == ConsentAction.Withdrawn;

    private ConsentEvent? Latest(Guid purposeId, Channel channel, Guid? productGroupId) =>
        History.LastOrDefault(e => e.PurposeId == purposeId && e.ProductGroupId == productGroupId && e.Covers(channel));
}
