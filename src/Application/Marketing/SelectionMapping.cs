using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Purposes;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Marketing;

internal static class SelectionMapping
{
    /// <summary>The selection with its purpose's code, or 404.</summary>
    public static async Task<(MarketingSelection Selection, string PurposeCode)> LoadSelectionAsync(this IHsWorksDb db, Guid id,
        CancellationToken cancellationToken)
    {
        var found = await db.MarketingSelections.AsNoTracking().Where(s => s.Id == id)
                .Join(db.Purposes, s => s.PurposeId, p => p.Id, (s, p) => new { Selection = s, p.Code })
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Marketing selection");
        return (found.Selection, found.Code);
    }

    public static SelectionCriteria ToDomain(this SelectionCriteriaDto? dto) => dto is null
        ? SelectionCriteria.Everyone
        : new SelectionCriteria(
            [.. (dto.ProductGroupIds ?? []).Distinct()],
            [.. (dto.Interests ?? []).Select(i => i.Trim().ToLowerInvariant()).Where(i => i.Length > 0).Distinct()],
            [.. (dto.Languages ?? []).Distinct()],
            [.. (dto.PostalCodePrefixes ?? []).Select(p => p.Trim()).Distinct()],
            dto.CustomerType,
            dto.PurchasedFrom,
            dto.PurchasedTo);

    public static SelectionCriteriaDto ToDto(this SelectionCriteria criteria) =>
        new(criteria.ProductGroupIds, criteria.Interests, criteria.Languages, criteria.PostalCodePrefixes,
            criteria.CustomerType, criteria.PurchasedFrom, criteria.PurchasedTo);

    public static MarketingSelectionDto ToDto(this MarketingSelection selection, string purposeCode) =>
        new(selection.Id, selection.Name, purposeCode, selection.MarketingPurpose, selection.Channel,
            selection.Criteria.ToDto(), selection.CreatedAt, selection.CreatedBy);

    public static SelectionExportDto ToDto(this SelectionExport export) =>
        new(export.Id, export.SelectionId, export.Channel, export.PersonCount, export.ExportedAt, export.ExportedBy);
}
