namespace HsWorks.Application.Common.Files;

/// <summary>
/// A file a use case answers with: the endpoint only streams it. Written while the answer is sent,
/// after the use case's transaction has committed.
/// </summary>
public sealed record FileDownload(string FileName, string ContentType, Func<Stream, CancellationToken, Task> WriteAsync);
