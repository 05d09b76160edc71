namespace HsWorks.Application.Common.Interfaces;

public enum SearchHitKind
{
    Person,
    Customer,
}

public sealed record SearchHit(SearchHitKind Kind, Guid Id);

/// <summary>Typo-tolerant search over derived tokens of persons and customers.</summary>
public interface ISearchIndex
{
    Task<IReadOnlyList<SearchHit>> FindAsync(string query, int offset, int limit, CancellationToken cancellationToken);
}
