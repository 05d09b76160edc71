using HsWorks.Domain.Disclosures;

namespace HsWorks.Application.Common.Interfaces;

/// <summary>Why a webhook address is refused: the reason, the host, and the address at fault when one is.</summary>
public sealed record WebhookTargetRefusal(WebhookRefusal Reason, string Host, string? Address);

/// <summary>Checks a webhook address the way the dispatcher will when it connects: scheme, host name and every address it resolves to.</summary>
public interface IWebhookTargets
{
    /// <summary>Null when notices can be delivered there.</summary>
    Task<WebhookTargetRefusal?> CheckAsync(Uri url, CancellationToken cancellationToken);
}
