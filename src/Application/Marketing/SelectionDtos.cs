using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Files;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Purposes;
using Microsoft.EntityFrameworkCore;
using System.ComponentModel.DataAnnotations;

namespace HsWorks.Application.Marketing;

/// <summary>
/// Every criterion is optional; several values in one list mean any of them. languages fi, sv, en;
/// postalCodePrefixes digits such as "00" or "335"; customerType consumer or organisation; the
/// purchase period takes dates (YYYY-MM-DD), and with productGroupIds it means purchases in those groups.
/// </summary>
public sealed record SelectionCriteriaDto(
    IReadOnlyList<Guid>? ProductGroupIds,
    IReadOnlyList<string>? Interests,
    IReadOnlyList<Language>? Languages,
    IReadOnlyList<string>? PostalCodePrefixes,
    CustomerType? CustomerType,
    DateOnly? PurchasedFrom,
    DateOnly? PurchasedTo);

/// <summary>purpose: a marketing purpose's code (ownMarketing, partnerMarketing, …); channel: email, sms, phone or post.</summary>
public sealed record MarketingSelectionInput(string Name, string Purpose, [property: Required] Channel? Channel, SelectionCriteriaDto? Criteria);

/// <summary>marketingPurpose own or partner: partner marketing follows the stricter rules.</summary>
public sealed record MarketingSelectionDto(
    Guid Id, string Name, string Purpose, MarketingPurpose MarketingPurpose, Channel Channel, SelectionCriteriaDto Criteria, DateTimeOffset CreatedAt,
    string CreatedBy);

/// <summary>How many qualify now and how many each exclusion rule leaves out (every reason is listed, zeros too).</summary>
public sealed record SelectionPreviewDto(long Included, IReadOnlyDictionary<ExclusionReason, long> Excluded);

/// <summary>One export of a selection (R6.3): when, by whom, how many persons; the persons themselves are kept with it.</summary>
public sealed record SelectionExportDto(Guid Id, Guid SelectionId, Channel Channel, long PersonCount, DateTimeOffset ExportedAt, string ExportedBy);

/// <summary>The recorded export and its persons, read when the answer is written.</summary>
public sealed record SelectionExportContent(SelectionExportDto Export, FileDownload File);

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
