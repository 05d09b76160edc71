using HsWorks.Api.Http;
using HsWorks.Api.OpenApi;
using HsWorks.Application.Register;
using HsWorks.Domain.Persons;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>The record of processing activities (GDPR Art. 30) generated from the register: JSON with W3C DPV identifiers, CSV and a printable page.</summary>
public static class ProcessingRecordEndpoints
{
    private const string Readers = "Needs processingRecord.read (DataProtectionOfficer, Administrator).";

    public static void MapProcessingRecordEndpoints(this IEndpointRouteBuilder app)
    {
        var record = app.MapGroup("/api/v1").WithTags("Processing record").RequireAuthorization();

        record.MapGet("/processing-record", async (Language? lang, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var generated = await sender.Send(new GetProcessingRecord(lang), ct);
                return http.Request.WantsHtml()
                    ? Results.Content(generated.Html, "text/html; charset=utf-8")
                    : TypedResults.Ok(generated.Record);
            })
            .WithName("GetProcessingRecord")
            .WithSummary("The record of processing activities (Art. 30), per purpose")
            .WithDescription($"lang: fi (default), sv or en. The controller and the data-protection contact; per purpose: legalBasis with legalBasisDpv (https://w3id.org/dpv#Consent, #Contract, #LegalObligation, #LegitimateInterest) and gdprArticle (https://w3id.org/dpv/legal/eu/gdpr#A6-1-a …), the legitimate interest where that is the basis, the categories of data subjects and of data (each with its https://w3id.org/dpv/pd# terms: Name, EmailAddress, TelephoneNumber, PhysicalAddress, OfficialID, VoiceCommunicationRecording, …), recipients, transfers outside the EU/EEA with their safeguards, retention per category and the security measures. Accept: text/html answers a self-contained printable page instead. {Readers}")
            .Produces<ProcessingRecordDto>(StatusCodes.Status200OK, "application/json")
            .WithMetadata(new TextAlternative(StatusCodes.Status200OK, "text/html"))
            .ProducesValidationProblem();
        record.MapGet("/processing-record.csv", async (Language? lang, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var file = await sender.Send(new ExportProcessingRecord(lang), ct);
                return Results.Stream(stream => file.WriteAsync(stream, http.RequestAborted), file.ContentType, file.FileName);
            })
            .WithName("ExportProcessingRecord")
            .WithSummary("The record of processing activities as CSV, one line per purpose")
            .WithDescription($"Streams text/csv (UTF-8, comma separated, header line first). Columns: purpose, name, marketing, legalBasis, legalBasisDpv, gdprArticle, legitimateInterest, dataSubjects, dataCategories, personalDataDpv, recipients, transfers, retention, securityMeasures, controller, dataProtectionContact; lists separated by \"; \". Cells a spreadsheet would run as a formula are neutralised. lang: fi (default), sv or en. {Readers}")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesValidationProblem();
    }
}
