using HsWorks.Domain.Common;
using HsWorks.Domain.Purposes;
using System.ComponentModel.DataAnnotations;

namespace HsWorks.Application.Purposes;

public sealed record PurposeDto(
    Guid Id, string Code, string Name, string NameFi, string NameSv, string NameEn, LegalBasis LegalBasis, bool IsMarketing,
    IReadOnlyList<string> DataCategories, int Version, DateTimeOffset UpdatedAt, LocalisedText? LegitimateInterest);

/// <param name="LegitimateInterest">Required when the basis is legitimateInterest: the interest pursued, in fi, sv and en; ignored otherwise.</param>
public sealed record PurposeInput(
    string Code, string NameFi, string NameSv, string NameEn, [property: Required] LegalBasis? LegalBasis, bool IsMarketing, IReadOnlyList<string>? DataCategories,
    LocalisedText? LegitimateInterest = null);

/// <param name="LegitimateInterestEn">The legitimate interest pursued, in English, as it stood in the version (null under other bases).</param>
public sealed record PurposeVersionDto(int Version, string NameEn, LegalBasis LegalBasis, bool IsMarketing, IReadOnlyList<string> DataCategories,
    DateTimeOffset ValidFrom, string ChangedBy, string? LegitimateInterestEn);
