namespace HsWorks.Application.Common.Interfaces;

/// <summary>
/// Runs Population Register change-file imports in the background (docs/population-register.md): the uploaded file is kept
/// encrypted until its import has run, read and validated as a whole, and applied in one transaction or rejected.
/// </summary>
public interface IPopulationRegisterImports
{
    /// <summary>Keeps the file of a registered import; it runs once the import's row is committed.</summary>
    Task AcceptAsync(Guid importId, Stream content, CancellationToken cancellationToken);

    /// <summary>Live progress of an import this process is running, or null.</summary>
    ImportProgress? ProgressOf(Guid importId);
}
