using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HsWorks.Domain.Disclosures;
using HsWorks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HsWorks.Infrastructure.Disclosures;

public sealed class WebhookOptions
{
    /// <summary>How often the outbox is looked at (Webhooks__PollSeconds).</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>Whether webhooks may point at loopback or private networks (tests only; refused by default against request forgery).</summary>
    public bool AllowPrivateNetworks { get; set; }
}

/// <summary>
/// Delivers the recipients' notices from the outbox (docs/webhooks.md): signed POSTs, a failed
/// attempt retried with growing delays. Rows are locked while they are sent (SKIP LOCKED), so two
/// processes never send the same notice twice at once; a restart loses nothing, the rows wait.
/// </summary>
public sealed class WebhookDispatcher(IServiceScopeFactory scopes, IHttpClientFactory http, IOptions<WebhookOptions> options, TimeProvider clock,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string HttpClientName = "webhooks";

    public const string SignatureHeader = "HsWorks-Signature";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchDueAsync(stoppingToken) > 0)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Webhook notices could not be dispatched; trying again later");
            }
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(options.Value.PollSeconds), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends one batch of due notices; answers how many were attempted.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HsWorksDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var due = await db.RecipientNotices
            .FromSql($"""
                SELECT *, xmin FROM recipient_notices
                 WHERE delivered_at IS NULL AND abandoned_at IS NULL AND next_attempt_at <= {now}
                 ORDER BY next_attempt_at LIMIT 20 FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (due.Count == 0) return 0;
        var recipientIds = due.Select(n => n.RecipientId).Distinct().ToList();
        var recipients = await db.Recipients.AsNoTracking().Where(r => recipientIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var client = http.CreateClient(HttpClientName);
        foreach (var notice in due)
        {
            var recipient = recipients[notice.RecipientId];
            if (recipient.WebhookUrl is null || recipient.WebhookSecret is null)
            {
                notice.Undeliverable(clock.GetUtcNow(), "No webhook: tell the recipient by other means.");
                continue;
            }
            var body = JsonSerializer.Serialize(new
            {
                id = notice.Id,
                type = JsonNamingPolicy.CamelCase.ConvertName(notice.Type.ToString()),
                personId = notice.PersonId,
                occurredAt = notice.OccurredAt,
            }, Json);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, recipient.WebhookUrl)
                {
                    Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
                };
                request.Headers.TryAddWithoutValidation(SignatureHeader, Sign(recipient.WebhookSecret, clock.GetUtcNow(), body));
                using var response = await client.SendAsync(request, cancellationToken);
                var result = $"HTTP {(int)response.StatusCode}";
                if (response.IsSuccessStatusCode) notice.Delivered(clock.GetUtcNow(), result);
                else notice.Failed(clock.GetUtcNow(), result);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // One bad notice never holds up the batch: it is counted and retried like any failure.
                notice.Failed(clock.GetUtcNow(), exception switch
                {
                    TaskCanceledException => "Timed out",
                    HttpRequestException { InnerException: WebhookAddressRefusedException } => "Refused: the address is in a private network",
                    HttpRequestException => "Not reachable",
                    _ => $"Failed: {exception.GetType().Name}",
                });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    /// <summary><c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body" keyed with the secret's UTF-8 bytes&gt;</c>.</summary>
    public static string Sign(string secret, DateTimeOffset at, string body)
    {
        var t = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }
}

/// <summary>The webhook's address resolves to loopback, a private or a link-local network.</summary>
public sealed class WebhookAddressRefusedException() : Exception("Webhooks may not point at private networks.");

/// <summary>
/// The webhooks' HTTP handler: no redirects (a redirect would turn the POST into a GET and lose the
/// notice) and, unless allowed, no connections to loopback, private or link-local addresses.
/// </summary>
internal static class WebhookHttp
{
    public static SocketsHttpHandler Handler(WebhookOptions options) => new()
    {
        AllowAutoRedirect = false,
        ConnectCallback = async (context, ct) =>
        {
            var addresses = await System.Net.Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
            if (!options.AllowPrivateNetworks && addresses.Any(IsPrivate)) throw new WebhookAddressRefusedException();
            var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    private static bool IsPrivate(System.Net.IPAddress address)
    {
        if (System.Net.IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal) return true;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var b = address.GetAddressBytes();
        return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
            && (b[0] == 10 || b[0] == 127 || b[0] == 0 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168)
                || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] >= 64 && b[1] <= 127));
    }
}
