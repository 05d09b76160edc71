using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;

namespace HsWorks.Api.Http;

/// <summary>
/// What /api/... answers when no endpoint took the request: 404, or 415 when an endpoint exists for
/// the path and method but was passed over because the body was missing or not JSON (the routing
/// matcher then falls through to here rather than answering 415 itself).
/// </summary>
public static class ApiFallback
{
    // A RequestDelegate, so that MapFallback takes it as it is: the compile-time request delegate generator rewrites MapFallback calls
    // with other handlers and then drops their route pattern, and the fallback would answer every path, the SPA's pages included.
    public static Task Answer(HttpContext http)
    {
        var endpoints = http.RequestServices.GetRequiredService<EndpointDataSource>();
        var path = http.Request.Path;
        var exists = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>() is not null
                && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(http.Request.Method, StringComparer.OrdinalIgnoreCase) == true
                && e.RoutePattern.RawText is not null)
            .Any(e => new TemplateMatcher(TemplateParser.Parse(e.RoutePattern.RawText!), new RouteValueDictionary()).TryMatch(path, new RouteValueDictionary()));
        IResult answer = exists
            ? TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", type: ProblemTypes.BadRequest,
                detail: "Send the request body with its content type (application/json, or multipart/form-data for uploads).")
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", type: ProblemTypes.NotFound);
        return answer.ExecuteAsync(http);
    }
}
