using HsWorks.Api.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HsWorks.Api.OpenApi;

/// <summary>Documents the SPA's cookie mode header on the auth operations that take it.</summary>
internal sealed class RefreshCookieOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter header && header.Name == RefreshCookie.ModeHeader)
                header.Description = RefreshCookie.ModeHeaderDescription;
        }
    }
}
