using HsWorks.Application.Common.Paging;
using HsWorks.Application.Users;
using Mediator;
using System.ComponentModel.DataAnnotations;
using HsWorks.Domain.Users;

namespace HsWorks.Api.Endpoints;

public sealed record CreateUserBody(string Username, string DisplayName, [property: Required] AccessLevel? AccessLevel, string Password);

public sealed record UpdateUserBody(string DisplayName, [property: Required] AccessLevel? AccessLevel, bool Enabled);

public sealed record ResetPasswordBody(string Password);

public static class UsersEndpoints
{
    public static void MapUsersEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/users").WithTags("Users").RequireAuthorization()
            .WithDescription("Administrator only (users.manage).");

        group.MapGet("/", async (string? q, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<UserDto>>(await sender.Send(new ListUsers(q, page, pageSize), ct)))
            .WithName("ListUsers")
            .WithSummary("List staff accounts");

        group.MapPost("/", async (CreateUserBody body, ISender sender, CancellationToken ct) =>
            {
                var user = await sender.Send(new CreateUser(body.Username, body.DisplayName, body.AccessLevel, body.Password), ct);
                return TypedResults.Created($"/api/v1/users/{user.Id}", user);
            })
            .WithName("CreateUser")
            .WithSummary("Create a staff account")
            .WithDescription("No self-registration: an administrator creates the account, sets its access level (Administrator, DataProtectionOfficer, Supervisor, Technician, HelpdeskAgent, Sales, Marketing, Billing, Auditor) and an initial password that the user must change at first sign-in.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetUser(id), ct)))
            .WithName("GetUser")
            .WithSummary("One staff account")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}", async (Guid id, UpdateUserBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new UpdateUser(id, body.DisplayName, body.AccessLevel, body.Enabled), ct)))
            .WithName("UpdateUser")
            .WithSummary("Change display name or access level, disable or re-enable")
            .WithDescription("Disabling or changing the access level ends the user's sessions.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/reset-password", async (Guid id, ResetPasswordBody body, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new ResetPassword(id, body.Password), ct);
                return TypedResults.NoContent();
            })
            .WithName("ResetUserPassword")
            .WithSummary("Set a temporary password")
            .WithDescription("The user must change it at next sign-in. Also unlocks a locked account and ends its sessions.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
