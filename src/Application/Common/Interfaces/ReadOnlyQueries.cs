namespace HsWorks.Application.Common.Interfaces;

/// <summary>
/// The seam for pure reads that a hot standby may answer (<c>ConnectionStrings:ReadOnly</c>, docs/scaling.md): a handler takes
/// <c>[FromKeyedServices(ReadOnlyQueries.Key)]</c> <see cref="IHsWorksDb"/> or <see cref="IMarketingSelections"/> for the queries it
/// may run there. Without the setting the key gives the request's own primary context, as before. What is read through it may lag
/// the primary by the standby's replay, so the record a request names by id (and anything answered with an ETag) is read from the
/// primary; and its session is read-only, so a save through it fails. Audit records are written on the primary, as for any read.
/// </summary>
public static class ReadOnlyQueries
{
    public const string Key = "ReadOnly";
}
