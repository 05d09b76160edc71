using HsWorks.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Users;

/// <summary>
/// A disabled account, a changed access level, a password reset, or a rotated or revoked API client
/// takes effect at once, not when the access token expires: each token is checked against its
/// account or client (one primary-key read). It is the first statement of every signed-in request, so it opens the connection the
/// rest of the request (its use case, its audit row) goes on using (<see cref="IHsWorksDb.HoldConnectionAsync"/>).
/// </summary>
public sealed class TokenRevalidation(IHsWorksDb db)
{
    /// <summary>A partner's token: the client is still active and of the generation the token names.</summary>
    public async Task<bool> ClientTokenIsCurrentAsync(Guid apiClientId, string? generation, CancellationToken cancellationToken)
    {
        await db.HoldConnectionAsync(cancellationToken);
        var current = await db.ApiClients.AsNoTracking().Where(c => c.Id == apiClientId && c.RevokedAt == null)
            .Select(c => (int?)c.Generation).SingleOrDefaultAsync(cancellationToken);
        return current is not null && current.ToString() == generation;
    }

    /// <summary>A staff token: the account is enabled, at the level the token names, and not asked for a new password since.</summary>
    public async Task<bool> UserTokenIsCurrentAsync(Guid userId, string? accessLevel, bool tokenMustChangePassword, CancellationToken cancellationToken)
    {
        await db.HoldConnectionAsync(cancellationToken);
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Enabled, u.AccessLevel, u.MustChangePassword })
            .SingleOrDefaultAsync(cancellationToken);
        return account is not null && account.Enabled && account.AccessLevel.ToString() == accessLevel
            && (!account.MustChangePassword || tokenMustChangePassword);
    }
}
