using FluentValidation;
using FluentValidation.Results;
using HsWorks.Api.Http;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Customers;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>Call recordings and other stored communication, encrypted at rest.</summary>
public static class RecordingsEndpoints
{
    public static void MapRecordingsEndpoints(this IEndpointRouteBuilder app)
    {
        var customer = app.MapGroup("/api/v1/customers/{id:guid}").WithTags("Recordings").RequireAuthorization();
        var recording = app.MapGroup("/api/v1/recordings/{id:guid}").WithTags("Recordings").RequireAuthorization();

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
        recording.MapGet("/", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var recording = await sender.Send(new PlayRecording(id), ct);
                // An uploaded document is never rendered on the application's origin: a download, sandboxed if opened anyway.
                http.Response.Headers.ContentSecurityPolicy = BrowserProtections.SandboxPolicy;
                return TypedResults.Stream(recording.Content, recording.ContentType, recording.FileName, enableRangeProcessing: true);
            })
            .WithName("PlayRecording")
            .WithSummary("Stream a recording (HTTP range requests supported)")
            .WithDescription("Only for levels with recordings.play; every playback is audited. Served as an attachment (Content-Disposition: attachment, Content-Security-Policy: sandbox): the SPA plays it from a blob: URL.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status206PartialContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
