using HsWorks.Domain.Users;

namespace HsWorks.Application.Common.Interfaces;

/// <summary>The signed-in staff user of the current request, from the access token.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    string Username { get; }

    AccessLevel? AccessLevel { get; }

    bool MustChangePassword { get; }

    bool IsAuthenticated => UserId is not null;

    bool Has(Permission permission) => AccessLevel is { } level && AccessPolicy.Allows(level, permission);
}
