using HsWorks.Application.Prohibitions;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>A person's marketing bans and objections, in force and lifted.</summary>
public static class ProhibitionsEndpoints
{
    public static void MapProhibitionsEndpoints(this IEndpointRouteBuilder app)
    {
        var person = app.MapGroup("/api/v1/persons/{id:guid}").WithTags("Prohibitions").RequireAuthorization();

        person.MapGet("/prohibitions", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListProhibitions(id), ct)))
            .WithName("ListProhibitions")
            .WithSummary("Marketing bans, in force and lifted")
            .ProducesProblem(StatusCodes.Status404NotFound);
        person.MapPost("/prohibitions", async (Guid id, ProhibitionInput body, ISender sender, CancellationToken ct) =>
            {
                var prohibition = await sender.Send(new ImposeProhibition(id, body), ct);
                return TypedResults.Created($"/api/v1/persons/{id}/prohibitions/{prohibition.Id}", prohibition);
            })
            .WithName("ImposeProhibition")
            .WithSummary("Record a ban on direct marketing or on disclosure to partners")
            .WithDescription("kind: directMarketing or partnerDisclosure; channel: email, sms, phone, post or all (default all). Needs consents.write.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        person.MapGet("/prohibitions/{prohibitionId:guid}", async (Guid id, Guid prohibitionId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetProhibition(id, prohibitionId), ct)))
            .WithName("GetProhibition")
            .WithSummary("A marketing ban or objection, in force or lifted")
            .ProducesProblem(StatusCodes.Status404NotFound);
        // The body is optional ({ reason }), so it is read by hand: a declared body would make a bodiless POST miss the route.
        person.MapPost("/prohibitions/{prohibitionId:guid}/lift", async (Guid id, Guid prohibitionId, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var body = request.HasJsonContentType() && request.ContentLength is not 0 ? await request.ReadFromJsonAsync<LiftProhibitionInput>(ct) : null;
                return TypedResults.Ok(await sender.Send(new LiftProhibition(id, prohibitionId, body?.Reason), ct));
            })
            .WithName("LiftProhibition")
            .WithSummary("Lift a ban; it stays in the history")
            .WithDescription("Optional JSON body { reason }, kept in the audit record. A ban from a prohibition register cannot be lifted by hand (409). Needs prohibitions.lift (DataProtectionOfficer only).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
