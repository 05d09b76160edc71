using HsWorks.Api.Http;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.ProhibitionRegisters;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace HsWorks.Api.Endpoints;

/// <summary>Prohibition registers and their imports (R5.3, issue 4); docs/imports.md describes the file.</summary>
public static class ProhibitionRegistersEndpoints
{
    public static void MapProhibitionRegistersEndpoints(this IEndpointRouteBuilder app)
    {
        var registers = app.MapGroup("/api/v1/prohibition-registers").WithTags("Prohibition registers").RequireAuthorization();
        registers.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListProhibitionRegisters(), ct)))
            .WithName("ListProhibitionRegisters")
            .WithSummary("Prohibition registers with the import in force")
            .WithDescription("Needs prohibitionRegisters.manage (Administrator, DataProtectionOfficer, Marketing).");
        registers.MapPost("/", async (ProhibitionRegisterInput body, ISender sender, CancellationToken ct) =>
            {
                var register = await sender.Send(new CreateProhibitionRegister(body), ct);
                return TypedResults.Created($"/api/v1/prohibition-registers/{register.Id}", register);
            })
            .WithName("CreateProhibitionRegister")
            .WithSummary("Add a prohibition register")
            .WithDescription("channels: the channels its bans cover (email, sms, phone, post or all).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        registers.MapPost("/{id:guid}/imports", async (Guid id, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                // Streamed from the request into the encrypted store: never buffered in memory or a temporary folder.
                var form = await StreamedForm.ReadUntilFileAsync(request, "file", ct);
                var import = await sender.Send(new StartRegisterImport(id, form.FileName, form.Field("fileDate"), form.File), ct);
                return TypedResults.Accepted($"/api/v1/prohibition-registers/{id}/imports/{import.Id}", import);
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(StartRegisterImport.MaxBytes + 1024 * 1024))
            .WithMetadata(new StreamedUploadForm("file", FileRequired: false, ("fileDate", null)))
            .WithName("StartRegisterImport")
            .WithSummary("Upload a register's file; it is imported in the background")
            .WithDescription("""
                multipart/form-data with `fileDate` (YYYY-MM-DD, the date of the register's extract) first, then `file` (CSV, UTF-8 or
                ISO-8859-1/Windows-1252, `;` or `,` separated, first line naming the columns among firstName, lastName, street, postalCode,
                city, phone, email — see docs/imports.md); the file is streamed and stored encrypted. Answers 202 with the import; follow it
                at the Location. A completed import replaces the register's previous snapshot at once; a file with any bad line is rejected with the line numbers and changes nothing.
                Lines matching the suppression record of a person erased at their request are counted in suppressedMatches (there is no person left to ban).
                """)
            .Produces<RegisterImportDto>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        registers.MapGet("/{id:guid}/imports", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListRegisterImports(id), ct)))
            .WithName("ListRegisterImports")
            .WithSummary("Imports of a register, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        registers.MapGet("/{id:guid}/imports/{importId:guid}", async (Guid id, Guid importId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetRegisterImport(id, importId), ct)))
            .WithName("GetRegisterImport")
            .WithSummary("An import's status: running (with phase and progress), completed or failed (with the bad lines)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        registers.MapGet("/{id:guid}/imports/{importId:guid}/matches",
                async (Guid id, Guid importId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                    TypedResults.Ok<PagedResult<RegisterMatchDto>>(await sender.Send(new ListRegisterImportMatches(id, importId, page, pageSize), ct)))
            .WithName("ListRegisterImportMatches")
            .WithSummary("The persons an import matched, by line, with the reasons (email, phone, nameAndAddress)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/api/v1/persons/{id:guid}/register-matches", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListPersonRegisterMatches(id), ct)))
            .RequireAuthorization()
            .WithTags("Prohibition registers")
            .WithName("ListPersonRegisterMatches")
            .WithSummary("The person's bans from prohibition registers: in force and earlier snapshots")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
