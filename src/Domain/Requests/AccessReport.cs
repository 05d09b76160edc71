using HsWorks.Domain.Persons;

namespace HsWorks.Domain.Requests;

/// <summary>
/// An access report as it was generated for a request (Art. 15): its content (the report's JSON) as the person was given it, when, by
/// whom and in which language — so the company can show what it answered. Kept with the request; never changed.
/// </summary>
public sealed class AccessReport
{
    private AccessReport()
    {
        GeneratedBy = Content = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public DateTimeOffset GeneratedAt { get; private set; }

    public string GeneratedBy { get; private set; }

    public Language Language { get; private set; }

    /// <summary>The report as JSON, exactly as the API answered it.</summary>
    public string Content { get; private set; }

    public static AccessReport Of(Guid id, Guid requestId, DateTimeOffset generatedAt, string generatedBy, Language language, string content) =>
        new() { Id = id, RequestId = requestId, GeneratedAt = generatedAt, GeneratedBy = generatedBy, Language = language, Content = content };
}
