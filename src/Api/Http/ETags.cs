using Microsoft.Net.Http.Headers;

namespace HsWorks.Api.Http;

/// <summary>Row versions travel as strong ETags ("123") and come back in If-Match.</summary>
public static class ETags
{
    public static void SetETag(this HttpResponse response, string version) =>
        response.Headers.ETag = new EntityTagHeaderValue($"\"{version}\"").ToString();

    /// <summary>The version named by If-Match, or null when the header is missing or unusable.</summary>
    public static uint? IfMatchVersion(this HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || !EntityTagHeaderValue.TryParse(header.Split(',')[0].Trim(), out var tag)) return null;
        return uint.TryParse(tag.Tag.ToString().Trim('"'), out var version) ? version : null;
    }
}
