using FluentValidation;
using FluentValidation.Results;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Files;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.PopulationRegister;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.PopulationRegister;

/// <summary>
/// Registers an import of a Population Register change file (R5.2, docs/population-register.md), keeps the file and lets it run in
/// the background; the answer is the running import to follow. The layout is JSON lines or CSV, told by the file's name, its
/// content type, or its first character.
/// </summary>
[RequiresPermission(Permission.PopulationRegisterImport)]
[Audited("populationRegister.import")]
[NotRetried] // the upload is read once and written to the file store
public sealed record StartPopulationRegisterImport(string? FileName, string? ContentType, Stream? Content) : ICommand<PopulationImportDto>
{
    /// <summary>A million changes of every group are about 200 MB as JSON lines.</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    /// <summary>JSON lines or CSV: by extension, then content type, then the first non-blank character ('{' is JSON).</summary>
    public static PopulationFileFormat FormatOf(string? fileName, string? contentType, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (extension is ".jsonl" or ".ndjson" or ".json") return PopulationFileFormat.JsonLines;
        if (extension is ".csv") return PopulationFileFormat.Csv;
        var type = (contentType ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
        if (type is "application/x-ndjson" or "application/jsonl" or "application/json" or "application/x-jsonlines") return PopulationFileFormat.JsonLines;
        if (type is "text/csv") return PopulationFileFormat.Csv;
        foreach (var b in head)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF) continue;
            return b == (byte)'{' ? PopulationFileFormat.JsonLines : PopulationFileFormat.Csv;
        }
        return PopulationFileFormat.JsonLines;
    }
}

internal sealed class StartPopulationRegisterImportValidator : AbstractValidator<StartPopulationRegisterImport>
{
    public StartPopulationRegisterImportValidator()
    {
        RuleFor(x => x.Content).NotNull().WithMessage(_ => Messages.Get("fileRequired")).OverridePropertyName("file");
        RuleFor(x => x.FileName).MaximumLength(1000);
        RuleFor(x => x.ContentType).MaximumLength(200);
    }
}

internal sealed class StartPopulationRegisterImportHandler(
    IHsWorksDb db, IPopulationRegisterImports imports, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<StartPopulationRegisterImport, PopulationImportDto>
{
    public async ValueTask<PopulationImportDto> Handle(StartPopulationRegisterImport command, CancellationToken cancellationToken)
    {
        // Streamed as it arrives: an empty file is refused before anything is saved, one too large while it is written.
        await using var content = await UploadContent.OpenAsync(command.Content!, StartPopulationRegisterImport.MaxBytes,
            Messages.Get("importTooLarge", StartPopulationRegisterImport.MaxBytes / 1024 / 1024), cancellationToken);
        if (content.Head.Length == 0) throw new ValidationException([new ValidationFailure("file", Messages.Get("fileRequired"))]);
        var format = StartPopulationRegisterImport.FormatOf(command.FileName, command.ContentType, content.Head);
        var import = PopulationRegisterImport.Start(Guid.CreateVersion7(), command.FileName ?? string.Empty, format, clock.GetUtcNow(),
            currentUser.Username);
        db.PopulationRegisterImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        // The file is kept before the commit; the import runs once its row is visible.
        await imports.AcceptAsync(import.Id, content, cancellationToken);
        trail.Changed([$"populationImport:{import.Id}"]);
        return import.ToDto(imports.ProgressOf(import.Id));
    }
}
