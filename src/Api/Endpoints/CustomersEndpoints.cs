using HsWorks.Api.Http;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Customers;
using Mediator;
using HsWorks.Domain.Customers;

namespace HsWorks.Api.Endpoints;

public static class CustomersEndpoints
{
    public static void MapCustomersEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/customers").WithTags("Customers").RequireAuthorization();

        group.MapGet("/", async (string? q, CustomerType? type, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<CustomerSummary>>(await sender.Send(new ListCustomers(q, type, page, pageSize), ct)))
            .WithName("ListCustomers")
            .WithSummary("List customers")
            .WithDescription("`q`: a name prefix or a customer number; `type`: consumer or organisation. Needs customers.read.");

        group.MapPost("/", async (CustomerInput body, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var customer = await sender.Send(new CreateCustomer(body), ct);
                response.SetETag(customer.Version);
                return TypedResults.Created($"/api/v1/customers/{customer.Id}", customer);
            })
            .WithName("CreateCustomer")
            .WithSummary("Open a customer account")
            .WithDescription("A consumer points at its person (`personId`); an organisation has a `name` and a `businessId` whose check digit is validated. The customer number is assigned. Needs customers.write.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var customer = await sender.Send(new GetCustomer(id), ct);
                response.SetETag(customer.Version);
                return TypedResults.Ok(customer);
            })
            .WithName("GetCustomer")
            .WithSummary("Open a customer")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}", async (Guid id, CustomerInput body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var customer = await sender.Send(new UpdateCustomer(id, request.IfMatchVersion(), body), ct);
                response.SetETag(customer.Version);
                return TypedResults.Ok(customer);
            })
            .WithName("UpdateCustomer")
            .WithSummary("Edit a customer")
            .WithDescription("Send the ETag from GET in `If-Match`; a stale version answers 412. The type cannot change. Needs customers.write.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPost("/{id:guid}/contact-persons", async (Guid id, AddContactPersonInput body, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var customer = await sender.Send(new AddContactPerson(id, body.PersonId), ct);
                response.SetETag(customer.Version);
                return TypedResults.Ok(customer);
            })
            .WithName("AddContactPerson")
            .WithSummary("Add a contact person to an organisation")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/overview", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetCustomerOverview(id), ct)))
            .WithName("GetCustomerOverview")
            .WithSummary("The 360 summary of a customer in one round trip")
            .WithDescription("Basic details and persons, open problems, the 5 latest contacts, active warranties, the open balance (null for levels without invoices.readAmounts), overdue invoices and the marketing status. Needs customers.read.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
