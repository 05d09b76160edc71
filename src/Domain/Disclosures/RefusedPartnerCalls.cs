namespace HsWorks.Domain.Disclosures;

/// <summary>
/// How many calls of one partner client were refused with one status in one hour (R6.5). Refused
/// calls (a probe of someone else's id, a missing scope, bad input, the rate limit) are counted
/// rather than audited one by one, so a flood cannot fill the audit trail, while the data
/// protection officer still sees who probes, how often and when. Served calls stay audited.
/// </summary>
public sealed class RefusedPartnerCalls
{
    private RefusedPartnerCalls()
    {
    }

    public Guid ApiClientId { get; private set; }

    /// <summary>The start of the hour (UTC).</summary>
    public DateTimeOffset Hour { get; private set; }

    /// <summary>The HTTP status the calls were answered with (400, 403, 404, 429…).</summary>
    public int Status { get; private set; }

    public long Calls { get; private set; }
}
