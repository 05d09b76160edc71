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

    public Guid? UserId => Guid.TryParse(Principal?.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var id) ? id : null;

    public string Username => Principal?.FindFirst(JwtRegisteredClaimNames.UniqueName)?.Value ?? string.Empty;

    public AccessLevel? AccessLevel =>
        Enum.TryParse<AccessLevel>(Principal?.FindFirst(HsWorksClaims.AccessLevel)?.Value, out var level) ? level : null;

    public bool MustChangePassword => Principal?.FindFirst(HsWorksClaims.MustChangePassword)?.Value == "true";
}
