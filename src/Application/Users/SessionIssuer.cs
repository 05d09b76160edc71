using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Users;

namespace HsWorks.Application.Users;

/// <summary>Issues an access token and the next refresh token of a family; the caller saves.</summary>
public sealed class SessionIssuer(IHsWorksDb db, ITokenIssuer tokens, TimeProvider clock)
{
    /// <summary>A new session (a new family), or the next token of <paramref name="previous"/>'s family.</summary>
    public LoginResult Issue(StaffUser user, RefreshToken? previous = null)
    {
        var now = clock.GetUtcNow();
        var access = tokens.IssueAccessToken(user);
        var (refresh, hash) = tokens.NewRefreshToken();
        db.RefreshTokens.Add(RefreshToken.Issue(Guid.CreateVersion7(), user.Id, previous?.FamilyId ?? Guid.CreateVersion7(), hash,
            now, tokens.RefreshTokenLifetime, previous?.SessionStartedAt ?? now, tokens.SessionAbsoluteLifetime));
        return new LoginResult(access.Token, refresh, access.ExpiresInSeconds, "Bearer", user.MustChangePassword, user.ToCurrentUser());
    }
}
