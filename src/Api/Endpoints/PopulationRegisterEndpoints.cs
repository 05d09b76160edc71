using HsWorks.Api.Http;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.PopulationRegister;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace HsWorks.Api.Endpoints;

/// <summary>Population Register (DVV) change-file imports (R5.2, issue 13); docs/population-register.md describes the file.</summary>
public static class PopulationRegisterEndpoints
{
    private const string Importers = "Needs populationRegister.import (Administrator, DataProtectionOfficer).";

    public static void MapPopulationRegisterEndpoints(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/v1/population-register/imports").WithTags("Population Register").RequireAuthorization();
        imports.MapPost("/", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                // Streamed from the request into the encrypted store: never buffered in memory or a temporary folder.
                var form = await StreamedForm.ReadUntilFileAsync(request, "file", ct);
                var import = await sender.Send(new StartPopulationRegisterImport(form.FileName, form.FileContentType, form.File), ct);
                return TypedResults.Accepted($"/api/v1/population-register/imports/{import.Id}", import);
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(StartPopulationRegisterImport.MaxBytes + 1024 * 1024))
            .WithMetadata(new StreamedUploadForm("file", FileRequired: false))
            .WithName("StartPopulationRegisterImport")
            .WithSummary("Upload a Population Register change file; it is applied in the background")
            .WithDescription($"""
                multipart/form-data with `file`: JSON lines (`.jsonl`, one person a line: `henkilotunnus` and `muutokset`, each change with `ryhma`,
                `muutospaiva` and the group's fields) or CSV (`.csv`, a header naming the fields, one change a line), UTF-8 — see
                docs/population-register.md. The layout is told by the file's extension, then its content type, then its first character.
                Answers 202 with the import; follow it at the Location. Every line is validated first: a file with any bad line (a bad identity
                code or check character, a bad date, an unknown group, malformed JSON or CSV) fails with the line numbers and changes nothing.
                Otherwise every change is applied in one transaction; lines whose identity code matches no one are reported, never created. {Importers}
                """)
            .Produces<PopulationImportDto>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        imports.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListPopulationRegisterImports(), ct)))
            .WithName("ListPopulationRegisterImports")
            .WithSummary("Change-file imports, newest first")
            .WithDescription(Importers);
        imports.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPopulationRegisterImport(id), ct)))
            .WithName("GetPopulationRegisterImport")
            .WithSummary("An import's status: running (phase and progress), completed (what it changed) or failed (the bad lines)")
            .WithDescription(Importers)
            .ProducesProblem(StatusCodes.Status404NotFound);
        imports.MapGet("/{id:guid}/unmatched", async (Guid id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<PopulationUnmatchedDto>>(await sender.Send(new ListPopulationRegisterUnmatched(id, page, pageSize), ct)))
            .WithName("ListPopulationRegisterUnmatched")
            .WithSummary("The lines that matched no one (line numbers and groups only); nobody was created from them")
            .WithDescription(Importers)
            .ProducesProblem(StatusCodes.Status404NotFound);
        imports.MapGet("/{id:guid}/changes", async (Guid id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<PopulationChangeDto>>(await sender.Send(new ListPopulationRegisterChanges(id, page, pageSize), ct)))
            .WithName("ListPopulationRegisterChanges")
            .WithSummary("The changes an import made, by line and person, with the fields changed")
            .WithDescription($"The persons shown are audited. {Importers}")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
