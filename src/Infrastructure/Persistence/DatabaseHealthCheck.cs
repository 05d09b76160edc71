using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HsWorks.Infrastructure.Persistence;

/// <summary>Readiness: the database answers a query. Liveness never runs this (a database restart is no reason to restart the API).</summary>
public sealed class DatabaseHealthCheck(HsWorksDbContext db) : IHealthCheck
{
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (DatabaseFaults.IsUnavailable(exception) || exception is TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database is out of reach.");
        }
    }
}
