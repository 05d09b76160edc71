using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Users;

namespace HsWorks.Application.Common.Interfaces;

public sealed record AccessToken(string Token, int ExpiresInSeconds);

/// <summary>Signs short-lived access tokens and makes opaque refresh tokens.</summary>
public interface ITokenIssuer
{
    AccessToken IssueAccessToken(StaffUser user);

    /// <summary>An access token of a partner's API client with the granted scopes (OAuth 2 client credentials).</summary>
    AccessToken IssueClientToken(ApiClient client, IReadOnlyList<string> scopes);

    /// <summary>A new random refresh token and the hash to store for it.</summary>
    (string Token, string Hash) NewRefreshToken();

    string HashRefreshToken(string token);

    TimeSpan RefreshTokenLifetime { get; }

    /// <summary>How long a session lasts at most from its sign-in, however often it is refreshed.</summary>
    TimeSpan SessionAbsoluteLifetime { get; }

    /// <summary>How long a just-spent refresh token still works for the same browser (tabs refreshing at once).</summary>
    TimeSpan RefreshReuseGrace { get; }
}
