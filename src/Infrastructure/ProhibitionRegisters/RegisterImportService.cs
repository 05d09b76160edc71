using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.ProhibitionRegisters;
using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.Security;
using HsWorks.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HsWorks.Infrastructure.ProhibitionRegisters;

/// <summary>
/// Keeps uploaded register files under the data folder until their imports have run, and runs the
/// imports one after another in the background (<see cref="BackgroundImports"/>).
/// </summary>
internal sealed class RegisterImportService(IServiceScopeFactory scopes, IOptions<StorageOptions> storage, FieldProtector protector, ILogger<RegisterImportService> logger)
    : BackgroundImports(scopes, protector, logger), IRegisterImports
{
    protected override string Folder => storage.Value.ImportsFolder;

    protected override string Extension => ".csv";

    protected override Task<List<Guid>> PendingAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<HsWorksDbContext>().RegisterImports.Where(i => i.Status == ImportStatus.Running).OrderBy(i => i.StartedAt)
            .Select(i => i.Id).ToListAsync(cancellationToken);

    protected override Task RunAsync(IServiceProvider services, Guid importId, string path, Action<ImportProgress> report, CancellationToken cancellationToken) =>
        services.GetRequiredService<RegisterImportRunner>().RunAsync(importId, path, report, cancellationToken);

    protected override Task AbandonAsync(IServiceProvider services, Guid importId, CancellationToken cancellationToken) =>
        services.GetRequiredService<RegisterImportRunner>().AbandonAsync(importId, cancellationToken);
}
