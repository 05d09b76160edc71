using System.Globalization;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Consents;

namespace HsWorks.Application.Consents;

internal static class ConsentMapping
{
    public static PurposeDto ToDto(this Purpose p) =>
        new(p.Id, p.Code, p.NameIn(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), p.NameFi, p.NameSv, p.NameEn,
            EnumNames.ToCamelCase(p.LegalBasis), p.IsMarketing, p.DataCategories, p.Version, p.UpdatedAt);

    public static ConsentEventDto ToDto(this ConsentEvent e, IReadOnlyDictionary<Guid, string> purposeCodes) =>
        new(e.Id, purposeCodes[e.PurposeId], EnumNames.ToCamelCase(e.Channel), e.ProductGroupId, EnumNames.ToCamelCase(e.Action), e.At,
            EnumNames.ToCamelCase(e.Source), e.Evidence, e.RecordedBy);

    public static ProhibitionDto ToDto(this Prohibition p) =>
        new(p.Id, EnumNames.ToCamelCase(p.Kind), EnumNames.ToCamelCase(p.Channel), EnumNames.ToCamelCase(p.Source), p.Reason, p.CreatedAt,
            p.CreatedBy, p.IsActive, p.LiftedAt, p.LiftedBy);
}
