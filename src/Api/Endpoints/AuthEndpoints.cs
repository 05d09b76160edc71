using HsWorks.Api.Http;
using HsWorks.Application.Disclosures;
using HsWorks.Application.Users;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace HsWorks.Api.Endpoints;

public sealed record LoginBody(string Username, string Password);

/// <summary>The refresh token; leave it out when the SPA sends it in the cookie.</summary>
public sealed record RefreshBody(string? RefreshToken);

public sealed record LogoutBody(string? RefreshToken);

public sealed record ChangePasswordBody(string CurrentPassword, string NewPassword);

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Auth");

        group.MapPost("/login", async (LoginBody body, [FromHeader(Name = RefreshCookie.ModeHeader)] bool? cookie, HttpContext http,
                ISender sender, CancellationToken ct) =>
            {
                if (cookie == true) RefreshCookie.RequireSameOrigin(http.Request);
                var result = await sender.Send(new SignIn(body.Username, body.Password), ct);
                return TypedResults.Ok(cookie == true ? RefreshCookie.Hand(http.Response, result) : result);
            })
            .AllowAnonymous()
            .RequireSignInThrottling(checksPassword: true)
            .WithName("Login")
            .WithSummary("Sign in with username and password")
            .WithDescription("Returns a short-lived JWT access token and a rotating refresh token (in the body, or with `X-Refresh-Cookie: true` in an HttpOnly cookie only). A wrong password, an unknown user, a disabled or a locked account all answer the same 401. After 5 failures in a row from one address (IPv6: /64) the account locks there for 15 minutes; other addresses are not affected. Too many attempts from one address, or failures for one user name from anywhere, answer 429 with Retry-After (limits per API instance). When `mustChangePassword` is true only change-password and logout work until the password is changed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/refresh", async (RefreshBody? body, [FromHeader(Name = RefreshCookie.ModeHeader)] bool? cookie, HttpContext http,
                ISender sender, CancellationToken ct) =>
            {
                if (cookie != true) return TypedResults.Ok(await sender.Send(new RefreshSession(body?.RefreshToken ?? string.Empty), ct));
                RefreshCookie.RequireSameOrigin(http.Request);
                var result = await sender.Send(new RefreshSession(RefreshCookie.ReadOrFail(http.Request), FromBrowserCookie: true), ct);
                return TypedResults.Ok(RefreshCookie.Hand(http.Response, result));
            })
            .AllowAnonymous()
            .RequireSignInThrottling(checksPassword: false)
            .WithName("RefreshSession")
            .WithSummary("Exchange a refresh token for new tokens")
            .WithDescription("Each refresh token works once. Presenting a spent token again revokes every token of its family (the session must sign in again); only the SPA's cookie may present a token spent in the last seconds (several tabs refreshing at once). A session ends 30 days after its sign-in (Jwt:SessionAbsoluteDays) however often it is refreshed. With `X-Refresh-Cookie: true` the token comes from the cookie and the next one goes back into it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/logout", async (LogoutBody? body, [FromHeader(Name = RefreshCookie.ModeHeader)] bool? cookie, HttpContext http,
                ISender sender, CancellationToken ct) =>
            {
                if (cookie == true) RefreshCookie.RequireSameOrigin(http.Request);
                await sender.Send(new SignOut(cookie == true ? RefreshCookie.Read(http.Request) : body?.RefreshToken), ct);
                if (cookie == true) RefreshCookie.Clear(http.Response);
                return TypedResults.NoContent();
            })
            .RequireAuthorization()
            .WithName("Logout")
            .WithSummary("Sign out")
            .WithDescription("Revokes the given refresh token's family (with `X-Refresh-Cookie: true`: the cookie's, and the cookie is removed), or all of the caller's sessions when no token is given.");

        group.MapPost("/change-password", async (ChangePasswordBody body, [FromHeader(Name = RefreshCookie.ModeHeader)] bool? cookie,
                HttpContext http, ISender sender, CancellationToken ct) =>
            {
                if (cookie == true) RefreshCookie.RequireSameOrigin(http.Request);
                var result = await sender.Send(new ChangePassword(body.CurrentPassword, body.NewPassword), ct);
                return TypedResults.Ok(cookie == true ? RefreshCookie.Hand(http.Response, result) : result);
            })
            .RequireAuthorization()
            .WithName("ChangePassword")
            .WithSummary("Change your own password")
            .WithDescription("Needs the current password. Ends other sessions and returns fresh tokens (with `X-Refresh-Cookie: true` the refresh token goes into the cookie only).")
            .ProducesValidationProblem();

        group.MapGet("/me", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetCurrentUser(), ct)))
            .RequireAuthorization()
            .WithName("GetCurrentUser")
            .WithSummary("The signed-in user and their permissions");
        group.MapPost("/token", IssueTokenAsync)
            .AllowAnonymous()
            .RequireSignInThrottling(checksPassword: true)
            .DisableAntiforgery()
                        .WithName("IssueClientToken")
            .WithSummary("OAuth 2 client credentials (RFC 6749 §4.4) for partners' API clients")
            .WithDescription("application/x-www-form-urlencoded: grant_type=client_credentials, optional scope (space separated). The client authenticates with HTTP Basic (client_id:client_secret) or with client_id and client_secret form fields. Answers { access_token, token_type, expires_in, scope }; errors as RFC 6749 §5.2 (invalid_client 401, invalid_scope, unsupported_grant_type, invalid_request 400).")
            .Accepts<TokenForm>("application/x-www-form-urlencoded")
            .Produces<TokenResponse>()
            .Produces<TokenError>(StatusCodes.Status400BadRequest)
            .Produces<TokenError>(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> IssueTokenAsync(HttpRequest request, ISender sender, CancellationToken ct)
    {
        // RFC 6749 §5.1: answers that carry tokens, and their errors, are never cached.
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        request.HttpContext.Response.Headers.Pragma = "no-cache";
        if (!request.HasFormContentType) return TokenErrorResult(StatusCodes.Status400BadRequest, "invalid_request", "Send the request form-encoded.");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException)
        {
            // A form the reader cannot take apart (over its limits, or broken encoding) is the client's error.
            return TokenErrorResult(StatusCodes.Status400BadRequest, "invalid_request", "The form could not be read.");
        }
        if (string.IsNullOrEmpty(form["grant_type"])) return TokenErrorResult(StatusCodes.Status400BadRequest, "invalid_request", "grant_type is missing.");
        var (clientId, secret, basic) = ClientCredentials(request, form);
        if (basic && (form.ContainsKey("client_id") || form.ContainsKey("client_secret")))
            return TokenErrorResult(StatusCodes.Status400BadRequest, "invalid_request", "Authenticate the client one way only: HTTP Basic or form fields (RFC 6749 §2.3).");
        var result = await sender.Send(new IssueClientToken(form["grant_type"], clientId, secret, form["scope"]), ct);
        if (result.Token is { } token) return Results.Ok(new TokenResponse(token.Token, "Bearer", token.ExpiresInSeconds, result.Scope!));
        if (result.Error == ClientTokenResult.InvalidClient)
        {
            if (basic) request.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"hsworks\"";
            return TokenErrorResult(StatusCodes.Status401Unauthorized, result.Error, result.ErrorDescription!);
        }
        return TokenErrorResult(StatusCodes.Status400BadRequest, result.Error!, result.ErrorDescription!);
    }

    /// <summary>RFC 6749 §2.3.1: HTTP Basic with the form-url-encoded id and secret, or the two form fields.</summary>
    private static (string? ClientId, string? Secret, bool Basic) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = pair.IndexOf(':');
                if (colon > 0) return (Uri.UnescapeDataString(pair[..colon].Replace('+', ' ')), Uri.UnescapeDataString(pair[(colon + 1)..].Replace('+', ' ')), true);
            }
            catch (FormatException)
            {
                // Falls through: not valid Basic credentials.
            }
            return (null, null, true);
        }
        return (form["client_id"], form["client_secret"], false);
    }

    private static IResult TokenErrorResult(int status, string error, string description) =>
        Results.Json(new TokenError(error, description), statusCode: status);
}

/// <summary>RFC 6749 §4.4.2 form.</summary>
public sealed record TokenForm(
    string grant_type, string? scope, string? client_id, string? client_secret);

/// <summary>RFC 6749 §5.1.</summary>
public sealed record TokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
    [property: System.Text.Json.Serialization.JsonPropertyName("scope")] string Scope);

/// <summary>RFC 6749 §5.2.</summary>
public sealed record TokenError(
    [property: System.Text.Json.Serialization.JsonPropertyName("error")] string Error,
    [property: System.Text.Json.Serialization.JsonPropertyName("error_description")] string ErrorDescription);
