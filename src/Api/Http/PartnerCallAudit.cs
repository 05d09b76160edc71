using System.Diagnostics.Metrics;
using HsWorks.Application.Common.Auditing;
using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.Security;

namespace HsWorks.Api.Http;

/// <summary>
/// Served partner calls are audited by their use case (R6.5); a refused one is counted by
/// <see cref="RefusedPartnerCalls"/> once its status is final, and goes to the
/// hsworks.partner.calls.refused metric for monitoring.
/// </summary>
public static class PartnerCallAudit
{
    private static readonly Meter Meter = new("HsWorks.Api");

    private static readonly Counter<long> Refused = Meter.CreateCounter<long>("hsworks.partner.calls.refused", description: "Refused partner API calls");

    public static Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (context.Request.Path.StartsWithSegments("/api/v1/partner")
            && Guid.TryParse(context.User.FindFirst(HsWorksClaims.ApiClient)?.Value, out var clientId))
        {
            // When the status is final (after the exception handler), before the answer leaves.
            context.Response.OnStarting(() => CountAsync(context, clientId));
        }
        return next();
    }

    private static async Task CountAsync(HttpContext context, Guid clientId)
    {
        var status = context.Response.StatusCode;
        if (status is < 400 or >= 500) return;
        Refused.Add(1, new KeyValuePair<string, object?>("status", status));
        try
        {
            await RefusedPartnerCalls.CountAsync(context.RequestServices.GetRequiredService<IServiceScopeFactory>(), clientId, status, CancellationToken.None);
        }
        catch (Exception exception) when (DatabaseFaults.IsUnavailable(exception))
        {
            // The metric still has it; the answer must not fail for the count.
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PartnerCallAudit).FullName!)
                .LogWarning("A refused partner call could not be counted: the database is unavailable");
        }
    }
}
