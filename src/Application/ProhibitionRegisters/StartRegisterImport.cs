using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Files;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.ProhibitionRegisters;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.ProhibitionRegisters;

/// <summary>
/// Registers an import of a prohibition register's file (R5.3) with the file's date, keeps the file
/// and lets it run in the background; the answer is the running import to follow.
/// </summary>
[RequiresPermission(Permission.ProhibitionRegistersManage)]
[Audited("prohibitionRegister.import")]
[NotRetried] // the upload is read once and written to the file store
public sealed record StartRegisterImport(Guid RegisterId, string? FileName, string? FileDate, Stream? Content)
    : ICommand<RegisterImportDto>
{
    /// <summary>A million lines with every column are about 100 MB.</summary>
    public const long MaxBytes = 512L * 1024 * 1024;
}

internal sealed class StartRegisterImportValidator : AbstractValidator<StartRegisterImport>
{
    public StartRegisterImportValidator(TimeProvider clock)
    {
        RuleFor(x => x.Content).NotNull().WithMessage(_ => Messages.Get("fileRequired")).OverridePropertyName("file");
        RuleFor(x => x.FileDate).NotEmpty()
            .Must(d => d is null || TryDate(d, out _)).WithMessage(_ => Messages.Get("date"))
            .Must(d => d is null || !TryDate(d, out var date) || date <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)))
            .WithMessage(_ => Messages.Get("dateInFuture"));
    }

    public static bool TryDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

internal sealed class StartRegisterImportHandler(IHsWorksDb db, IRegisterImports imports, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<StartRegisterImport, RegisterImportDto>
{
    public async ValueTask<RegisterImportDto> Handle(StartRegisterImport command, CancellationToken cancellationToken)
    {
        var register = await db.ProhibitionRegisters.AsNoTracking().SingleOrDefaultAsync(r => r.Id == command.RegisterId, cancellationToken)
            ?? throw new NotFoundException("Prohibition register");
        // Streamed as it arrives: an empty file is refused before anything is saved, one too large while it is written.
        await using var content = await UploadContent.OpenAsync(command.Content!, StartRegisterImport.MaxBytes,
            Messages.Get("importTooLarge", StartRegisterImport.MaxBytes / 1024 / 1024), cancellationToken);
        if (content.Head.Length == 0) throw new ValidationException([new ValidationFailure("file", Messages.Get("fileRequired"))]);
        StartRegisterImportValidator.TryDate(command.FileDate!, out var fileDate);
        var import = RegisterImport.Start(Guid.CreateVersion7(), register.Id, fileDate, command.FileName ?? string.Empty, clock.GetUtcNow(),
            currentUser.Username);
        db.RegisterImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        // The file is kept before the commit; the import runs once its row is visible.
        await imports.AcceptAsync(import.Id, content, cancellationToken);
        trail.Changed([$"register:{register.Id}", $"import:{import.Id}"]);
        return import.ToDto(register.CurrentImportId, imports.ProgressOf(import.Id));
    }
}
