using HsWorks.Api.Http;
using HsWorks.Application.Register;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>The controller's details and the privacy notice's maintained texts (R1.1): data, not text in code.</summary>
public static class ControllerEndpoints
{
    public static void MapControllerEndpoints(this IEndpointRouteBuilder app)
    {
        var controller = app.MapGroup("/api/v1/controller").WithTags("Controller").RequireAuthorization();

        controller.MapGet("/", async (ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var details = await sender.Send(new GetController(), ct);
                response.SetETag(details.Version);
                return TypedResults.Ok(details);
            })
            .WithName("GetController")
            .WithSummary("The controller's details and the privacy notice's maintained texts")
            .WithDescription("Name, business id, address, phone, e-mail and the data-protection contact; securityMeasures, provisionOfData (whether giving the data is required and what follows if not) and safeguardsCopy (how to get a copy of the transfer safeguards), each in fi, sv and en. Returns an ETag for the edit. Any signed-in staff member.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        controller.MapPut("/", async (ControllerInput body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var details = await sender.Send(new UpdateController(request.IfMatchVersion(), body), ct);
                response.SetETag(details.Version);
                return TypedResults.Ok(details);
            })
            .WithName("UpdateController")
            .WithSummary("Edit the controller's details and the notice's maintained texts (Administrator)")
            .WithDescription("Every field at once: name and contactName 1–200 characters; businessId a Finnish business id (2168645-1); street, postalCode (five digits), city; phone and contactPhone (optional) a Finnish number or one with its + country code, stored as E.164; email and contactEmail; each maintained text 1–4000 characters in fi, sv and en (a line break between paragraphs). Send the ETag from GET in `If-Match`: a stale version answers 412, a missing one 428. The published privacy notice changes only with the next publish. Audited with the changed fields. Needs controller.manage.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }
}
