namespace HsWorks.Application.Common.Interfaces;

/// <summary>How far a running import is: reading the file, then matching its lines to persons.</summary>
public sealed record ImportProgress(string Phase, long RowsRead, double Fraction);

/// <summary>
/// Runs prohibition-register imports in the background: the uploaded file is kept until its import
/// has run, read through PostgreSQL COPY, matched, and put in force or rejected as a whole.
/// </summary>
public interface IRegisterImports
{
    /// <summary>Keeps the file of a registered import; it runs once the import's row is committed.</summary>
    Task AcceptAsync(Guid importId, Stream content, CancellationToken cancellationToken);

    /// <summary>Live progress of an import this process is running, or null.</summary>
    ImportProgress? ProgressOf(Guid importId);
}
