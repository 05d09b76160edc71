using HsWorks.Domain.Requests;

namespace HsWorks.Application.Common.Interfaces;

/// <summary>One item of a person's data and what an erasure does (or did) with it; kept items with their legal reason.</summary>
public sealed record PersonDataItem(Guid PersonId, ErasureArea Area, string ItemId, string What, ErasureAction Action, RetentionGround? Ground, DateOnly? KeepUntil);

/// <summary>What the erasure did: the items, and the recordings whose files must go with their rows.</summary>
public sealed record PersonErasureResult(IReadOnlyList<PersonDataItem> Items, IReadOnlyList<Guid> RecordingIds);

/// <summary>
/// Erases persons (GDPR Art. 17) as the one classification of every table and column that can hold a person's data says
/// (Infrastructure's PersonDataMap): erase, anonymise, or keep with a legal reason.
/// </summary>
public interface IPersonErasure
{
    /// <summary>The preview: every item of the persons' data and what an erasure would do with it. Changes nothing.</summary>
    Task<IReadOnlyList<PersonDataItem>> PreviewAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken);

    /// <summary>Erases the persons in the open transaction (the caller commits), and answers what was done.</summary>
    Task<PersonErasureResult> EraseAsync(IReadOnlyCollection<Guid> personIds, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>Keyed hashes (HMAC-SHA256 with the suppression key, never the encryption key) of normalised identifiers.</summary>
public interface ISuppressionHasher
{
    byte[] Hash(string normalised);
}
