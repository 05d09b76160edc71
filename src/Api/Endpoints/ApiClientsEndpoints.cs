using HsWorks.Application.Disclosures;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>Partners' API clients and their secrets.</summary>
public static class ApiClientsEndpoints
{
    public static void MapApiClientsEndpoints(this IEndpointRouteBuilder app)
    {
        var clients = app.MapGroup("/api/v1/api-clients").WithTags("API clients").RequireAuthorization();

        clients.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListApiClients(), ct)))
            .WithName("ListApiClients")
            .WithSummary("Partners' API clients (never their secrets)");
        clients.MapPost("/", async (ApiClientInput body, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new CreateApiClient(body), ct);
                return TypedResults.Created($"/api/v1/api-clients/{created.Id}", created);
            })
            .WithName("CreateApiClient")
            .WithSummary("Create a partner's API client; clientSecret is shown only in this answer")
            .WithDescription("scopes among persons.read, disclosures.read, leads.write. Needs apiClients.manage (Administrator).")
            .ProducesValidationProblem();
        clients.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetApiClient(id), ct)))
            .WithName("GetApiClient")
            .WithSummary("A partner's API client (never its secret)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        clients.MapPost("/{id:guid}/rotate", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RotateApiClientSecret(id), ct)))
            .WithName("RotateApiClientSecret")
            .WithSummary("A new secret, shown once; the old secret and its tokens stop working at once")
            .ProducesProblem(StatusCodes.Status404NotFound);
        clients.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RevokeApiClient(id), ct)))
            .WithName("RevokeApiClient")
            .WithSummary("Revoke a client: its secret and tokens stop working; it stays listed as revoked")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
