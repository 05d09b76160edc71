using HsWorks.Infrastructure.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using CheckStatus = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus;

namespace HsWorks.Api.Endpoints;

public sealed record HealthStatus(string Status, string Database);

/// <summary>The state of one instance, as the ASP.NET Core health checks report it.</summary>
public sealed record HealthReportDto(string Status);

/// <summary>
/// Liveness (the process serves; never touches the database, so a database restart does not get the
/// API restarted) and readiness (the database answers, so send traffic). /api/v1/health is the
/// readiness answer the scripts wait for at start.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>The endpoint name of liveness, the one operation that never touches the database.</summary>
    public const string LivenessName = "Liveness";

    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/health").AllowAnonymous().WithTags("Health");

        group.MapGet("", async (HealthCheckService health, CancellationToken ct) =>
                await IsReadyAsync(health, ct)
                    ? Results.Ok(new HealthStatus("ok", "ok"))
                    : Results.Json(new HealthStatus("degraded", "unreachable"), statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithName("Health")
            .WithSummary("Liveness and database reachability (no sign-in)")
            .WithDescription("200 once the database answers; the start scripts wait for it. Same as /ready with the older body.")
            .Produces<HealthStatus>()
            .Produces<HealthStatus>(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/live", () => TypedResults.Ok(new HealthReportDto("healthy")))
            .WithName(LivenessName)
            .WithSummary("Liveness: the process serves (no sign-in, no database)")
            .WithDescription("Always 200 while the process runs, even while the database restarts. Use it for restarts by an orchestrator.")
            .Produces<HealthReportDto>();

        group.MapGet("/ready", async (HealthCheckService health, CancellationToken ct) =>
                await IsReadyAsync(health, ct)
                    ? Results.Ok(new HealthReportDto("healthy"))
                    : Results.Json(new HealthReportDto("unhealthy"), statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithName("Readiness")
            .WithSummary("Readiness: the database answers (no sign-in)")
            .WithDescription("200 when this instance can serve; 503 while the database is out of reach. Use it to route traffic.")
            .Produces<HealthReportDto>()
            .Produces<HealthReportDto>(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<bool> IsReadyAsync(HealthCheckService health, CancellationToken ct) =>
        (await health.CheckHealthAsync(c => c.Tags.Contains(DatabaseHealthCheck.ReadyTag), ct)).Status == CheckStatus.Healthy;
}
