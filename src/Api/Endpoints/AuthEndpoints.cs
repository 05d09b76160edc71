using HsWorks.Application.Users;
using Mediator;

namespace HsWorks.Api.Endpoints;

public sealed record LoginBody(string Username, string Password);

public sealed record RefreshBody(string RefreshToken);

public sealed record LogoutBody(string? RefreshToken);

public sealed record ChangePasswordBody(string CurrentPassword, string NewPassword);

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Auth");

        group.MapPost("/login", async (LoginBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SignIn(body.Username, body.Password), ct)))
            .AllowAnonymous()
            .WithName("Login")
            .WithSummary("Sign in with username and password")
            .WithDescription("Returns a short-lived JWT access token and a rotating refresh token. A wrong password, an unknown user, a disabled or a locked account all answer the same 401. After 5 failures in a row the account locks for 15 minutes. When `mustChangePassword` is true only change-password and logout work until the password is changed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapPost("/refresh", async (RefreshBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RefreshSession(body.RefreshToken), ct)))
            .AllowAnonymous()
            .WithName("RefreshSession")
            .WithSummary("Exchange a refresh token for new tokens")
            .WithDescription("Each refresh token works once. Presenting a spent token again revokes every token of its family (the session must sign in again).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapPost("/logout", async (LogoutBody? body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new SignOut(body?.RefreshToken), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization()
            .WithName("Logout")
            .WithSummary("Sign out")
            .WithDescription("Revokes the given refresh token's family, or all of the caller's sessions when no token is given.");

        group.MapPost("/change-password", async (ChangePasswordBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ChangePassword(body.CurrentPassword, body.NewPassword), ct)))
            .RequireAuthorization()
            .WithName("ChangePassword")
            .WithSummary("Change your own password")
            .WithDescription("Needs the current password. Ends other sessions and returns fresh tokens.")
            .ProducesValidationProblem();

        group.MapGet("/me", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetCurrentUser(), ct)))
            .RequireAuthorization()
            .WithName("GetCurrentUser")
            .WithSummary("The signed-in user and their permissions");
    }
}
