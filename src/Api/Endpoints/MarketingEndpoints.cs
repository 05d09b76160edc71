using HsWorks.Application.Common.Paging;
using HsWorks.Application.Disclosures;
using HsWorks.Application.Marketing;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>Direct-marketing selections: preview with exclusion counts, and recorded CSV exports (R6.2, R6.3).</summary>
public static class MarketingEndpoints
{
    public static void MapMarketingEndpoints(this IEndpointRouteBuilder app)
    {
        var selections = app.MapGroup("/api/v1/marketing/selections").WithTags("Marketing").RequireAuthorization();
        selections.MapGet("/", async (int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<MarketingSelectionDto>>(await sender.Send(new ListMarketingSelections(page, pageSize), ct)))
            .WithName("ListMarketingSelections")
            .WithSummary("Saved selections, newest first")
            .WithDescription("Needs marketing.select (Administrator, Marketing).");
        selections.MapPost("/", async (MarketingSelectionInput body, ISender sender, CancellationToken ct) =>
            {
                var selection = await sender.Send(new CreateMarketingSelection(body), ct);
                return TypedResults.Created($"/api/v1/marketing/selections/{selection.Id}", selection);
            })
            .WithName("CreateMarketingSelection")
            .WithSummary("Save a selection: criteria, a marketing purpose and one channel")
            .WithDescription("purpose: ownMarketing, partnerMarketing or another marketing purpose's code; channel: email, sms, phone or post. Every criterion is optional; several values in one list mean any of them.")
            .ProducesValidationProblem();
        selections.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMarketingSelection(id), ct)))
            .WithName("GetMarketingSelection")
            .WithSummary("A saved selection")
            .ProducesProblem(StatusCodes.Status404NotFound);
        selections.MapGet("/{id:guid}/preview", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new PreviewMarketingSelection(id), ct)))
            .WithName("PreviewMarketingSelection")
            .WithSummary("How many qualify now, and how many each exclusion rule leaves out")
            .WithDescription("excluded has every reason: nonDisclosure, restricted, ownBan, partnerBan, prohibitionRegister, noConsent, noAddress. A person left out is counted under the first reason in that order.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        selections.MapGet("/{id:guid}/export", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var content = await sender.Send(new ExportMarketingSelection(id), ct);
                http.Response.Headers["HsWorks-Export-Id"] = content.Export.Id.ToString();
                return Results.Stream(stream => content.File.WriteAsync(stream, http.RequestAborted), content.File.ContentType, content.File.FileName);
            })
            .WithName("ExportMarketingSelection")
            .WithSummary("Export the persons who qualify now as CSV; the export and its persons are recorded")
            .WithDescription("Streams text/csv (UTF-8, comma separated, header line first). Columns: personId, firstName, lastName, language, then the channel's address: email; mobile for sms; phone for phone; street, postalCode, city, country for post. Free-text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab, CR, LF or NUL) are prefixed with ' and quoted; E.164 phone numbers, ids and numbers are written as they are. The answer's HsWorks-Export-Id header names the recorded export.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        selections.MapGet("/{id:guid}/exports", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListSelectionExports(id), ct)))
            .WithName("ListSelectionExports")
            .WithSummary("Every export of the selection: when, by whom, how many persons")
            .ProducesProblem(StatusCodes.Status404NotFound);
        selections.MapPost("/{id:guid}/handover", async (Guid id, HandoverInput body, ISender sender, CancellationToken ct) =>
            {
                var disclosure = await sender.Send(new HandOverSelection(id, body), ct);
                return TypedResults.Created($"/api/v1/disclosures/{disclosure.Id}", disclosure);
            })
            .WithName("HandOverSelection")
            .WithSummary("Hand the persons a selection includes now to a recipient; recorded as a disclosure")
            .WithDescription("A partner gets only partner-marketing selections; own marketing goes to processors. Refused (409) outside the EU/EEA without a safeguard.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
