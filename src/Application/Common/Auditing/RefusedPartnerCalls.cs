using HsWorks.Application.Common.Interfaces;
using Microsoft.Extensions.DependencyInjection;

namespace HsWorks.Application.Common.Auditing;

/// <summary>
/// A refused partner call — a probe of someone else's id (404), a missing scope (403), bad input
/// (400), the rate limit (429) — is counted per client, status and hour (one UPSERT) instead of an
/// audit record of its own, so a flood cannot fill the append-only audit trail (R6.5).
/// </summary>
public static class RefusedPartnerCalls
{
    /// <summary>Counts in a scope of its own: the refused request's unit of work was rolled back.</summary>
    public static async Task CountAsync(IServiceScopeFactory scopes, Guid apiClientId, int status, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IHsWorksDb>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await db.CountRefusedPartnerCallAsync(apiClientId, status, clock.GetUtcNow(), cancellationToken);
    }
}
