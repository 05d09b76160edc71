using HsWorks.Domain.Users;

namespace HsWorks.Application.Common.Interfaces;

/// <summary>The caller of the current request, from the access token: a signed-in staff user or a partner's API client.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    /// <summary>A partner's API client; null for staff.</summary>
    Guid? ApiClientId { get; }

    /// <summary>The recipient a partner's client acts for; null for staff.</summary>
    Guid? RecipientId { get; }

    IReadOnlyCollection<string> Scopes { get; }

    bool IsPartner => ApiClientId is not null;

    string Username { get; }

    AccessLevel? AccessLevel { get; }

    bool MustChangePassword { get; }

    bool IsAuthenticated => UserId is not null || ApiClientId is not null;

    bool Has(Permission permission) => AccessLevel is { } level && AccessPolicy.Allows(level, permission);
}
