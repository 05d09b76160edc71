using HsWorks.Api.Http;
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
    }
}
