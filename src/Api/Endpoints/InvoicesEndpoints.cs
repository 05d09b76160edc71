using HsWorks.Application.Common.Paging;
using HsWorks.Application.Customers;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>Invoicing and collection: a customer's invoices and their status.</summary>
public static class InvoicesEndpoints
{
    public static void MapInvoicesEndpoints(this IEndpointRouteBuilder app)
    {
        var customer = app.MapGroup("/api/v1/customers/{id:guid}").WithTags("Invoices").RequireAuthorization();
        var invoice = app.MapGroup("/api/v1/invoices/{id:guid}").WithTags("Invoices").RequireAuthorization();

        customer.MapGet("/invoices", async (Guid id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<InvoiceDto>>(await sender.Send(new ListInvoices(id, page, pageSize), ct)))
            .WithName("ListInvoices")
            .WithSummary("Invoices, newest first")
            .WithDescription("amount and vatAmount are null unless the caller has invoices.readAmounts (a HelpdeskAgent sees the status only). status: open, paid, overdue (derived from the due date), reminded, inCollection, credited.");
        customer.MapPost("/invoices", async (Guid id, InvoiceInput body, ISender sender, CancellationToken ct) =>
            {
                var invoice = await sender.Send(new IssueInvoice(id, body), ct);
                return TypedResults.Created($"/api/v1/invoices/{invoice.Id}", invoice);
            })
            .WithName("IssueInvoice")
            .WithSummary("Record an invoice; its number and Finnish reference number are assigned")
            .ProducesValidationProblem();
        invoice.MapGet("/", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetInvoice(id), ct)))
            .WithName("GetInvoice")
            .WithSummary("An invoice with its status history")
            .WithDescription("amount and vatAmount are null unless the caller has invoices.readAmounts.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        invoice.MapPost("/status", async (Guid id, InvoiceStatusInput body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ChangeInvoiceStatus(id, body.Status), ct)))
            .WithName("ChangeInvoiceStatus")
            .WithSummary("Move an invoice to paid, reminded, inCollection or credited")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
