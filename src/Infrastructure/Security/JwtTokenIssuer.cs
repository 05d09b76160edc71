using System.Security.Cryptography;
using System.Text;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Users;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HsWorks.Infrastructure.Security;

public sealed class JwtOptions
{
    public const string Issuer = "hsworks";
    /// <summary>The audience of staff tokens.</summary>
    public const string Audience = "hsworks-api";

    /// <summary>The audience of partners' client tokens: staff endpoints refuse them, and the partner API refuses staff tokens.</summary>
    public const string PartnerAudience = "hsworks-partner-api";

    /// <summary>The one signing algorithm; validation accepts no other.</summary>
    public const string Algorithm = SecurityAlgorithms.HmacSha256;

    /// <summary>Base64 of at least 32 random bytes (Jwt__SigningKey). Shared by every API instance.</summary>
    public string SigningKey { get; set; } = string.Empty;

    public int AccessTokenMinutes { get; set; } = 15;

    public int RefreshTokenDays { get; set; } = 14;

    /// <summary>A session ends this many days after its sign-in whatever its use.</summary>
    public int SessionAbsoluteDays { get; set; } = 30;

    /// <summary>Seconds a just-rotated refresh token still works for the browser's cookie (several tabs refreshing at once).</summary>
    public int RefreshGraceSeconds { get; set; } = 30;

    public SymmetricSecurityKey SecurityKey()
    {
        if (string.IsNullOrWhiteSpace(SigningKey))
            throw new InvalidOperationException("Jwt:SigningKey is not configured (Jwt__SigningKey, base64 of 32+ bytes).");
        var bytes = Convert.FromBase64String(SigningKey);
        if (bytes.Length < 32) throw new InvalidOperationException("Jwt:SigningKey must be at least 32 bytes.");
        return new SymmetricSecurityKey(bytes);
    }
}

/// <summary>Claim names carried in the access token.</summary>
public static class HsWorksClaims
{
    public const string AccessLevel = "access_level";
    public const string MustChangePassword = "pwd_change";
    public const string DisplayName = "display_name";

    /// <summary>The API client (its id in our register) of a partner's token; staff tokens have none.</summary>
    public const string ApiClient = "api_client";

    /// <summary>The recipient a partner's token acts for.</summary>
    public const string Recipient = "recipient";

    /// <summary>The client's generation when the token was issued; a rotation or revocation raises it.</summary>
    public const string Generation = "client_gen";

    /// <summary>OAuth 2 scopes, space separated (RFC 8693 §4.2).</summary>
    public const string Scope = "scope";
}

public sealed class JwtTokenIssuer(IOptions<JwtOptions> options, TimeProvider clock) : ITokenIssuer
{
    private readonly JsonWebTokenHandler handler = new();

    public TimeSpan RefreshTokenLifetime => TimeSpan.FromDays(options.Value.RefreshTokenDays);

    public TimeSpan SessionAbsoluteLifetime => TimeSpan.FromDays(options.Value.SessionAbsoluteDays);

    public TimeSpan RefreshReuseGrace => TimeSpan.FromSeconds(options.Value.RefreshGraceSeconds);

    public AccessToken IssueAccessToken(StaffUser user)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = TimeSpan.FromMinutes(options.Value.AccessTokenMinutes);
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = user.Id.ToString(),
            [JwtRegisteredClaimNames.UniqueName] = user.Username,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString(),
            [HsWorksClaims.AccessLevel] = user.AccessLevel.ToString(),
        };
        if (user.MustChangePassword) claims[HsWorksClaims.MustChangePassword] = "true";
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = JwtOptions.Issuer,
            Audience = JwtOptions.Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(options.Value.SecurityKey(), JwtOptions.Algorithm),
        });
        return new AccessToken(token, (int)lifetime.TotalSeconds);
    }

    public AccessToken IssueClientToken(ApiClient client, IReadOnlyList<string> scopes)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = TimeSpan.FromMinutes(options.Value.AccessTokenMinutes);
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = JwtOptions.Issuer,
            Audience = JwtOptions.PartnerAudience,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = client.ClientId,
                [JwtRegisteredClaimNames.UniqueName] = $"client:{client.ClientId}",
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString(),
                [HsWorksClaims.ApiClient] = client.Id.ToString(),
                [HsWorksClaims.Recipient] = client.RecipientId.ToString(),
                [HsWorksClaims.Generation] = client.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [HsWorksClaims.Scope] = string.Join(' ', scopes),
            },
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(options.Value.SecurityKey(), JwtOptions.Algorithm),
        });
        return new AccessToken(token, (int)lifetime.TotalSeconds);
    }

    public (string Token, string Hash) NewRefreshToken()
    {
        var token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return (token, HashRefreshToken(token));
    }

    public string HashRefreshToken(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
