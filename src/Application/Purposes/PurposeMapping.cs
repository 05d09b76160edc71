using System.Globalization;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Purposes;

namespace HsWorks.Application.Purposes;

internal static class PurposeMapping
{
    public static PurposeDto ToDto(this Purpose p) =>
        new(p.Id, p.Code, p.NameIn(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), p.NameFi, p.NameSv, p.NameEn,
            p.LegalBasis, p.IsMarketing, p.DataCategories, p.Version, p.UpdatedAt, p.LegitimateInterest);
}
