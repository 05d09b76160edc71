using System.Net;
using System.Net.Sockets;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Disclosures;
using Microsoft.Extensions.Options;

namespace HsWorks.Infrastructure.Disclosures;

/// <summary>
/// Where webhooks may go, judged by <see cref="WebhookTargetRule"/> over the addresses a host
/// resolves to now: at registration (here) and again at every connection (<see cref="WebhookHttp"/>).
/// </summary>
public sealed class WebhookTargets(IOptions<WebhookOptions> options) : IWebhookTargets
{
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(5);

    public async Task<WebhookTargetRefusal?> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        var allowPrivate = options.Value.AllowPrivateNetworks;
        // Plain HTTP only to a test receiver on loopback, and only where private networks are allowed (tests).
        if (url.Scheme != Uri.UriSchemeHttps && !(allowPrivate && url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
            return new WebhookTargetRefusal(WebhookRefusal.NotHttps, url.IdnHost, null);
        var host = url.IdnHost;
        var addresses = await ResolveAsync(host, cancellationToken);
        return WebhookTargetRule.Refusal(host, addresses, allowPrivate) is { } refusal
            ? new WebhookTargetRefusal(refusal.Reason, host, refusal.Address?.ToString())
            : null;
    }

    /// <summary>The host's addresses now (an address literal is itself); none when the name does not resolve.</summary>
    internal static async Task<IReadOnlyCollection<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal)) return [literal];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ResolveTimeout);
        try
        {
            return await Dns.GetHostAddressesAsync(host, timeout.Token);
        }
        catch (Exception e) when (e is SocketException or ArgumentException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return [];
        }
    }
}
