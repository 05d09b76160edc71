using HsWorks.Application.Consents;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>A person's consent ledger: the consents in force and every event (R2.2, R4.7).</summary>
public static class ConsentsEndpoints
{
    public static void MapConsentsEndpoints(this IEndpointRouteBuilder app)
    {
        var person = app.MapGroup("/api/v1/persons/{id:guid}").WithTags("Consents").RequireAuthorization();

        person.MapGet("/consents", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetConsents(id), ct)))
            .WithName("GetConsents")
            .WithSummary("Consents in force and their whole history")
            .ProducesProblem(StatusCodes.Status404NotFound);
        person.MapPost("/consents", async (Guid id, ConsentEventInput body, ISender sender, CancellationToken ct) =>
            {
                var recorded = await sender.Send(new RecordConsent(id, body), ct);
                return TypedResults.Created($"/api/v1/persons/{id}/consents", recorded);
            })
            .WithName("RecordConsent")
            .WithSummary("Give or withdraw a consent (one event)")
            .WithDescription("purpose: a purpose code whose legal basis is consent; channel: email, sms, phone, post or all; action: given or withdrawn; source: form, phoneCall, contract, web or partner; evidence: the wording shown, the signed document or the recorded call. Needs consents.write.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
