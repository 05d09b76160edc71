using HsWorks.Domain.Users;

namespace HsWorks.Application.Users;

/// <summary>A staff account as administrators see it.</summary>
public sealed record UserDto(
    Guid Id,
    string Username,
    string DisplayName,
    AccessLevel AccessLevel,
    bool Enabled,
    bool MustChangePassword,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignInAt);

/// <summary>The signed-in user and what their access level lets them do.</summary>
public sealed record CurrentUserDto(
    Guid Id,
    string Username,
    string DisplayName,
    AccessLevel AccessLevel,
    IReadOnlyList<string> Permissions,
    bool MustChangePassword);

/// <summary>
/// The answer to sign-in, refresh and password change. <c>RefreshToken</c> is null when the caller
/// asked for the refresh token in a cookie (the SPA): then it never appears in a body.
/// </summary>
public sealed record LoginResult(
    string AccessToken,
    string? RefreshToken,
    int ExpiresIn,
    string TokenType,
    bool MustChangePassword,
    CurrentUserDto User);
