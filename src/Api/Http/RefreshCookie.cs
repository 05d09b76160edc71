using HsWorks.Application.Common.Errors;
using HsWorks.Application.Users;

namespace HsWorks.Api.Http;

/// <summary>
/// The SPA's refresh token travels in a cookie, never in a body: `HttpOnly` (no script reads it),
/// `Secure` with the `__Secure-` prefix, `SameSite=Strict`, and only sent to /api/v1/auth. The SPA
/// asks for this with the <see cref="ModeHeader"/> header; API clients and Swagger keep the body.
/// </summary>
public static class RefreshCookie
{
    public const string Name = "__Secure-hsworks-refresh";
    public const string ModeHeader = "X-Refresh-Cookie";
    public const string ModeHeaderDescription =
        "`true` (the SPA): the refresh token is set in an HttpOnly, Secure, SameSite=Strict cookie (`__Secure-hsworks-refresh`, Path=/api/v1/auth) " +
        "and read from it, never in a body (`refreshToken` is then null). Needs a same-origin request (Origin or Sec-Fetch-Site), else 403. " +
        "Without it the refresh token is in the body, as API clients and Swagger use it.";
    private const string CookiePath = "/api/v1/auth";

    /// <summary>Refuses a cookie request that a browser did not send from this origin (the cookie would otherwise ride along).</summary>
    public static void RequireSameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        var origin = request.Headers.Origin.ToString();
        var siteOk = site.Length == 0 || site == "same-origin";
        var originOk = origin.Length == 0 || string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
        if (!siteOk || !originOk || (site.Length == 0 && origin.Length == 0))
            throw new ForbiddenException("The session cookie is only used by requests from this site.");
    }

    public static string? Read(HttpRequest request) => request.Cookies[Name];

    /// <summary>The cookie's token; without one the session is gone (401, as for a spent token).</summary>
    public static string ReadOrFail(HttpRequest request) => Read(request) is { Length: > 0 } token ? token : throw new AuthenticationFailedException();

    /// <summary>Sets the cookie and takes the refresh token out of the answer.</summary>
    public static LoginResult Hand(HttpResponse response, LoginResult result)
    {
        response.Cookies.Append(Name, result.RefreshToken!, Options());
        return result with { RefreshToken = null };
    }

    public static void Clear(HttpResponse response) => response.Cookies.Delete(Name, Options());

    // A session cookie: it ends with the browser, and the server ends the token family anyway.
    private static CookieOptions Options() =>
        new() { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Strict, Path = CookiePath, IsEssential = true };
}
