using HsWorks.Application.ProhibitionRegisters;
using HsWorks.Domain.PopulationRegister;
using HsWorks.Domain.ProhibitionRegisters;

namespace HsWorks.Application.PopulationRegister;

/// <summary>
/// A change-file import. status running, completed or failed; while running, phase (queued, reading, applying) and progress (0–1).
/// A completed import applied every change (updatedPersons persons changed; unmatchedRows lines matched no one and created no one);
/// a failed one changed nothing and lists its bad lines (errors, the first 1,000; errorCount counts all).
/// </summary>
public sealed record PopulationImportDto(
    Guid Id, string FileName, PopulationFileFormat Format, ImportStatus Status, string? Phase, double? Progress, long RowsRead, long ChangesRead,
    long UpdatedPersons, long UnmatchedRows, long NameChanges, long AddressChanges, long AddressesWithheld, long MarkingsSet, long MarkingsCleared,
    long Deaths, long CodeCorrections, long ErrorCount, IReadOnlyList<ImportErrorDto> Errors, DateTimeOffset StartedAt, string StartedBy,
    DateTimeOffset? FinishedAt);

/// <summary>A line that matched no one in the register: its number and groups. Nobody is created from it.</summary>
public sealed record PopulationUnmatchedDto(long Line, IReadOnlyList<PopulationChangeGroup> Groups);

/// <summary>
/// A change an import made to a person: the line, the group, the date it took effect, the fields changed (firstName, lastName,
/// address, nonDisclosure, nonDisclosureEndsOn, diedOn, personalIdentityCode) and, for a marking, the end date the register gave
/// (for information only: it never lifts the marking).
/// </summary>
public sealed record PopulationChangeDto(
    long Line, Guid PersonId, string FirstName, string LastName, PopulationChangeGroup Group, DateOnly ChangeDate, IReadOnlyList<string> Fields,
    DateOnly? NonDisclosureEndsOn);
