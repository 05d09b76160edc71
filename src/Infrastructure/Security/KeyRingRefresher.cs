using HsWorks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HsWorks.Infrastructure.Security;

/// <summary>
/// Keeps this instance's key ring in step with the others: re-reads the key ring file when it changed
/// and takes the key the database names active (encryption_keys), every Encryption__RefreshSeconds.
/// The database, not the file, says which key writes, so all instances switch on one committed change
/// and a backup carries which key it was written with.
/// </summary>
public sealed class KeyRingRefresher(IServiceScopeFactory scopes, IServiceProvider services, IConfiguration configuration, ILogger<KeyRingRefresher> logger)
    : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the first request: an instance that starts after a rotation writes with the new key at once.
        await RefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Encryption:RefreshSeconds", 10)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await RefreshAsync(stoppingToken);
        }
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Resolved here: a process that only exports the OpenAPI document has no keys.
            var protector = services.GetRequiredService<FieldProtector>();
            protector.Reload();
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<HsWorksDbContext>();
            var active = await db.EncryptionKeys.AsNoTracking().Where(k => k.ActivatedAt != null && k.RetiredAt == null).Select(k => k.KeyId)
                .FirstOrDefaultAsync(cancellationToken);
            protector.UseActive(active);
            if (active is not null && protector.CurrentKeyId != active)
                logger.LogWarning("The active encryption key {KeyId} is not in this instance's key ring; writing with {CurrentKeyId} meanwhile", active,
                    protector.CurrentKeyId);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // No key configured yet, or the database is starting or not migrated: the key in use stays, the next refresh tries again.
            logger.LogDebug("The active encryption key could not be looked up: {ExceptionType}", exception.GetType().Name);
        }
    }
}
