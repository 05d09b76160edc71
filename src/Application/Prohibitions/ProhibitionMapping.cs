using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Prohibitions;

namespace HsWorks.Application.Prohibitions;

internal static class ProhibitionMapping
{
    public static ProhibitionDto ToDto(this Prohibition p) =>
        new(p.Id, p.Kind, p.Channel, p.Source, p.Reason, p.CreatedAt,
            p.CreatedBy, p.IsActive, p.LiftedAt, p.LiftedBy);
}
