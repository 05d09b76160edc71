using HsWorks.Application.Common.Paging;
using HsWorks.Application.Customers;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>The contact timeline of a customer and of a person.</summary>
public static class ContactsEndpoints
{
    public static void MapContactsEndpoints(this IEndpointRouteBuilder app)
    {
        var customer = app.MapGroup("/api/v1/customers/{id:guid}").WithTags("Contacts").RequireAuthorization();
        var person = app.MapGroup("/api/v1/persons/{id:guid}").WithTags("Contacts").RequireAuthorization();

        customer.MapGet("/contacts", async (Guid id, Guid? productGroupId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<ContactDto>>(await sender.Send(new ListContacts(id, productGroupId, page, pageSize), ct)))
            .WithName("ListContacts")
            .WithSummary("The contact timeline, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        customer.MapPost("/contacts", async (Guid id, ContactInput body, ISender sender, CancellationToken ct) =>
            {
                var contact = await sender.Send(new LogContact(id, body), ct);
                return TypedResults.Created($"/api/v1/customers/{id}/contacts/{contact.Id}", contact);
            })
            .WithName("LogContact")
            .WithSummary("Log a contact")
            .WithDescription("channel: phoneIn, phoneOut, email, visit, remoteSession or chat. `at` defaults to now; the signed-in user is the staff member. While processing of the person (or of a consumer customer's own person) is restricted (GDPR Art. 18) it answers 409 unless `restrictionGround` names a ground of Art. 18(2) (consent, legalClaims, otherPersonsRights, importantPublicInterest), which is recorded with it. Needs serviceRecords.write.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        customer.MapGet("/contacts/{contactId:guid}", async (Guid id, Guid contactId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetContact(id, contactId), ct)))
            .WithName("GetContact")
            .WithSummary("A logged contact")
            .ProducesProblem(StatusCodes.Status404NotFound);
        person.MapGet("/contacts", async (Guid id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<ContactDto>>(await sender.Send(new ListPersonContacts(id, page, pageSize), ct)))
            .WithName("ListPersonContacts")
            .WithSummary("A person's contact timeline, newest first");
    }
}
