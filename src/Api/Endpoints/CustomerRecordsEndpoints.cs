using FluentValidation;
using FluentValidation.Results;
using HsWorks.Api.Http;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Customers;
using Mediator;
using HsWorks.Domain.Customers;

namespace HsWorks.Api.Endpoints;

/// <summary>The customer's records for the 360 view: contacts, problems, interests, purchases, assets, invoices, and the overview.</summary>
public static class CustomerRecordsEndpoints
{
    public static void MapCustomerRecordsEndpoints(this IEndpointRouteBuilder app)
    {
        var customer = app.MapGroup("/api/v1/customers/{id:guid}").WithTags("Customer 360").RequireAuthorization();

        customer.MapGet("/overview", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetCustomerOverview(id), ct)))
            .WithName("GetCustomerOverview")
            .WithSummary("The 360 summary of a customer in one round trip")
            .WithDescription("Basic details and persons, open problems, the 5 latest contacts, active warranties, the open balance (null for levels without invoices.readAmounts), overdue invoices and the marketing status. Needs customers.read.")
            .ProducesProblem(StatusCodes.Status404NotFound);

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
            .WithDescription("channel: phoneIn, phoneOut, email, visit, remoteSession or chat. `at` defaults to now; the signed-in user is the staff member. Needs serviceRecords.write.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        customer.MapGet("/problems", async (Guid id, Guid? productGroupId, ProblemStatus? status, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<ProblemDto>>(await sender.Send(new ListProblems(id, productGroupId, status, page, pageSize), ct)))
            .WithName("ListProblems")
            .WithSummary("Problems, open first");
        customer.MapPost("/problems", async (Guid id, ProblemInput body, ISender sender, CancellationToken ct) =>
            {
                var problem = await sender.Send(new ReportProblem(id, body), ct);
                return TypedResults.Created($"/api/v1/customers/{id}/problems/{problem.Id}", problem);
            })
            .WithName("ReportProblem")
            .WithSummary("Record a reported or observed problem")
            .ProducesValidationProblem();
        customer.MapPut("/problems/{problemId:guid}", async (Guid id, Guid problemId, ProblemInput body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new UpdateProblem(id, problemId, body), ct)))
            .WithName("UpdateProblem")
            .WithSummary("Edit a problem or mark it solved")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        customer.MapGet("/interests", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListInterests(id), ct)))
            .WithName("ListInterests")
            .WithSummary("Interests (tags)");
        customer.MapPost("/interests", async (Guid id, InterestInput body, ISender sender, CancellationToken ct) =>
            {
                var interest = await sender.Send(new AddInterest(id, body), ct);
                return TypedResults.Created($"/api/v1/customers/{id}/interests/{interest.Id}", interest);
            })
            .WithName("AddInterest")
            .WithSummary("Add an interest")
            .ProducesValidationProblem();
        customer.MapDelete("/interests/{interestId:guid}", async (Guid id, Guid interestId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveInterest(id, interestId), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveInterest")
            .WithSummary("Remove an interest")
            .ProducesProblem(StatusCodes.Status404NotFound);

        customer.MapGet("/purchases", async (Guid id, Guid? productGroupId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<PurchaseDto>>(await sender.Send(new ListPurchases(id, productGroupId, page, pageSize), ct)))
            .WithName("ListPurchases")
            .WithSummary("Products and services acquired, newest first");
        customer.MapPost("/purchases", async (Guid id, PurchaseInput body, ISender sender, CancellationToken ct) =>
            {
                var purchase = await sender.Send(new RecordPurchase(id, body), ct);
                return TypedResults.Created($"/api/v1/customers/{id}/purchases/{purchase.Id}", purchase);
            })
            .WithName("RecordPurchase")
            .WithSummary("Record a purchase")
            .WithDescription("reasonCategory: newNeed, replacement, upgrade, repair, recommendation, campaign or other. personId is the buyer; marketingOptOutOffered records that the buyer was offered a free, easy way to refuse marketing. Needs customers.write.")
            .ProducesValidationProblem();

        customer.MapGet("/assets", async (Guid id, Guid? productGroupId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<AssetDto>>(await sender.Send(new ListAssets(id, productGroupId, page, pageSize), ct)))
            .WithName("ListAssets")
            .WithSummary("Devices, hardware and software with warranties");
        customer.MapPost("/assets", async (Guid id, AssetInput body, ISender sender, CancellationToken ct) =>
            {
                var asset = await sender.Send(new RegisterAsset(id, body), ct);
                return TypedResults.Created($"/api/v1/customers/{id}/assets/{asset.Id}", asset);
            })
            .WithName("RegisterAsset")
            .WithSummary("Register a device, hardware or software")
            .WithDescription("kind: workstation, laptop, server, printer, network, mobile, software or other. The licence key is encrypted at rest and only shown masked.")
            .ProducesValidationProblem();

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

        customer.MapGet("/recordings", async (Guid id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<RecordingDto>>(await sender.Send(new ListRecordings(id, page, pageSize), ct)))
            .WithName("ListRecordings")
            .WithSummary("Call recordings and stored communication (descriptions)");
        customer.MapPost("/recordings", async (Guid id, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                // Streamed from the request into the encrypted store: never buffered in memory or a temporary folder.
                var form = await StreamedForm.ReadUntilFileAsync(request, "file", ct);
                if (form.File is null) throw new ValidationException([new ValidationFailure("file", Messages.Get("fileRequired"))]);
                Guid? contactId = form.Field("contactId") is { Length: > 0 } text
                    ? Guid.TryParse(text, out var parsed) ? parsed : throw new ValidationException([new ValidationFailure("contactId", Messages.Get("invalid"))])
                    : null;
                var recording = await sender.Send(new UploadRecording(id, contactId, form.FileContentType ?? string.Empty, form.FileName ?? string.Empty, form.File), ct);
                return TypedResults.Created($"/api/v1/recordings/{recording.Id}", recording);
            })
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(RecordingFormats.MaxBytes + 1024 * 1024))
            .WithMetadata(new StreamedUploadForm("file", FileRequired: true, ("contactId", "uuid")))
            .WithName("UploadRecording")
            .WithSummary("Upload a call recording or other communication")
            .WithDescription("multipart/form-data with optional `contactId` first, then `file` (audio/mpeg, audio/wav, audio/ogg, audio/mp4, audio/webm, audio/flac, application/pdf, text/plain or message/rfc822, at most 50 MB; the content must match its type); the file is streamed and stored encrypted. Needs serviceRecords.write.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        var records = app.MapGroup("/api/v1").RequireAuthorization();
        records.MapGet("/recordings/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var recording = await sender.Send(new PlayRecording(id), ct);
                // An uploaded document is never rendered on the application's origin: a download, sandboxed if opened anyway.
                http.Response.Headers.ContentSecurityPolicy = BrowserProtections.SandboxPolicy;
                return TypedResults.Stream(recording.Content, recording.ContentType, recording.FileName, enableRangeProcessing: true);
            })
            .WithTags("Customer 360")
            .WithName("PlayRecording")
            .WithSummary("Stream a recording (HTTP range requests supported)")
            .WithDescription("Only for levels with recordings.play; every playback is audited. Served as an attachment (Content-Disposition: attachment, Content-Security-Policy: sandbox): the SPA plays it from a blob: URL.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status206PartialContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        records.MapGet("/assets/{id:guid}/remote-access", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListRemoteAccess(id), ct)))
            .WithTags("Customer 360")
            .WithName("ListRemoteAccess")
            .WithSummary("A workstation's remote connections, without secrets")
            .ProducesProblem(StatusCodes.Status404NotFound);
        records.MapPost("/assets/{id:guid}/remote-access", async (Guid id, RemoteAccessInput body, ISender sender, CancellationToken ct) =>
            {
                var access = await sender.Send(new AddRemoteAccess(id, body), ct);
                return TypedResults.Created($"/api/v1/remote-access/{access.Id}", access);
            })
            .WithTags("Customer 360")
            .WithName("AddRemoteAccess")
            .WithSummary("Record a remote connection (tool, host, user name, secret)")
            .WithDescription("The secret is encrypted at rest with a key kept outside the database and is never returned here.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        records.MapPost("/remote-access/{id:guid}/reveal", async (Guid id, RevealInput body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RevealRemoteAccessSecret(id, body.Reason), ct)))
            .WithTags("Customer 360")
            .WithName("RevealRemoteAccessSecret")
            .WithSummary("Reveal a remote-access secret, with a reason")
            .WithDescription("Technician, Supervisor and Administrator (remoteAccess.reveal). The reason is required and kept in the audit record with who and when.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        records.MapPost("/invoices/{id:guid}/status", async (Guid id, InvoiceStatusInput body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ChangeInvoiceStatus(id, body.Status), ct)))
            .WithTags("Customer 360")
            .WithName("ChangeInvoiceStatus")
            .WithSummary("Move an invoice to paid, reminded, inCollection or credited")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        records.MapGet("/warranties", async (int? endingWithinDays, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<WarrantyDto>>(await sender.Send(new ListEndingWarranties(endingWithinDays ?? 30, page, pageSize), ct)))
            .WithTags("Customer 360")
            .WithName("ListEndingWarranties")
            .WithSummary("Warranties ending within the next N days (default 30)");
        records.MapGet("/persons/{id:guid}/contacts", async (Guid id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<ContactDto>>(await sender.Send(new ListPersonContacts(id, page, pageSize), ct)))
            .WithTags("Persons")
            .WithName("ListPersonContacts")
            .WithSummary("A person's contact timeline, newest first");

        var groups = app.MapGroup("/api/v1/product-groups").WithTags("Product groups").RequireAuthorization();
        groups.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListProductGroups(), ct)))
            .WithName("ListProductGroups")
            .WithSummary("The product and service groups; names in the Accept-Language language");
        groups.MapPost("/", async (ProductGroupInput body, ISender sender, CancellationToken ct) =>
            {
                var group = await sender.Send(new CreateProductGroup(body), ct);
                return TypedResults.Created($"/api/v1/product-groups/{group.Id}", group);
            })
            .WithName("CreateProductGroup")
            .WithSummary("Add a product group (administrator)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        groups.MapPut("/{id:guid}", async (Guid id, ProductGroupNames body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RenameProductGroup(id, body), ct)))
            .WithName("RenameProductGroup")
            .WithSummary("Rename a product group (administrator); the code stays")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
