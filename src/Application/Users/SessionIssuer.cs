using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Users;

namespace HsWorks.Application.Users;

/// <summary>Issues an access token and the next refresh token of a family; the caller saves.</summary>
public sealed class SessionIssuer(IHsWorksDb db, ITokenIssuer tokens, TimeProvider clock)
{
    public LoginResult Issue(StaffUser user, Guid? familyId = null)
    {
        var access = tokens.IssueAccessToken(user);
        var (refresh, hash) = tokens.NewRefreshToken();
        db.RefreshTokens.Add(RefreshToken.Issue(Guid.CreateVersion7(), user.Id, familyId ?? Guid.CreateVersion7(), hash,
            clock.GetUtcNow(), tokens.RefreshTokenLifetime));
        return new LoginResult(access.Token, refresh, access.ExpiresInSeconds, "Bearer", user.MustChangePassword, user.ToCurrentUser());
    }
}
