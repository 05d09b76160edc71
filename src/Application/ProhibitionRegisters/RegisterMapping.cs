using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.ProhibitionRegisters;

namespace HsWorks.Application.ProhibitionRegisters;

internal static class RegisterMapping
{
    public static IReadOnlyList<Channel> Names(IEnumerable<Channel> channels) => [.. channels];

    public static RegisterImportDto ToDto(this RegisterImport import, Guid? currentImportId, ImportProgress? progress) =>
        new(import.Id, import.RegisterId, import.FileName, import.FileDate, import.Status,
            import.Status == ImportStatus.Running ? progress?.Phase ?? "queued" : null,
            import.Status == ImportStatus.Running ? progress?.Fraction ?? 0 : null,
            import.Status == ImportStatus.Running ? progress?.RowsRead ?? 0 : import.RowsRead,
            import.Matches, import.MatchedPersons, import.Encoding, import.ErrorCount,
            [.. import.Errors.Select(e => new ImportErrorDto(e.Line, Messages.Get(e.Code, [.. e.Args]), e.Code))], import.Id == currentImportId, import.StartedAt, import.StartedBy,
            import.FinishedAt, import.SuppressedMatches);
}
