using HsWorks.Domain.Users;
using Riok.Mapperly.Abstractions;

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

[Mapper]
public static partial class UserMapper
{
    [MapperIgnoreSource(nameof(StaffUser.PasswordHash))]
    [MapperIgnoreSource(nameof(StaffUser.FailedSignIns))]
    [MapperIgnoreSource(nameof(StaffUser.Version))]
    public static partial UserDto ToDto(this StaffUser user);

    public static IQueryable<UserDto> ProjectToDto(this IQueryable<StaffUser> users) =>
        users.Select(u => new UserDto(u.Id, u.Username, u.DisplayName, u.AccessLevel, u.Enabled,
            u.MustChangePassword, u.LockedUntil, u.CreatedAt, u.LastSignInAt));

    public static CurrentUserDto ToCurrentUser(this StaffUser user) =>
        new(user.Id, user.Username, user.DisplayName, user.AccessLevel,
            [.. AccessPolicy.PermissionsOf(user.AccessLevel).Order().Select(AccessPolicy.NameOf)], user.MustChangePassword);

}
