using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HsWorks.Infrastructure.ProhibitionRegisters;

/// <summary>
/// Writes the match keys of persons that have none (loaded in bulk by SQL, or saved before the keys existed) once the API has
/// started, where the start prepares the database (Startup__Migrate). Finding them reads every person and every key: seconds at
/// a million persons, which the first answered request no longer waits for. Logs counts only.
/// </summary>
public sealed class MatchKeysAtStart(IServiceScopeFactory scopes, IOptions<StartupOptions> options, ILogger<MatchKeysAtStart> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Migrate) return;
        await Task.Yield();
        try
        {
            await WriteMissingAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // Another instance starting at the same time may have written the same persons' keys first; the next start tries again.
            logger.LogWarning(exception, "Writing the missing match keys failed; the next start tries again");
        }
    }

    /// <summary>Writes the missing keys now; answers for how many persons.</summary>
    public async Task<int> WriteMissingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var keyed = await PersonMatchKeys.BackfillAsync(scope.ServiceProvider.GetRequiredService<HsWorksDbContext>(), ct);
        if (keyed > 0) logger.LogInformation("Match keys written for {Count} persons", keyed);
        return keyed;
    }
}
