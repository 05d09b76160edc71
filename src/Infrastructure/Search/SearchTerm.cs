namespace HsWorks.Infrastructure.Search;

/// <summary>
/// A normalised token of a person or customer (a name word, an e-mail, phone digits, a customer
/// number). Derived personal data: rewritten with its owner in the same transaction and deleted with it.
/// </summary>
public sealed class SearchTerm
{
    public long Id { get; set; }

    public Guid? PersonId { get; set; }

    public Guid? CustomerId { get; set; }

    public string Term { get; set; } = string.Empty;
}

/// <summary>The dictionary of distinct name words, small enough for trigram typo matching.</summary>
public sealed class SearchWord
{
    public string Word { get; set; } = string.Empty;
}
