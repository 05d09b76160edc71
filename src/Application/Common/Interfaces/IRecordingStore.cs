namespace HsWorks.Application.Common.Interfaces;

/// <summary>
/// Where recordings' content lives, outside the relational rows: a folder under the data folder
/// today, object storage later.
/// </summary>
public interface IRecordingStore
{
    /// <summary>Stores the content under the id; the stream is read to its end.</summary>
    Task SaveAsync(Guid id, Stream content, CancellationToken cancellationToken);

    /// <summary>A seekable stream of the content (for HTTP range requests), or null when it is missing.</summary>
    Stream? OpenRead(Guid id);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken);
}
