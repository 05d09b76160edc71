using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Requests;

namespace HsWorks.Application.Requests;

internal static class ErasureMapping
{
    public static ErasureItemDto ToDto(this PersonDataItem i) =>
        new(i.Area, i.ItemId, i.What, i.Action, i.Ground, i.Ground is { } g ? RetentionGrounds.Explain(g) : null, i.KeepUntil);

    public static ErasureItemDto ToDto(this ErasureItem i) =>
        new(i.Area, i.ItemId, i.What, i.Action, i.Ground, i.Ground is { } g ? RetentionGrounds.Explain(g) : null, i.KeepUntil);

    /// <summary>The suppression record an erasure leaves for the person: named in the preview and the record (pseudonymous personal data).</summary>
    public static PersonDataItem SuppressionItem(Guid personId, IEnumerable<SuppressedIdentifier> kinds) =>
        new(personId, ErasureArea.SuppressionRecord, "suppression_records",
            "keyed hashes (HMAC-SHA256) of: " + string.Join(", ", kinds.Distinct().Select(k => EnumNames.ToWire(k))),
            ErasureAction.Keep, RetentionGround.ErasureSuppression, null);
}
