using HsWorks.Domain.Common;
using HsWorks.Domain.ProhibitionRegisters;

namespace HsWorks.Domain.PopulationRegister;

/// <summary>How a change file is laid out: one JSON object a line, or the same fields as CSV with a header line.</summary>
public enum PopulationFileFormat
{
    JsonLines,
    Csv,
}

/// <summary>What a completed import changed, counted by kind (a person counts once in <see cref="UpdatedPersons"/>).</summary>
public sealed record PopulationImportSummary(
    long UpdatedPersons, long UnmatchedRows, long NameChanges, long AddressChanges, long AddressesWithheld, long MarkingsSet, long MarkingsCleared,
    long Deaths, long CodeCorrections);

/// <summary>
/// One upload of a Population Register change file (R5.2): running until every line was read and validated, then completed with
/// every change applied in one transaction, or failed with the bad lines — a failed import changes nothing.
/// </summary>
public sealed class PopulationRegisterImport
{
    public const int MaxReportedErrors = RegisterImport.MaxReportedErrors;

    private PopulationRegisterImport()
    {
        FileName = StartedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public string FileName { get; private set; }

    public PopulationFileFormat Format { get; private set; }

    public ImportStatus Status { get; private set; }

    /// <summary>Data lines read (a JSON line is one person with one or more changes; a CSV line is one change).</summary>
    public long RowsRead { get; private set; }

    public long ChangesRead { get; private set; }

    public long UpdatedPersons { get; private set; }

    public long UnmatchedRows { get; private set; }

    public long NameChanges { get; private set; }

    public long AddressChanges { get; private set; }

    public long AddressesWithheld { get; private set; }

    public long MarkingsSet { get; private set; }

    public long MarkingsCleared { get; private set; }

    public long Deaths { get; private set; }

    public long CodeCorrections { get; private set; }

    public long ErrorCount { get; private set; }

    public List<ImportError> Errors { get; private set; } = [];

    public DateTimeOffset StartedAt { get; private set; }

    public string StartedBy { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public static PopulationRegisterImport Start(Guid id, string fileName, PopulationFileFormat format, DateTimeOffset now, string startedBy) =>
        new()
        {
            Id = id,
            FileName = Path.GetFileName(fileName ?? string.Empty) is { Length: > 0 and <= 255 } name ? name : "changes.jsonl",
            Format = format,
            Status = ImportStatus.Running,
            StartedAt = now,
            StartedBy = startedBy,
        };

    /// <summary>Every change was applied.</summary>
    public void Complete(long rowsRead, long changesRead, PopulationImportSummary summary, DateTimeOffset now)
    {
        EnsureRunning();
        (RowsRead, ChangesRead, Status, FinishedAt) = (rowsRead, changesRead, ImportStatus.Completed, now);
        (UpdatedPersons, UnmatchedRows, NameChanges, AddressChanges, AddressesWithheld, MarkingsSet, MarkingsCleared, Deaths, CodeCorrections) =
            (summary.UpdatedPersons, summary.UnmatchedRows, summary.NameChanges, summary.AddressChanges, summary.AddressesWithheld, summary.MarkingsSet,
                summary.MarkingsCleared, summary.Deaths, summary.CodeCorrections);
    }

    /// <summary>Rejects the file; the first <see cref="MaxReportedErrors"/> bad lines are kept, all are counted.</summary>
    public void Fail(long rowsRead, IReadOnlyCollection<ImportError> errors, long errorCount, DateTimeOffset now)
    {
        EnsureRunning();
        if (errorCount < 1 || errors.Count == 0) throw new DomainRuleException("A failed import says why.", "errors");
        (RowsRead, ErrorCount, Status, FinishedAt) = (rowsRead, errorCount, ImportStatus.Failed, now);
        Errors = [.. errors.Take(MaxReportedErrors)];
    }

    private void EnsureRunning()
    {
        if (Status != ImportStatus.Running) throw new DomainRuleException("The import has already finished.", "status");
    }
}

/// <summary>One change an import made to one person: the line, the group, its date, and the fields it changed (no values: the person holds them).</summary>
public sealed class PopulationRegisterChange
{
    private PopulationRegisterChange()
    {
    }

    public Guid ImportId { get; private set; }

    public long Line { get; private set; }

    public int Seq { get; private set; }

    public Guid PersonId { get; private set; }

    public PopulationChangeGroup Group { get; private set; }

    public DateOnly ChangeDate { get; private set; }

    public List<string> Fields { get; private set; } = [];

    /// <summary>For a non-disclosure marking: the end date the register gave, kept for information only.</summary>
    public DateOnly? NonDisclosureEndsOn { get; private set; }
}

/// <summary>A line of an import whose identity code matched no one in the register: reported, never created. Only the line and its groups are kept.</summary>
public sealed class PopulationRegisterUnmatched
{
    private PopulationRegisterUnmatched()
    {
    }

    public Guid ImportId { get; private set; }

    public long Line { get; private set; }

    public List<PopulationChangeGroup> Groups { get; private set; } = [];
}
