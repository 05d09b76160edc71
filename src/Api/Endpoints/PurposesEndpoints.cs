using HsWorks.Application.Purposes;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>Processing purposes and their legal bases, with every earlier version (R3.2).</summary>
public static class PurposesEndpoints
{
    public static void MapPurposesEndpoints(this IEndpointRouteBuilder app)
    {
        var purposes = app.MapGroup("/api/v1/purposes").WithTags("Purposes").RequireAuthorization();

        purposes.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListPurposes(), ct)))
            .WithName("ListPurposes")
            .WithSummary("Processing purposes with their legal basis")
            .WithDescription("legalBasis: consent, contract, legalObligation or legitimateInterest. Marketing purposes are separate from service purposes (R3.2).");
        purposes.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetPurpose(id), ct)))
            .WithName("GetPurpose")
            .WithSummary("A processing purpose with its legal basis")
            .ProducesProblem(StatusCodes.Status404NotFound);
        purposes.MapPost("/", async (PurposeInput body, ISender sender, CancellationToken ct) =>
            {
                var purpose = await sender.Send(new DefinePurpose(body), ct);
                return TypedResults.Created($"/api/v1/purposes/{purpose.Id}", purpose);
            })
            .WithName("DefinePurpose")
            .WithSummary("Add a purpose (DataProtectionOfficer, Administrator)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        purposes.MapPut("/{id:guid}", async (Guid id, PurposeInput body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RevisePurpose(id, body), ct)))
            .WithName("RevisePurpose")
            .WithSummary("Change a purpose; the previous version is kept")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        purposes.MapGet("/{id:guid}/versions", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListPurposeVersions(id), ct)))
            .WithName("ListPurposeVersions")
            .WithSummary("Every version of a purpose");
    }
}
