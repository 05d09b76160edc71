using HsWorks.Application.Retention;
using HsWorks.Domain.Retention;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HsWorks.Infrastructure.Retention;

public sealed class RetentionOptions
{
    /// <summary>Whether the daily run is scheduled in this instance (Retention__ScheduleEnabled); every instance may, the lock keeps it to one.</summary>
    public bool ScheduleEnabled { get; set; } = true;

    /// <summary>The time of day, Finnish time, the daily run starts (Retention__RunAt, HH:mm).</summary>
    public TimeOnly RunAt { get; set; } = new(2, 30);
}

/// <summary>
/// Applies the retention rules once a day at the configured time (Finnish time) by the injected clock. A run holds the session-level
/// retention advisory lock and commits batch by batch, so several API instances make one run a day: the others find the lock taken,
/// or today's scheduled run made already. Logs counts and ids of runs only.
/// </summary>
public sealed class RetentionScheduler(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider clock,
    ILogger<RetentionScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ScheduleEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(UntilNext(clock.GetUtcNow()), clock, stoppingToken);
                await RunScheduledAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The retention run failed; it is tried again at the next scheduled time");
            }
        }
    }

    /// <summary>How long until the next run time, Finnish time.</summary>
    public TimeSpan UntilNext(DateTimeOffset now)
    {
        var today = FinnishDays.DayOf(now);
        var next = FinnishDays.StartOf(today) + options.Value.RunAt.ToTimeSpan();
        if (next <= now) next = FinnishDays.StartOf(today.AddDays(1)) + options.Value.RunAt.ToTimeSpan();
        return next - now;
    }

    /// <summary>One scheduled run now, unless another instance holds the lock or today's run is made; null then.</summary>
    public async Task<RetentionRun?> RunScheduledAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var enforcement = scope.ServiceProvider.GetRequiredService<RetentionEnforcement>();
        var run = await enforcement.RunAsync(RetentionTrigger.Scheduled, null, "retention", oncePerDay: true, cancellationToken);
        if (run is null) logger.LogInformation("Retention: another instance runs the rules today, or has run them");
        else
            logger.LogInformation(
                "Retention run {RunId}: {Contacts} contacts, {Recordings} recordings, {Invoices} invoices, {ConsentEvents} consent events, {Persons} persons, {Customers} customers, {Purchases} purchases, {Warranties} warranties, {Assets} assets, {RemoteAccesses} remote connections, {Problems} problems, {Interests} interests, {ContactPersonLinks} contact-person links",
                run.Id, run.Contacts, run.Recordings, run.Invoices, run.ConsentEvents, run.Persons, run.Customers, run.Purchases, run.Warranties, run.Assets,
                run.RemoteAccesses, run.Problems, run.Interests, run.ContactPersonLinks);
        return run;
    }
}
