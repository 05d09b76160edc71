using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Audit;
using HsWorks.Infrastructure.Security;

namespace HsWorks.Api.Http;

/// <summary>
/// Every call of the partner API is in the audit (R6.5): served calls are audited by their use case;
/// this records the refused ones too — a probe of someone else's id (404), a missing scope (403),
/// bad input (400), the rate limit (429) — which roll back or never reach a use case.
/// </summary>
public static class PartnerCallAudit
{
    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (!context.Request.Path.StartsWithSegments("/api/v1/partner") || context.User.FindFirst(HsWorksClaims.ApiClient) is null)
        {
            await next();
            return;
        }
        var failure = (string?)null;
        try
        {
            await next();
        }
        catch (Exception exception)
        {
            failure = exception.GetType().Name;
            throw;
        }
        finally
        {
            var status = context.Response.StatusCode;
            if (failure is not null || status >= 400) await RecordAsync(context, failure is null ? $"HTTP {status}" : $"refused: {failure}");
        }
    }

    private static async Task RecordAsync(HttpContext context, string outcome)
    {
        // Its own scope and transaction: the request's own was rolled back.
        using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IHsWorksDb>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var endpoint = $"{context.Request.Method} {context.Request.Path}";
        db.AuditRecords.Add(AuditRecord.Create(clock.GetUtcNow(), null, context.User.Identity?.Name ?? "client:?", "partner.call.refused", [], [],
            [endpoint.Length > 200 ? endpoint[..200] : endpoint], reason: outcome));
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
