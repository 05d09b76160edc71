using HsWorks.Api.Http;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Persons;
using Mediator;

namespace HsWorks.Api.Endpoints;

public static class PersonsEndpoints
{
    public static void MapPersonsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/persons").WithTags("Persons").RequireAuthorization();

        group.MapGet("/", async (string? q, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<PersonSummary>>(await sender.Send(new ListPersons(q, page, pageSize), ct)))
            .WithName("ListPersons")
            .WithSummary("List data subjects")
            .WithDescription("`q` filters by a first or last name prefix. Needs persons.read; the listed persons are audited.");

        group.MapPost("/", async (PersonInput body, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var person = await sender.Send(new CreatePerson(body), ct);
                response.SetETag(person.Version);
                return TypedResults.Created($"/api/v1/persons/{person.Id}", person);
            })
            .WithName("CreatePerson")
            .WithSummary("Register a data subject")
            .WithDescription("Phone numbers are stored in E.164; the identity code is validated, encrypted at rest and shown masked unless the caller may see it whole. `source` (default `staff`) records where the data came from. Setting `nonDisclosure` or naming `populationRegister` as the source needs nonDisclosure.manage (403 otherwise; others record a claim: POST /persons/{id}/non-disclosure-claims). When the identity code, e-mail or a phone matches the suppression record of a person erased at their request, the person is still created but the answer carries warnings: [erasedPersonMatch], and the audit record says suppressionMatch — check before keeping them. Needs persons.write.")
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var person = await sender.Send(new GetPerson(id), ct);
                response.SetETag(person.Version);
                return TypedResults.Ok(person);
            })
            .WithName("GetPerson")
            .WithSummary("Open a data subject")
            .WithDescription("Returns an ETag for the edit. Opening is an audited read. For a person with the non-disclosure marking or a pending claim of it, `addressHidden` is true and `address` null unless the caller has persons.readProtectedAddress. Needs persons.read.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}", async (Guid id, PersonInput body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var person = await sender.Send(new UpdatePerson(id, request.IfMatchVersion(), body), ct);
                response.SetETag(person.Version);
                return TypedResults.Ok(person);
            })
            .WithName("UpdatePerson")
            .WithSummary("Edit a data subject's basic details")
            .WithDescription("Send the ETag from GET in `If-Match`. A stale version answers 412 and nothing is saved; a missing one 428. `personalIdentityCode`: null keeps the stored code, \"\" removes it. Setting or clearing `nonDisclosure`, or the source `populationRegister`, needs nonDisclosure.manage (403 otherwise). A caller who cannot see a protected address keeps it by leaving `address` out. While processing of the person is restricted (GDPR Art. 18, `processingRestricted`) the edit answers 409 — correct the details through the person's rectification request — unless `restrictionGround` names a ground of Art. 18(2) (consent, legalClaims, otherPersonsRights, importantPublicInterest), which is recorded with the edit. Needs persons.write.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }
}
