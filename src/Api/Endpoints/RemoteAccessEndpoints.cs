using HsWorks.Application.Customers;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>A workstation's remote connections; secrets are revealed only with a reason.</summary>
public static class RemoteAccessEndpoints
{
    public static void MapRemoteAccessEndpoints(this IEndpointRouteBuilder app)
    {
        var asset = app.MapGroup("/api/v1/assets/{id:guid}").WithTags("Remote access").RequireAuthorization();
        var remoteAccess = app.MapGroup("/api/v1/remote-access/{id:guid}").WithTags("Remote access").RequireAuthorization();

        asset.MapGet("/remote-access", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListRemoteAccess(id), ct)))
            .WithName("ListRemoteAccess")
            .WithSummary("A workstation's remote connections, without secrets")
            .ProducesProblem(StatusCodes.Status404NotFound);
        asset.MapPost("/remote-access", async (Guid id, RemoteAccessInput body, ISender sender, CancellationToken ct) =>
            {
                var access = await sender.Send(new AddRemoteAccess(id, body), ct);
                return TypedResults.Created($"/api/v1/remote-access/{access.Id}", access);
            })
            .WithName("AddRemoteAccess")
            .WithSummary("Record a remote connection (tool, host, user name, secret)")
            .WithDescription("The secret is encrypted at rest with a key kept outside the database and is never returned here.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        remoteAccess.MapGet("/", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetRemoteAccess(id), ct)))
            .WithName("GetRemoteAccess")
            .WithSummary("A remote connection, without its secret")
            .ProducesProblem(StatusCodes.Status404NotFound);
        remoteAccess.MapPost("/reveal", async (Guid id, RevealInput body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RevealRemoteAccessSecret(id, body.Reason), ct)))
            .WithName("RevealRemoteAccessSecret")
            .WithSummary("Reveal a remote-access secret, with a reason")
            .WithDescription("Technician, Supervisor and Administrator (remoteAccess.reveal). The reason is required and kept in the audit record with who and when.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
