using HsWorks.Domain.Marketing;


namespace HsWorks.Application.Common.Interfaces;

/// <summary>A person of an export with the addresses the channels use.</summary>
public sealed record ExportedPerson(
    Guid PersonId, string FirstName, string LastName, string Language, string? Email, string? Mobile, string? Phone, string? Street,
    string? PostalCode, string? City, string? Country);

public sealed record SelectionCounts(long Included, IReadOnlyDictionary<ExclusionReason, long> Excluded);

/// <summary>
/// Applies a selection's criteria and the exclusion rules of <see cref="MarketingEligibility"/> in
/// the database, over every candidate at once.
/// </summary>
public interface IMarketingSelections
{
    /// <summary>How many candidates are included, and how many each reason leaves out.</summary>
    Task<SelectionCounts> CountAsync(MarketingSelection selection, CancellationToken cancellationToken);

    /// <summary>Every candidate with the reason they are left out, or null when included.</summary>
    Task<IReadOnlyDictionary<Guid, ExclusionReason?>> ClassifyAsync(MarketingSelection selection, CancellationToken cancellationToken);

    /// <summary>The candidates included now, optionally only among the given persons.</summary>
    Task<IReadOnlyList<Guid>> IncludedAsync(MarketingSelection selection, IReadOnlyCollection<Guid>? amongPersons, CancellationToken cancellationToken);

    /// <summary>Records the export and exactly the persons included now, in one statement; answers their number.</summary>
    Task<long> RecordExportAsync(SelectionExport export, MarketingSelection selection, CancellationToken cancellationToken);

    /// <summary>The exports that held the person (for the access report).</summary>
    Task<IReadOnlyList<Guid>> ExportsOfPersonAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>The persons an export recorded, by name.</summary>
    IAsyncEnumerable<ExportedPerson> ReadExportAsync(Guid exportId, CancellationToken cancellationToken);
}
