using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace HsWorks.Api.Http;

/// <summary>
/// What browsers are told about the SPA, Swagger UI and the API: a strict Content Security Policy,
/// no MIME sniffing, no referrer, no caching of personal data; behind a configured HTTPS proxy,
/// forwarded headers from that proxy only, and HSTS.
/// </summary>
public static class BrowserProtections
{
    /// <summary>Style elements are allowed inline (the component library injects them); recordings play from blob: URLs.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; media-src 'self' blob:; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>For uploaded documents: even if a browser rendered one, it would run in an opaque origin without scripts.</summary>
    public const string SandboxPolicy = "sandbox";

    /// <summary>Trusted proxies: ReverseProxy:KnownProxies (addresses) and ReverseProxy:KnownNetworks (CIDR), lists or comma separated.</summary>
    public static IServiceCollection AddBrowserProtections(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = List(configuration.GetSection("ReverseProxy:KnownProxies"));
        var networks = List(configuration.GetSection("ReverseProxy:KnownNetworks"));
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies are believed (not even loopback by default).
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in networks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        services.AddHsts(options => (options.MaxAge, options.IncludeSubDomains) = (TimeSpan.FromDays(365), false));
        return services;
    }

    public static WebApplication UseBrowserProtections(this WebApplication app)
    {
        var behindProxy = List(app.Configuration.GetSection("ReverseProxy:KnownProxies")).Count
            + List(app.Configuration.GetSection("ReverseProxy:KnownNetworks")).Count > 0;
        if (behindProxy)
        {
            // Behind a configured HTTPS proxy: the client's address and scheme come from it, and browsers keep to HTTPS.
            app.UseForwardedHeaders();
            app.UseHsts();
        }
        app.Use((context, next) =>
        {
            // At the start of the answer, so the headers survive an exception handler clearing the response.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (!headers.ContainsKey("Content-Security-Policy")) headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                if (CarriesPersonalData(context.Request.Path))
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>Every API answer but the health checks may carry personal data (errors included: they can echo input).</summary>
    private static bool CarriesPersonalData(PathString path) =>
        path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/api/v1/health", StringComparison.OrdinalIgnoreCase);

    private static List<string> List(IConfigurationSection section) =>
        (section.Value is { } single ? single.Split(',') : section.GetChildren().Select(c => c.Value ?? string.Empty))
        .Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
}
