using HsWorks.Application.Users;
using HsWorks.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace HsWorks.Api.Http;

/// <summary>Checks every validated token against its account or API client (<see cref="TokenRevalidation"/>).</summary>
public static class AccessTokenRevalidation
{
    public static async Task OnTokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var tokens = context.HttpContext.RequestServices.GetRequiredService<TokenRevalidation>();
        var aborted = context.HttpContext.RequestAborted;
        if (principal.FindFirst(HsWorksClaims.ApiClient) is { } clientClaim)
        {
            var clientId = Guid.TryParse(clientClaim.Value, out var parsed) ? parsed : Guid.Empty;
            if (!await tokens.ClientTokenIsCurrentAsync(clientId, principal.FindFirst(HsWorksClaims.Generation)?.Value, aborted))
                context.Fail("The client was rotated or revoked since the token was issued.");
            return;
        }
        if (!Guid.TryParse(principal.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var userId))
        {
            context.Fail("The token names no user.");
            return;
        }
        var tokenMustChange = principal.FindFirst(HsWorksClaims.MustChangePassword)?.Value == "true";
        if (!await tokens.UserTokenIsCurrentAsync(userId, principal.FindFirst(HsWorksClaims.AccessLevel)?.Value, tokenMustChange, aborted))
            context.Fail("The account changed since the token was issued.");
    }
}
