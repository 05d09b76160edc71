namespace HsWorks.Domain.Users;

/// <summary>
/// One refresh token of a rotating family. Only its hash is stored. A token is spent once; a
/// second use of a spent token means it leaked, and the whole family is revoked.
/// </summary>
public sealed class RefreshToken
{
    private RefreshToken()
    {
        TokenHash = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid FamilyId { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the family's sign-in happened: no token of the family outlives its absolute lifetime.</summary>
    public DateTimeOffset SessionStartedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? SpentAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>
    /// A token that expires after <paramref name="lifetime"/> of disuse, but never later than
    /// <paramref name="absoluteLifetime"/> after the session began, however often it is refreshed.
    /// </summary>
    public static RefreshToken Issue(Guid id, Guid userId, Guid familyId, string tokenHash, DateTimeOffset now, TimeSpan lifetime,
        DateTimeOffset sessionStartedAt, TimeSpan absoluteLifetime)
    {
        var idleEnd = now + lifetime;
        var absoluteEnd = sessionStartedAt + absoluteLifetime;
        return new()
        {
            Id = id,
            UserId = userId,
            FamilyId = familyId,
            TokenHash = tokenHash,
            CreatedAt = now,
            SessionStartedAt = sessionStartedAt,
            ExpiresAt = idleEnd < absoluteEnd ? idleEnd : absoluteEnd,
        };
    }

    public bool IsUsable(DateTimeOffset now) => SpentAt is null && RevokedAt is null && ExpiresAt > now;

    /// <summary>
    /// Spent moments ago by a parallel request of the same browser (two tabs refreshing at once), and
    /// not revoked or expired: the one case a spent token may be presented again without revoking the family.
    /// </summary>
    public bool WasJustSpent(DateTimeOffset now, TimeSpan grace) =>
        SpentAt is { } spent && RevokedAt is null && ExpiresAt > now && now - spent <= grace;
}
