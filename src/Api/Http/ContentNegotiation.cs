namespace HsWorks.Api.Http;

/// <summary>Printable pages are answered only to a client that asks for HTML; API clients get the JSON.</summary>
public static class ContentNegotiation
{
    public static bool WantsHtml(this HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
