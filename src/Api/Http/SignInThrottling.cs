using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using HsWorks.Application.Common.Interfaces;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HsWorks.Api.Http;

/// <summary>
/// Throttling of sign-in, refresh and the partners' token endpoint (per API instance, in memory):
/// a fixed window per client address and endpoint (<see cref="AddressPolicy"/>), a limit on the
/// password checks running at once (a global limiter on endpoints marked <see cref="PasswordWork"/>),
/// and failures per user name or client id (<see cref="NameFailureThrottle"/>, in the handlers).
/// </summary>
public static class SignInThrottling
{
    public const string AddressPolicy = "sign-in-address";

    /// <summary>Marks an endpoint whose requests hash a password or secret: these run a few at a time.</summary>
    public sealed class PasswordWork
    {
        public static readonly PasswordWork Instance = new();
    }

    /// <summary>The address limit (429 with Retry-After), plus the concurrency limit when the endpoint checks a password.</summary>
    public static TBuilder RequireSignInThrottling<TBuilder>(this TBuilder builder, bool checksPassword) where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireRateLimiting(AddressPolicy);
        if (checksPassword) builder.WithMetadata(PasswordWork.Instance);
        return builder;
    }

    public static IServiceCollection AddSignInThrottling(this IServiceCollection services)
    {
        services.AddSingleton<ISignInThrottle, NameFailureThrottle>();
        services.AddScoped<IClientNetwork, HttpClientNetwork>();
        return services;
    }

    public static void AddSignInLimiters(this RateLimiterOptions options)
    {
        // Options are read when a partition is first made, so configuration overrides apply.
        options.AddPolicy(AddressPolicy, context =>
        {
            var limits = context.RequestServices.GetRequiredService<IOptions<SignInOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(
                $"{context.GetEndpoint()?.DisplayName}|{ClientNetwork(context)}",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.AddressPermitLimit,
                    Window = TimeSpan.FromSeconds(limits.AddressWindowSeconds),
                    QueueLimit = 0,
                });
        });
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<PasswordWork>() is null) return RateLimitPartition.GetNoLimiter(string.Empty);
            var limits = context.RequestServices.GetRequiredService<IOptions<SignInOptions>>().Value;
            return RateLimitPartition.GetConcurrencyLimiter("password-work", _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = limits.ConcurrentSignIns > 0 ? limits.ConcurrentSignIns : Environment.ProcessorCount,
                QueueLimit = limits.QueuedSignIns,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        });
    }

    /// <summary>
    /// A refused request: 429 with the Retry-After the limiter's lease gives, or 503 when the
    /// password checks are all busy and the queue is full (a flood that must not starve the API).
    /// </summary>
    public static async ValueTask WriteRejectionAsync(OnRejectedContext context, string detail)
    {
        var http = context.HttpContext;
        var limited = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter);
        http.Response.StatusCode = limited ? StatusCodes.Status429TooManyRequests : StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds(limited ? retryAfter : TimeSpan.FromSeconds(1));
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = limited
                ? new() { Status = 429, Type = ProblemTypes.TooManyRequests, Title = "Too many requests", Detail = detail }
                : new() { Status = 503, Type = ProblemTypes.ServiceBusy, Title = "Busy", Detail = "Too many sign-ins at once. Try again in a moment." },
        });
    }

    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The client's IPv4 address or IPv6 /64 (one household or office gets one IPv6 /64, and many addresses in it).</summary>
    public static string ClientNetwork(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }

    private sealed class HttpClientNetwork(IHttpContextAccessor accessor) : IClientNetwork
    {
        public string Current => accessor.HttpContext is { } context ? ClientNetwork(context) : "unknown";
    }
}

/// <summary>Failed sign-ins per user name or client id, from any address, in a fixed window (per instance).</summary>
public sealed class NameFailureThrottle : ISignInThrottle, IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public NameFailureThrottle(IOptions<SignInOptions> options)
    {
        var limits = options.Value;
        limiter = PartitionedRateLimiter.Create<string, string>(name => RateLimitPartition.GetFixedWindowLimiter(name, _ =>
            new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.NameFailureLimit,
                Window = TimeSpan.FromSeconds(limits.NameWindowSeconds),
                QueueLimit = 0,
            }));
    }

    public TimeSpan? RetryAfter(string name)
    {
        // Asking for no permits tells whether any are left, without using one.
        using var lease = limiter.AttemptAcquire(name, 0);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    public void CountFailure(string name)
    {
        using var lease = limiter.AttemptAcquire(name);
    }

    public void Dispose() => limiter.Dispose();
}
