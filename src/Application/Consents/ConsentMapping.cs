using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Consents;

namespace HsWorks.Application.Consents;

internal static class ConsentMapping
{
    public static ConsentEventDto ToDto(this ConsentEvent e, IReadOnlyDictionary<Guid, string> purposeCodes) =>
        new(e.Id, purposeCodes[e.PurposeId], EnumNames.ToCamelCase(e.Channel), e.ProductGroupId, EnumNames.ToCamelCase(e.Action), e.At,
            EnumNames.ToCamelCase(e.Source), e.Evidence, e.RecordedBy);
}
