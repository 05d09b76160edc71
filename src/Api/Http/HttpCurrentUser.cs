using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Users;
using HsWorks.Infrastructure.Security;
using Microsoft.IdentityModel.JsonWebTokens;

namespace HsWorks.Api.Http;

/// <summary>The caller as the validated access token says; no database round trip.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private System.Security.Claims.ClaimsPrincipal? Principal =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public Guid? UserId => Principal?.FindFirst(HsWorksClaims.ApiClient) is null
        && Guid.TryParse(Principal?.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var id) ? id : null;

    public Guid? ApiClientId => Guid.TryParse(Principal?.FindFirst(HsWorksClaims.ApiClient)?.Value, out var id) ? id : null;

    public Guid? RecipientId => ApiClientId is null ? null : Guid.TryParse(Principal?.FindFirst(HsWorksClaims.Recipient)?.Value, out var id) ? id : null;

    public IReadOnlyCollection<string> Scopes =>
        Principal?.FindFirst(HsWorksClaims.Scope)?.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];

    public string Username => Principal?.FindFirst(JwtRegisteredClaimNames.UniqueName)?.Value ?? string.Empty;

    public AccessLevel? AccessLevel =>
        Enum.TryParse<AccessLevel>(Principal?.FindFirst(HsWorksClaims.AccessLevel)?.Value, out var level) ? level : null;

    public bool MustChangePassword => Principal?.FindFirst(HsWorksClaims.MustChangePassword)?.Value == "true";
}
