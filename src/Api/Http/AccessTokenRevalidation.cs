using HsWorks.Application.Common.Interfaces;
using HsWorks.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;

namespace HsWorks.Api.Http;

/// <summary>
/// A disabled account, a changed access level or a password reset takes effect at once, not when
/// the access token expires: each token is checked against the account (one primary-key read).
/// </summary>
public static class AccessTokenRevalidation
{
    public static async Task OnTokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var db = context.HttpContext.RequestServices.GetRequiredService<IHsWorksDb>();
        if (principal.FindFirst(HsWorksClaims.ApiClient) is { } clientClaim)
        {
            // A partner's token: the client must still be active and of the same generation (not rotated or revoked since).
            var clientId = Guid.TryParse(clientClaim.Value, out var parsed) ? parsed : Guid.Empty;
            var generation = await db.ApiClients.AsNoTracking().Where(c => c.Id == clientId && c.RevokedAt == null)
                .Select(c => (int?)c.Generation).SingleOrDefaultAsync(context.HttpContext.RequestAborted);
            if (generation is null || generation.ToString() != principal.FindFirst(HsWorksClaims.Generation)?.Value)
                context.Fail("The client was rotated or revoked since the token was issued.");
            return;
        }
        if (!Guid.TryParse(principal.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var userId))
        {
            context.Fail("The token names no user.");
            return;
        }
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Enabled, u.AccessLevel, u.MustChangePassword })
            .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        var tokenMustChange = principal.FindFirst(HsWorksClaims.MustChangePassword)?.Value == "true";
        if (account is null || !account.Enabled
            || account.AccessLevel.ToString() != principal.FindFirst(HsWorksClaims.AccessLevel)?.Value
            || (account.MustChangePassword && !tokenMustChange))
        {
            context.Fail("The account changed since the token was issued.");
        }
    }
}
