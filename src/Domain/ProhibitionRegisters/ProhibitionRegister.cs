using HsWorks.Domain.Common;
using HsWorks.Domain.Marketing;

namespace HsWorks.Domain.ProhibitionRegisters;

/// <summary>
/// An outside register of people who do not want direct marketing (R5.3): the direct-marketing
/// association's opt-out register, Posti's list, or another. Its bans apply to the channels it covers;
/// the import in force is its current snapshot.
/// </summary>
public sealed class ProhibitionRegister
{
    public const int MaxNameLength = 200;

    private ProhibitionRegister()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public List<Channel> Channels { get; private set; } = [];

    /// <summary>The completed import whose matches are in force; null before the first one.</summary>
    public Guid? CurrentImportId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static ProhibitionRegister Create(Guid id, string name, IReadOnlyCollection<Channel> channels, DateTimeOffset now)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxNameLength) throw new DomainRuleException($"A register's name is 1–{MaxNameLength} characters.", "name");
        if (channels.Count == 0) throw new DomainRuleException("A register covers at least one channel.", "channels");
        return new ProhibitionRegister { Id = id, Name = trimmed, Channels = [.. channels.Distinct().Order()], CreatedAt = now };
    }

    /// <summary>Whether a match on this register stops marketing through the channel.</summary>
    public bool Covers(Channel channel) => Channels.Contains(Channel.All) || Channels.Contains(channel);

    /// <summary>Puts a completed import in force; the previous snapshot is superseded in the same step.</summary>
    public void Replace(RegisterImport import, DateTimeOffset now)
    {
        if (import.RegisterId != Id) throw new DomainRuleException("The import belongs to another register.", "importId");
        import.Complete(now);
        CurrentImportId = import.Id;
    }
}

public enum ImportStatus
{
    Running,
    Completed,
    Failed,
}

/// <summary>A bad line of an import file, by its line number (the header is line 1; 0 is the file as a whole), as a message code and its arguments.</summary>
public sealed record ImportError(long Line, string Code, IReadOnlyList<string> Args);

/// <summary>
/// One upload of a prohibition register's file: registered with the register and the file's date,
/// running until every line was read and matched, then completed (and put in force) or failed with
/// the bad lines — a failed import changes nothing.
/// </summary>
public sealed class RegisterImport
{
    /// <summary>How many bad lines are kept for the report; the count covers all of them.</summary>
    public const int MaxReportedErrors = 1000;

    private RegisterImport()
    {
        FileName = StartedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid RegisterId { get; private set; }

    public DateOnly FileDate { get; private set; }

    public string FileName { get; private set; }

    public ImportStatus Status { get; private set; }

    public long RowsRead { get; private set; }

    /// <summary>Matches found: one per line and person, each with its reasons.</summary>
    public long Matches { get; private set; }

    public long MatchedPersons { get; private set; }

    /// <summary>Lines that match the suppression record of an erased person: there is no person left to ban, so they are only counted.</summary>
    public long SuppressedMatches { get; private set; }

    public string? Encoding { get; private set; }

    public long ErrorCount { get; private set; }

    public List<ImportError> Errors { get; private set; } = [];

    public DateTimeOffset StartedAt { get; private set; }

    public string StartedBy { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public static RegisterImport Start(Guid id, Guid registerId, DateOnly fileDate, string fileName, DateTimeOffset now, string startedBy) =>
        new()
        {
            Id = id,
            RegisterId = registerId,
            FileDate = fileDate,
            FileName = Path.GetFileName(fileName ?? string.Empty) is { Length: > 0 and <= 255 } name ? name : "upload.csv",
            Status = ImportStatus.Running,
            StartedAt = now,
            StartedBy = startedBy,
        };

    /// <summary>The file was read completely: how many data lines, in which encoding, and what was found.</summary>
    public void Read(long rowsRead, string encoding, long matches, long matchedPersons, long suppressedMatches = 0)
    {
        EnsureRunning();
        (RowsRead, Encoding, Matches, MatchedPersons, SuppressedMatches) = (rowsRead, encoding, matches, matchedPersons, suppressedMatches);
    }

    internal void Complete(DateTimeOffset now)
    {
        EnsureRunning();
        Status = ImportStatus.Completed;
        FinishedAt = now;
    }

    /// <summary>Rejects the file; the first <see cref="MaxReportedErrors"/> bad lines are kept, all are counted.</summary>
    public void Fail(long rowsRead, string? encoding, IReadOnlyCollection<ImportError> errors, long errorCount, DateTimeOffset now)
    {
        EnsureRunning();
        if (errorCount < 1 || errors.Count == 0) throw new DomainRuleException("A failed import says why.", "errors");
        (RowsRead, Encoding, ErrorCount, Status, FinishedAt) = (rowsRead, encoding, errorCount, ImportStatus.Failed, now);
        Errors = [.. errors.Take(MaxReportedErrors)];
    }

    private void EnsureRunning()
    {
        if (Status != ImportStatus.Running) throw new DomainRuleException("The import has already finished.", "status");
    }
}

/// <summary>Why a line of a register matched a person (docs/imports.md).</summary>
public enum MatchReason
{
    /// <summary>The same e-mail address, case and surrounding spaces ignored.</summary>
    Email,

    /// <summary>The same phone number once both are in international form (040 123 4567 = +358 40 1234567).</summary>
    Phone,

    /// <summary>Last name, first given name, postal code and street all the same once normalised.</summary>
    NameAndAddress,
}

/// <summary>One line of an import that matched one of our persons, with every reason it matched.</summary>
public sealed class RegisterMatch
{
    private RegisterMatch()
    {
    }

    public Guid ImportId { get; private set; }

    public long Line { get; private set; }

    public Guid PersonId { get; private set; }

    public List<MatchReason> Reasons { get; private set; } = [];
}
