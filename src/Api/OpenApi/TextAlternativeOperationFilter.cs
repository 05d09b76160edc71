using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HsWorks.Api.OpenApi;

/// <summary>
/// Endpoint metadata: the success answer also comes as text of this content type (a printable page) when the client asks for it by
/// Accept. Declared beside the JSON answer, since a second Produces for the same status would replace the first.
/// </summary>
internal sealed record TextAlternative(int StatusCode, string ContentType);

/// <summary>Adds each <see cref="TextAlternative"/> of an endpoint to its answer's content types, as a string.</summary>
internal sealed class TextAlternativeOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var alternative in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<TextAlternative>())
        {
            if (operation.Responses?.GetValueOrDefault(alternative.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not OpenApiResponse response)
                continue;
            response.Content ??= new Dictionary<string, IOpenApiMediaType>();
            response.Content[alternative.ContentType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        }
    }
}
