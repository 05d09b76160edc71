using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.ProhibitionRegisters;
using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.Security;
using HsWorks.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HsWorks.Infrastructure.PopulationRegister;

/// <summary>Keeps uploaded change files (encrypted) until their imports have run, and runs them one after another in the background.</summary>
internal sealed class PopulationRegisterImportService(
    IServiceScopeFactory scopes, IOptions<StorageOptions> storage, FieldProtector protector, ILogger<PopulationRegisterImportService> logger)
    : BackgroundImports(scopes, protector, logger), IPopulationRegisterImports
{
    protected override string Folder => storage.Value.PopulationImportsFolder;

    protected override Task<List<Guid>> PendingAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<HsWorksDbContext>().PopulationRegisterImports.Where(i => i.Status == ImportStatus.Running)
            .OrderBy(i => i.StartedAt).Select(i => i.Id).ToListAsync(cancellationToken);

    protected override Task RunAsync(IServiceProvider services, Guid importId, string path, Action<ImportProgress> report, CancellationToken cancellationToken) =>
        services.GetRequiredService<PopulationRegisterImportRunner>().RunAsync(importId, path, report, cancellationToken);

    protected override Task AbandonAsync(IServiceProvider services, Guid importId, CancellationToken cancellationToken) =>
        services.GetRequiredService<PopulationRegisterImportRunner>().AbandonAsync(importId, cancellationToken);
}
