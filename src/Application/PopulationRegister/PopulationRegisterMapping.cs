using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.ProhibitionRegisters;
using HsWorks.Domain.PopulationRegister;
using HsWorks.Domain.ProhibitionRegisters;

namespace HsWorks.Application.PopulationRegister;

internal static class PopulationRegisterMapping
{
    public static PopulationImportDto ToDto(this PopulationRegisterImport i, ImportProgress? progress)
    {
        var running = i.Status == ImportStatus.Running;
        return new(i.Id, i.FileName, i.Format, i.Status, running ? progress?.Phase ?? "queued" : null, running ? progress?.Fraction ?? 0 : null,
            running ? progress?.RowsRead ?? 0 : i.RowsRead, i.ChangesRead, i.UpdatedPersons, i.UnmatchedRows, i.NameChanges, i.AddressChanges,
            i.AddressesWithheld, i.MarkingsSet, i.MarkingsCleared, i.Deaths, i.CodeCorrections, i.ErrorCount,
            [.. i.Errors.Select(e => new ImportErrorDto(e.Line, Messages.Get(e.Code, [.. e.Args]), e.Code))], i.StartedAt, i.StartedBy, i.FinishedAt);
    }
}
