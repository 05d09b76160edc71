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

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? SpentAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public static RefreshToken Issue(Guid id, Guid userId, Guid familyId, string tokenHash, DateTimeOffset now, TimeSpan lifetime) =>
        new()
        {
            Id = id,
            UserId = userId,
            FamilyId = familyId,
            TokenHash = tokenHash,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };

    public bool IsUsable(DateTimeOffset now) => SpentAt is null && RevokedAt is null && ExpiresAt > now;
}
