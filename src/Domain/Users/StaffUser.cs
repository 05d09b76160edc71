using HsWorks.Domain.Common;

namespace HsWorks.Domain.Users;

/// <summary>A staff account created by an administrator (R7.1). No self-registration.</summary>
public sealed class StaffUser
{
    public const int MinPasswordLength = 10;

    private StaffUser()
    {
        Username = DisplayName = PasswordHash = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Lower case, unique.</summary>
    public string Username { get; private set; }

    public string DisplayName { get; private set; }

    public AccessLevel AccessLevel { get; private set; }

    public string PasswordHash { get; private set; }

    public bool Enabled { get; private set; }

    public bool MustChangePassword { get; private set; }

    /// <summary>No longer counted here: failures count per network in <see cref="SignInLockout"/>.</summary>
    public int FailedSignIns { get; private set; }

    /// <summary>Until when the account is locked on some network (shown to administrators; <see cref="SignInLockout"/> decides).</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastSignInAt { get; private set; }

    public uint Version { get; private set; }

    public static string NormaliseUsername(string username) => username.Trim().ToLowerInvariant();

    public static StaffUser Create(Guid id, string username, string displayName, AccessLevel level, string passwordHash,
        bool mustChangePassword, DateTimeOffset now)
    {
        var normalised = NormaliseUsername(username);
        if (normalised.Length is < 2 or > 64 || !normalised.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            throw new DomainRuleException("Username is 2–64 letters, digits, dots, hyphens or underscores.", "username");
        return new StaffUser
        {
            Id = id,
            Username = normalised,
            DisplayName = RequireDisplayName(displayName),
            AccessLevel = level,
            PasswordHash = passwordHash,
            Enabled = true,
            MustChangePassword = mustChangePassword,
            CreatedAt = now,
        };
    }

    public void SignedIn(DateTimeOffset now)
    {
        FailedSignIns = 0;
        LockedUntil = null;
        LastSignInAt = now;
    }

    /// <summary>Notes, for administrators, that a network's lock of the account holds until <paramref name="until"/>.</summary>
    public void LockedOnANetwork(DateTimeOffset until)
    {
        if (LockedUntil is null || LockedUntil < until) LockedUntil = until;
    }

    public void Change(string displayName, AccessLevel level, bool enabled)
    {
        DisplayName = RequireDisplayName(displayName);
        AccessLevel = level;
        Enabled = enabled;
    }

    /// <summary>An administrator sets a new password; the user must choose their own at next sign-in.</summary>
    public void ResetPassword(string passwordHash)
    {
        PasswordHash = passwordHash;
        MustChangePassword = true;
        FailedSignIns = 0;
        LockedUntil = null;
    }

    /// <summary>Stores the same password hashed with current parameters.</summary>
    public void Rehash(string passwordHash) => PasswordHash = passwordHash;

    public void ChangePassword(string passwordHash)
    {
        PasswordHash = passwordHash;
        MustChangePassword = false;
    }

    private static string RequireDisplayName(string displayName)
    {
        var trimmed = displayName?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > 100) throw new DomainRuleException("Display name is 1–100 characters.", "displayName");
        return trimmed;
    }
}
