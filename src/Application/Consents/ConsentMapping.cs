using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Consents;

namespace HsWorks.Application.Consents;

internal static class ConsentMapping
{
    public static ConsentEventDto ToDto(this ConsentEvent e, IReadOnlyDictionary<Guid, string> purposeCodes) =>
        new(e.Id, purposeCodes[e.PurposeId], e.Channel, e.ProductGroupId, e.Action, e.At, e.Source, e.Evidence, e.RecordedBy, e.NoticeVersion);
}
