using System.Linq.Expressions;
using HsWorks.Domain.Users;

namespace HsWorks.Application.Users;

internal static class UserMapping
{
    /// <summary>A staff account as administrators see it: never the password hash, the failed sign-ins or the row version.</summary>
    private static readonly Expression<Func<StaffUser, UserDto>> Projection = u =>
        new UserDto(u.Id, u.Username, u.DisplayName, u.AccessLevel, u.Enabled, u.MustChangePassword, u.LockedUntil, u.CreatedAt, u.LastSignInAt);

    private static readonly Func<StaffUser, UserDto> Compiled = Projection.Compile();

    public static UserDto ToDto(this StaffUser user) => Compiled(user);

    public static IQueryable<UserDto> ProjectToDto(this IQueryable<StaffUser> users) => users.Select(Projection);

    public static CurrentUserDto ToCurrentUser(this StaffUser user) =>
        new(user.Id, user.Username, user.DisplayName, user.AccessLevel,
            [.. AccessPolicy.PermissionsOf(user.AccessLevel).Order().Select(AccessPolicy.NameOf)], user.MustChangePassword);
}
