namespace HsWorks.Application.Common.Interfaces;

/// <summary>Sign-in rules that operators may tune. The rate limits count per API instance.</summary>
public sealed class SignInOptions
{
    /// <summary>Failures in a row from one address (IPv6: /64) that lock that user name there.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in, refresh and token calls per address (IPv6: /64) and endpoint in a window.</summary>
    public int AddressPermitLimit { get; set; } = 30;

    public int AddressWindowSeconds { get; set; } = 60;

    /// <summary>Failed attempts per user name or client id, from any address, in a window.</summary>
    public int NameFailureLimit { get; set; } = 20;

    public int NameWindowSeconds { get; set; } = 300;

    /// <summary>Password checks at a time (0: one per processor core); more wait in a queue of <see cref="QueuedSignIns"/>.</summary>
    public int ConcurrentSignIns { get; set; }

    public int QueuedSignIns { get; set; } = 20;
}
