using HsWorks.Domain.Purposes;

namespace HsWorks.Application.Register;

/// <summary>
/// How long a data category is kept, in the register's three languages: the one source of retention texts for the privacy notice
/// and the record of processing. Fed today by <see cref="RetentionCatalogue"/>; the retention rules replace it behind this interface.
/// </summary>
public interface IRetentionTexts
{
    Task<RetentionRule> OfAsync(string dataCategory, CancellationToken cancellationToken);
}

internal sealed class CatalogueRetentionTexts : IRetentionTexts
{
    public Task<RetentionRule> OfAsync(string dataCategory, CancellationToken cancellationToken) =>
        Task.FromResult(RetentionCatalogue.Of(dataCategory));
}
