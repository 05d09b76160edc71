using System.Buffers;
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

    /// <summary>
    /// Whether webhooks may point at loopback or private networks (tests only; refused by default
    /// against request forgery). Registration and delivery both honour it.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>How long one attempt may take, answer included (Webhooks__TimeoutSeconds).</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// How long a dispatcher's claim on a batch lasts (Webhooks__LeaseSeconds); longer than a batch
    /// of attempts takes, after which another dispatcher may send the notices again.
    /// </summary>
    public double LeaseSeconds { get; set; } = 300;
}

/// <summary>The lease columns of recipient_notices (shadow properties: delivery bookkeeping, not part of the notice).</summary>
public static class WebhookLease
{
    public const string UntilProperty = "LeaseUntil";

    public const string ByProperty = "LeasedBy";
}

/// <summary>
/// Delivers the recipients' notices from the outbox (docs/webhooks.md): signed POSTs, a failed
/// attempt retried with growing delays. A batch is claimed with a lease (one short statement that
/// commits at once), delivered with no transaction or row lock open, and each result recorded in a
/// short update of its own. Two dispatchers never send a notice at once; one that dies leaves its
/// lease to expire, and the notices are sent again (receivers deduplicate by id).
/// </summary>
public sealed class WebhookDispatcher(IServiceScopeFactory scopes, IHttpClientFactory http, IOptions<WebhookOptions> options, TimeProvider clock,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string HttpClientName = "webhooks";

    public const string SignatureHeader = "HsWorks-Signature";

    /// <summary>The most of a receiver's answer that is read; the rest is never received (the connection is closed).</summary>
    public const int MaxAnswerBytes = 64 * 1024;

    private const int BatchSize = 20;

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
        var lease = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        if (lease.Length > 64) lease = lease[^64..];
        var claimed = await ClaimAsync(db, lease, cancellationToken);
        if (claimed.Count == 0) return 0;

        var due = await db.RecipientNotices.AsNoTracking().Where(n => claimed.Contains(n.Id)).OrderBy(n => n.NextAttemptAt).ToListAsync(cancellationToken);
        var recipientIds = due.Select(n => n.RecipientId).Distinct().ToList();
        var recipients = await db.Recipients.AsNoTracking().Where(r => recipientIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var client = http.CreateClient(HttpClientName);
        foreach (var notice in due)
        {
            var recipient = recipients[notice.RecipientId];
            Action<RecipientNotice> outcome = recipient.WebhookUrl is null || recipient.WebhookSecret is null
                ? n => n.Undeliverable(clock.GetUtcNow(), "No webhook: tell the recipient by other means.")
                : await DeliverAsync(client, recipient.WebhookUrl, recipient.WebhookSecret, notice, cancellationToken);
            await RecordAsync(db, notice.Id, lease, outcome, cancellationToken);
        }
        return due.Count;
    }

    /// <summary>Leases a batch of due notices whose lease is free or expired, in one statement that commits at once.</summary>
    private async Task<List<Guid>> ClaimAsync(HsWorksDbContext db, string lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + TimeSpan.FromSeconds(options.Value.LeaseSeconds);
        return await db.Database.SqlQuery<Guid>($"""
            UPDATE recipient_notices SET lease_until = {until}, leased_by = {lease}
             WHERE id IN (SELECT id FROM recipient_notices
                           WHERE delivered_at IS NULL AND abandoned_at IS NULL AND next_attempt_at <= {now}
                             AND (lease_until IS NULL OR lease_until <= {now})
                           ORDER BY next_attempt_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
    }

    /// <summary>Records an attempt's outcome and frees the lease, unless the lease was lost meanwhile (then the new holder records it).</summary>
    private async Task RecordAsync(HsWorksDbContext db, Guid id, string lease, Action<RecipientNotice> outcome, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var notice = await db.RecipientNotices.Where(n => n.Id == id && EF.Property<string?>(n, WebhookLease.ByProperty) == lease)
            .SingleOrDefaultAsync(cancellationToken);
        if (notice is null)
        {
            logger.LogWarning("The lease on webhook notice {NoticeId} expired before its attempt was recorded", id);
            return;
        }
        outcome(notice);
        var entry = db.Entry(notice);
        entry.Property(WebhookLease.UntilProperty).CurrentValue = null;
        entry.Property(WebhookLease.ByProperty).CurrentValue = null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogWarning("Webhook notice {NoticeId} changed while it was being recorded", id);
        }
    }

    /// <summary>One signed POST; answers what to record. Reads at most <see cref="MaxAnswerBytes"/> of the answer.</summary>
    private async Task<Action<RecipientNotice>> DeliverAsync(HttpClient client, Uri url, string secret, RecipientNotice notice,
        CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new
        {
            id = notice.Id,
            type = JsonNamingPolicy.CamelCase.ConvertName(notice.Type.ToString()),
            personId = notice.PersonId,
            occurredAt = notice.OccurredAt,
        }, Json);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
            };
            request.Headers.TryAddWithoutValidation(SignatureHeader, Sign(secret, clock.GetUtcNow(), body));
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            await ReadCappedAsync(response.Content, timeout.Token);
            var result = $"HTTP {(int)response.StatusCode}";
            return response.IsSuccessStatusCode ? n => n.Delivered(clock.GetUtcNow(), result) : n => n.Failed(clock.GetUtcNow(), result);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // One bad notice never holds up the batch: it is counted and retried like any failure.
            var result = exception switch
            {
                OperationCanceledException => "Timed out",
                HttpRequestException { InnerException: WebhookAddressRefusedException refused } => refused.Message,
                HttpRequestException => "Not reachable",
                _ => $"Failed: {exception.GetType().Name}",
            };
            return n => n.Failed(clock.GetUtcNow(), result);
        }
    }

    /// <summary>Reads the answer up to the cap and stops: a receiver cannot make us download (or buffer) more.</summary>
    private static async Task ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            var total = 0;
            int read;
            while (total < MaxAnswerBytes
                   && (read = await stream.ReadAsync(buffer.AsMemory(0, Math.Min(buffer.Length, MaxAnswerBytes - total)), cancellationToken)) > 0)
                total += read;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary><c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body" keyed with the secret's UTF-8 bytes&gt;</c>.</summary>
    public static string Sign(string secret, DateTimeOffset at, string body)
    {
        var t = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }
}

/// <summary>The webhook's address is one webhooks never go to (<see cref="WebhookTargetRule"/>).</summary>
public sealed class WebhookAddressRefusedException(WebhookRefusal reason)
    : Exception($"Refused: the address is {reason switch
    {
        WebhookRefusal.Unresolvable => "not resolvable",
        WebhookRefusal.CloudMetadata => "a cloud metadata service",
        _ => "not a public address (" + char.ToLowerInvariant(reason.ToString()[0]) + reason.ToString()[1..] + ")",
    }}")
{
    public WebhookRefusal Reason { get; } = reason;
}

/// <summary>
/// The webhooks' HTTP handler: no proxy, no redirects (a redirect would turn the POST into a GET
/// and lose the notice), small answer headers, no draining of an answer left unread, and every
/// connection checked against <see cref="WebhookTargetRule"/> with the addresses resolved for it,
/// which are the ones connected to (DNS can change after registration).
/// </summary>
internal static class WebhookHttp
{
    public static SocketsHttpHandler Handler(WebhookOptions options) => new()
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        MaxResponseHeadersLength = 16,
        MaxResponseDrainSize = 0,
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        ConnectCallback = async (context, ct) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = await WebhookTargets.ResolveAsync(host, ct);
            if (WebhookTargetRule.Refusal(host, addresses, options.AllowPrivateNetworks) is { } refusal)
                throw new WebhookAddressRefusedException(refusal.Reason);
            var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync([.. addresses], context.DnsEndPoint.Port, ct);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
