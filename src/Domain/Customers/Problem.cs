using HsWorks.Domain.Common;
using HsWorks.Domain.Persons;

namespace HsWorks.Domain.Customers;

public enum ProblemStatus
{
    Open,
    Solved,
}

/// <summary>A problem the customer raised or staff observed (R4.8), open until solved.</summary>
public sealed class Problem
{
    public const int MaxDescriptionLength = 2000;

    private Problem()
    {
        Description = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid? ProductGroupId { get; private set; }

    public string Description { get; private set; }

    public ProblemStatus Status { get; private set; }

    public DataSource Source { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public DateTimeOffset? SolvedAt { get; private set; }

    public static Problem Report(Guid id, Guid customerId, Guid? productGroupId, string description, DataSource source, DateTimeOffset now)
    {
        var problem = new Problem { Id = id, CustomerId = customerId, Source = source, ReportedAt = now };
        problem.Change(description, productGroupId, ProblemStatus.Open, now);
        return problem;
    }

    public IReadOnlyList<string> Change(string description, Guid? productGroupId, ProblemStatus status, DateTimeOffset now)
    {
        var trimmed = description?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxDescriptionLength)
            throw new DomainRuleException($"The description is 1–{MaxDescriptionLength} characters.", "description");
        var changed = new List<string>();
        if (Description != trimmed) changed.Add("description");
        if (ProductGroupId != productGroupId) changed.Add("productGroupId");
        if (Status != status)
        {
            changed.Add("status");
            SolvedAt = status == ProblemStatus.Solved ? now : null;
        }
        (Description, ProductGroupId, Status) = (trimmed, productGroupId, status);
        return changed;
    }
}

/// <summary>A customer's interest (R4.8), a tag with its source.</summary>
public sealed class Interest
{
    private Interest()
    {
        Tag = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid? PersonId { get; private set; }

    public string Tag { get; private set; }

    public DataSource Source { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Interest Note(Guid id, Guid customerId, Guid? personId, string tag, DataSource source, DateTimeOffset now)
    {
        var normalised = tag?.Trim().ToLowerInvariant() ?? string.Empty;
        if (normalised.Length is 0 or > 50) throw new DomainRuleException("A tag is 1–50 characters.", "tag");
        return new Interest { Id = id, CustomerId = customerId, PersonId = personId, Tag = normalised, Source = source, CreatedAt = now };
    }
}
