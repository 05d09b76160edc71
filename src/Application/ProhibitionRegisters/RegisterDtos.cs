using HsWorks.Domain.Marketing;
using HsWorks.Domain.ProhibitionRegisters;

namespace HsWorks.Application.ProhibitionRegisters;

/// <summary>channels: email, sms, phone, post or all.</summary>
public sealed record ProhibitionRegisterInput(string Name, IReadOnlyList<Channel> Channels);

/// <summary>A bad line (0 = the file as a whole): message in the request's language, code for programs.</summary>
public sealed record ImportErrorDto(long Line, string Message, string Code);

/// <summary>
/// status running, completed or failed; while running, phase (queued, reading, matching) and progress
/// (0–1) show how far it is. A completed import is in force until a newer one of its register replaces it.
/// suppressedMatches: lines that match the suppression record of an erased person (counted only: there is no person left to ban).
/// </summary>
public sealed record RegisterImportDto(
    Guid Id, Guid RegisterId, string FileName, DateOnly FileDate, ImportStatus Status, string? Phase, double? Progress, long RowsRead, long Matches,
    long MatchedPersons, string? Encoding, long ErrorCount, IReadOnlyList<ImportErrorDto> Errors, bool InForce, DateTimeOffset StartedAt,
    string StartedBy, DateTimeOffset? FinishedAt, long SuppressedMatches);

public sealed record ProhibitionRegisterDto(Guid Id, string Name, IReadOnlyList<Channel> Channels, RegisterImportDto? CurrentImport);

/// <summary>A line of an import that matched a person, with every reason (email, phone, nameAndAddress).</summary>
public sealed record RegisterMatchDto(long Line, Guid PersonId, string FirstName, string LastName, IReadOnlyList<MatchReason> Reasons);

/// <summary>A person's matches on prohibition registers: in force (the register's current snapshot) or history.</summary>
public sealed record PersonRegisterMatchDto(
    Guid RegisterId, string RegisterName, IReadOnlyList<Channel> Channels, Guid ImportId, DateOnly FileDate, DateTimeOffset ImportedAt,
    IReadOnlyList<MatchReason> Reasons, bool InForce);
