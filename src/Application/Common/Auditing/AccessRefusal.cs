using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace HsWorks.Application.Common.Auditing;

/// <summary>The audit record of a staff request refused with 403 (R7.3).</summary>
public static class AccessRefusal
{
    /// <summary>The action; the record's reason names the request (or the endpoint) refused.</summary>
    public const string Action = "access.refused";

    /// <summary>
    /// Writes the refusal in a scope of its own, so that whatever the refused request had begun is not
    /// saved with it. Used by the mediator pipeline and by the endpoint policies' 403s alike.
    /// </summary>
    public static async Task RecordAsync(IServiceScopeFactory scopes, Guid userId, string username, string reason,
        IEnumerable<Guid> personIds, IEnumerable<Guid> customerIds, IEnumerable<string> fields, Guid? targetUserId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IHsWorksDb>();
        db.AuditRecords.Add(AuditRecord.Create(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(), userId, username, Action,
            personIds, customerIds, fields, targetUserId: targetUserId, reason: reason.Length > 500 ? reason[..500] : reason));
        await db.SaveChangesAsync(cancellationToken);
    }
}
