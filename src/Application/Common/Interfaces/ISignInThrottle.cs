namespace HsWorks.Application.Common.Interfaces;

/// <summary>
/// Counts failed sign-ins per user name or client id across every address (per API instance, in
/// memory): the address limiter runs before the body is read, so it cannot see the name.
/// </summary>
public interface ISignInThrottle
{
    /// <summary>How long the name must wait, or null when it may try now.</summary>
    TimeSpan? RetryAfter(string name);

    void CountFailure(string name);
}

/// <summary>Where a request comes from, as far as throttling and lockout need to know.</summary>
public interface IClientNetwork
{
    /// <summary>The client's IPv4 address or IPv6 /64 network (taken from forwarded headers only behind a trusted proxy).</summary>
    string Current { get; }
}
