namespace HsWorks.Domain.Users;

/// <summary>
/// Failed sign-ins of one account from one network (an IPv4 address or an IPv6 /64). The lock
/// holds only there, so nobody can keep a colleague locked out from elsewhere.
/// </summary>
public sealed class SignInLockout
{
    private SignInLockout()
    {
        ClientNetwork = string.Empty;
    }

    public Guid UserId { get; private set; }

    public string ClientNetwork { get; private set; }

    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    /// <summary>Attempts refused while locked: counted, not audited one by one.</summary>
    public long RefusedWhileLocked { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static SignInLockout Start(Guid userId, string clientNetwork, DateTimeOffset now) =>
        new() { UserId = userId, ClientNetwork = clientNetwork, UpdatedAt = now };

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>Counts a failure; reaching the limit locks the account on this network.</summary>
    public void Failed(DateTimeOffset now, int maxFailures, TimeSpan lockout)
    {
        UpdatedAt = now;
        if (IsLocked(now))
        {
            RefusedWhileLocked++;
            return;
        }
        FailedSignIns++;
        if (FailedSignIns >= maxFailures)
        {
            LockedUntil = now + lockout;
            FailedSignIns = 0;
        }
    }
}
