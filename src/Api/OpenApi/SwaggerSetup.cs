using System.Text.Json.Nodes;
using HsWorks.Api.Endpoints;
using HsWorks.Api.Http;
using HsWorks.Application.Consents;
using HsWorks.Application.Customers;
using HsWorks.Application.Disclosures;
using HsWorks.Application.Marketing;
using HsWorks.Application.NonDisclosure;
using HsWorks.Application.Partner;
using HsWorks.Application.Persons;
using HsWorks.Application.ProhibitionRegisters;
using HsWorks.Application.Prohibitions;
using HsWorks.Application.Retention;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Consents;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.NonDisclosure;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Prohibitions;
using HsWorks.Domain.Purposes;
using HsWorks.Domain.Retention;
using HsWorks.Domain.Users;

namespace HsWorks.Api.OpenApi;

public static class SwaggerSetup
{
    public const string BearerScheme = "Bearer";

    public const string PartnerScheme = "PartnerClientCredentials";

    public static IServiceCollection AddHsWorksSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "HsWorks customer register API",
                Version = "v1",
                Description = "The customer database of HS-Works Oy with data protection built in. Sign in with POST /api/v1/auth/login, then press Authorize and paste the accessToken. Errors are RFC 9457 problem details.",
                Contact = new OpenApiContact { Name = "HS-Works Oy", Url = new Uri("https://www.hs-works.fi/") },
            });
            // Served from the same origin as the API itself.
            options.AddServer(new OpenApiServer
            {
                Url = "/",
                Description = "This server: production, staging or local, whichever the document was read from.",
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(JsonValue.Create(false)) },
            });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The accessToken from POST /api/v1/auth/login: a JWT signed with HS256 that lives minutes, with issuer, audience and expiry checked as RFC8725 (JSON Web Token Best Current Practices) asks.",
            });
            options.AddSecurityDefinition(PartnerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "Partners' API clients: OAuth 2 client credentials at POST /api/v1/auth/token. The access token is a short-lived JWT (issuer, audience, algorithm and expiry checked as RFC8725 asks); a client asks for a new one with its credentials, there are no refresh tokens.",
                Flows = new OpenApiOAuthFlows
                {
                    ClientCredentials = new OpenApiOAuthFlow
                    {
                        TokenUrl = new Uri("/api/v1/auth/token", UriKind.Relative),
                        Scopes = new Dictionary<string, string>
                        {
                            ["persons.read"] = "Read the persons disclosed to the partner",
                            ["disclosures.read"] = "List what was disclosed to the partner",
                            ["leads.write"] = "Submit leads",
                        },
                    },
                },
            });
            options.SupportNonNullableReferenceTypes();
            // A $ref wrapped in allOf can say it may be null (transferSafeguard, currentImport, an optional closed set).
            options.UseAllOfToExtendReferenceSchemas();
            options.NonNullableReferenceTypesAsRequired();
            options.OperationFilter<AuthorizationOperationFilter>();
            options.OperationFilter<ExamplesOperationFilter>();
            options.OperationFilter<IfMatchOperationFilter>();
            options.OperationFilter<StreamedUploadOperationFilter>();
            options.OperationFilter<TextAlternativeOperationFilter>();
            options.OperationFilter<RefreshCookieOperationFilter>();
            options.OperationFilter<ErrorResponsesOperationFilter>();
            options.SchemaFilter<EnumKeySchemaFilter>();
            options.SchemaFilter<ValidatorLimitsSchemaFilter>();
            options.ParameterFilter<ParameterLimitsFilter>();
            options.SchemaFilter<FormattedStringLimitsSchemaFilter>();
            options.OperationFilter<ValidatedParameterLimitsOperationFilter>();
            options.DocumentFilter<NullableReferenceDocumentFilter>();
        });
        return services;
    }
}

/// <summary>Marks operations that need a token, and documents their 401 and 403.</summary>
internal sealed class AuthorizationOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any()) return;
        operation.Security ??= [];
        var partner = metadata.OfType<IAuthorizeData>().Any(a => a.Policy == PartnerApiEndpoints.Policy);
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(partner ? SwaggerSetup.PartnerScheme : SwaggerSetup.BearerScheme, context.Document)] = [],
        });
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("401", ErrorResponsesOperationFilter.Problem(context, "No valid access token."));
        operation.Responses.TryAdd("403", ErrorResponsesOperationFilter.Problem(context, "The access level lacks the permission, or the password must be changed first."));
    }
}

/// <summary>
/// Every answer an operation can give is in the document (the OpenAPI fuzzer holds the API to it):
/// 400 where there is input to get wrong, 404 where the path names something, 429 with Retry-After
/// where a rate limit applies, 415 where a body is expected, and 503 with Retry-After wherever the database is used (every
/// operation but liveness) — all as RFC 9457 problem details.
/// </summary>
internal sealed class ErrorResponsesOperationFilter : IOperationFilter
{
    /// <summary>The one operation that never touches the database.</summary>
    public const string LivenessOperation = HsWorks.Api.Endpoints.HealthEndpoints.LivenessName;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var api = context.ApiDescription;
        var metadata = api.ActionDescriptor.EndpointMetadata;
        var name = metadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        operation.Responses ??= new OpenApiResponses();
        if (api.ParameterDescriptions.Count > 0 || operation.RequestBody is not null)
        {
            var invalid = Problem(context, "Invalid input: the fields in errors, or a request that could not be read.", validation: true);
            // An operation with its own 400 body (the OAuth token endpoint) still gets the shared input check's problem details.
            if (!operation.Responses.TryAdd("400", invalid) && operation.Responses["400"].Content is { Count: > 0 } content)
                content.TryAdd("application/problem+json", invalid.Content!["application/problem+json"]);
        }
        if (operation.RequestBody is not null)
            operation.Responses.TryAdd("415", Problem(context, "The body is missing or not of the content type below."));
        if (api.ParameterDescriptions.Any(p => p.Source.Id == "Path"))
            operation.Responses.TryAdd("404", Problem(context, "Not found (or not visible to the caller)."));
        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
            operation.Responses.TryAdd("429", Problem(context, "Too many requests: try again after Retry-After seconds.", retryAfter: true));
        if (name != LivenessOperation)
            operation.Responses.TryAdd("503", Problem(context, "The database is restarting or out of reach: try again after Retry-After seconds.", retryAfter: true));
    }

    internal static OpenApiResponse Problem(OperationFilterContext context, string description, bool validation = false, bool retryAfter = false)
    {
        var schema = context.SchemaGenerator.GenerateSchema(
            validation ? typeof(Microsoft.AspNetCore.Http.HttpValidationProblemDetails) : typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = schema } },
        };
        if (retryAfter)
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before trying again.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "86400" },
                },
            };
        return response;
    }
}

/// <summary>Example request bodies, so Swagger UI's "Try it out" starts from something that works.</summary>
internal sealed class ExamplesOperationFilter : IOperationFilter
{
    private static readonly Dictionary<Type, JsonNode> Examples = new()
    {
        [typeof(LoginBody)] = new JsonObject { ["username"] = "admin", ["password"] = "your-password" },
        [typeof(RefreshBody)] = new JsonObject { ["refreshToken"] = "the refreshToken from login" },
        [typeof(ChangePasswordBody)] = new JsonObject { ["currentPassword"] = "Temporary-Pass-1", ["newPassword"] = "A-long-passphrase-of-mine" },
        [typeof(CreateUserBody)] = new JsonObject
        {
            ["username"] = "mlausamo", ["displayName"] = "Mika Lausamo", ["accessLevel"] = EnumNames.ToWire(AccessLevel.HelpdeskAgent), ["password"] = "Temporary-Pass-1",
        },
        [typeof(UpdateUserBody)] = new JsonObject { ["displayName"] = "Mika Lausamo", ["accessLevel"] = EnumNames.ToWire(AccessLevel.Supervisor), ["enabled"] = true },
        [typeof(ResetPasswordBody)] = new JsonObject { ["password"] = "Temporary-Pass-2" },
        [typeof(PersonInput)] = new JsonObject
        {
            ["firstName"] = "Maija",
            ["lastName"] = "Meikäläinen",
            ["email"] = "maija.meikalainen@example.fi",
            ["phone"] = "09 123 4567",
            ["mobile"] = "040 123 4567",
            ["language"] = EnumNames.ToWire(Language.Fi),
            ["personalIdentityCode"] = "131052-308T",
            ["address"] = new JsonObject { ["street"] = "Korppaanmäentie 27", ["postalCode"] = "00300", ["city"] = "Helsinki", ["country"] = "FI" },
            ["source"] = EnumNames.ToWire(DataSource.Subject),
            ["nonDisclosure"] = false,
        },
        [typeof(CustomerInput)] = new JsonObject
        {
            ["type"] = EnumNames.ToWire(CustomerType.Organisation),
            ["name"] = "HS-Works Oy",
            ["businessId"] = "2168645-1",
            ["customerSince"] = "2009-01-15",
            ["productGroups"] = new JsonArray("phoneSupport", "maintenance"),
        },
        [typeof(HsWorks.Application.Register.ControllerInput)] = new JsonObject
        {
            ["name"] = "HS-Works Oy", ["businessId"] = "2168645-1", ["street"] = "Korppaanmäentie 27", ["postalCode"] = "00300", ["city"] = "Helsinki",
            ["phone"] = "040 413 3597", ["email"] = "mika.lausamo@hs-works.fi", ["contactName"] = "Harry Sileoni", ["contactEmail"] = "harry.sileoni@hs-works.fi",
            ["contactPhone"] = null,
            ["securityMeasures"] = new JsonObject
            {
                ["fi"] = "Käyttö vaatii henkilökohtaisen tunnuksen.\nTiedot ovat salattuina.", ["sv"] = "Användning kräver ett personligt användarnamn.\nUppgifterna är krypterade.",
                ["en"] = "Use needs a personal user id.\nThe data is encrypted.",
            },
            ["provisionOfData"] = new JsonObject
            {
                ["fi"] = "Yhteystiedot ovat sopimuksen edellytys.", ["sv"] = "Kontaktuppgifterna är en förutsättning för avtalet.",
                ["en"] = "Contact details are needed for the contract.",
            },
            ["safeguardsCopy"] = new JsonObject
            {
                ["fi"] = "Jäljennöksen saa tietosuojayhteyshenkilöltä.", ["sv"] = "En kopia fås av kontaktpersonen för dataskydd.",
                ["en"] = "A copy is available from the data-protection contact.",
            },
        },
        [typeof(AddContactPersonInput)] = new JsonObject { ["personId"] = "0195f0a2-7c1e-7b7a-9a53-1f6f2d3c4b5a" },
        [typeof(RecipientInput)] = new JsonObject
        {
            ["name"] = "Postitus Oy",
            ["businessId"] = "2168645-1",
            ["type"] = EnumNames.ToWire(RecipientType.Processor),
            ["country"] = "FI",
            ["contact"] = "tietosuoja@postitus.example",
            ["purposes"] = new JsonArray("ownMarketing"),
            ["dataCategories"] = new JsonArray("basic", "address"),
            ["agreementReference"] = "DPA 2026-14",
            ["agreementDate"] = "2026-01-15",
            ["webhookUrl"] = "https://postitus.example/hsworks/notices",
        },
        [typeof(DisclosureInput)] = new JsonObject
        {
            ["recipientId"] = "0195f0a2-7c1e-7b7a-9a53-1f6f2d3c4b5a", ["purpose"] = "misusePrevention", ["legalBasis"] = EnumNames.ToWire(LegalBasis.LegalObligation),
            ["dataCategories"] = new JsonArray("basic", "contacts"), ["personIds"] = new JsonArray("0195f0a2-7c1e-7b7a-9a53-1f6f2d3c4b5b"),
            ["legalReference"] = "Poliisilaki 872/2011, 4 luku 3 §",
        },
        [typeof(HandoverInput)] = new JsonObject { ["recipientId"] = "0195f0a2-7c1e-7b7a-9a53-1f6f2d3c4b5a" },
        [typeof(ApiClientInput)] = new JsonObject
        {
            ["recipientId"] = "0195f0a2-7c1e-7b7a-9a53-1f6f2d3c4b5a", ["name"] = "CRM integration", ["scopes"] = new JsonArray("persons.read", "leads.write"),
        },
        [typeof(LeadInput)] = new JsonObject
        {
            ["person"] = new JsonObject
            {
                ["firstName"] = "Liisa", ["lastName"] = "Laine", ["email"] = "liisa.laine@example.fi", ["mobile"] = "040 765 4321", ["language"] = EnumNames.ToWire(Language.Fi),
                ["address"] = new JsonObject { ["street"] = "Rantatie 3", ["postalCode"] = "33100", ["city"] = "Tampere", ["country"] = "FI" },
            },
            ["customer"] = new JsonObject { ["productGroups"] = new JsonArray("hardware") },
        },
        [typeof(ConsentEventInput)] = new JsonObject
        {
            ["purpose"] = "ownMarketing", ["channel"] = EnumNames.ToWire(Channel.Email), ["action"] = EnumNames.ToWire(ConsentAction.Given), ["source"] = EnumNames.ToWire(ConsentSource.PhoneCall),
            ["evidence"] = "Call 2026-11-25 10:14, recording 0195f0a2: \"May we send you offers by e-mail?\" — \"Yes.\"",
        },
        [typeof(ProhibitionInput)] = new JsonObject { ["kind"] = EnumNames.ToWire(ProhibitionKind.DirectMarketing), ["channel"] = EnumNames.ToWire(Channel.Phone), ["reason"] = "Asked on the phone" },
        [typeof(NonDisclosureClaimInput)] = new JsonObject { ["note"] = "Caller 2026-12-02 10:05 says the Population Register marks her address non-disclosed" },
        [typeof(NonDisclosureDecisionInput)] = new JsonObject { ["outcome"] = EnumNames.ToWire(NonDisclosureClaimOutcome.Confirmed), ["note"] = "Checked from the Population Register extract of 2026-12-02" },
        [typeof(RetentionRuleInput)] = new JsonObject
        {
            ["period"] = 6, ["unit"] = EnumNames.ToWire(PeriodUnit.Months), ["start"] = EnumNames.ToWire(RetentionStart.RecordingDate),
            ["action"] = EnumNames.ToWire(RetentionAction.Delete),
            ["reasonFi"] = "Puhelutallenteet 6 kuukautta tallentamisesta.", ["reasonSv"] = "Samtalsinspelningar 6 månader från inspelningen.",
            ["reasonEn"] = "Call recordings 6 months from the recording.",
        },
        [typeof(FinancialYearInput)] = new JsonObject { ["endMonth"] = 4, ["endDay"] = 30 },
        [typeof(LegalHoldInput)] = new JsonObject { ["personId"] = "0195f0a2-7c1e-7b7a-9a53-1f6f2d3c4b5a", ["reason"] = "Dispute over invoice 10042, district court case R 26/1234" },
        [typeof(ProhibitionRegisterInput)] = new JsonObject { ["name"] = "Kuntaliiton kieltolista", ["channels"] = new JsonArray(EnumNames.ToWire(Channel.Post), EnumNames.ToWire(Channel.Phone)) },
        [typeof(MarketingSelectionInput)] = new JsonObject
        {
            ["name"] = "Spring maintenance offer, Helsinki",
            ["purpose"] = "ownMarketing",
            ["channel"] = EnumNames.ToWire(Channel.Email),
            ["criteria"] = new JsonObject
            {
                ["languages"] = new JsonArray(EnumNames.ToWire(Language.Fi), EnumNames.ToWire(Language.Sv)),
                ["postalCodePrefixes"] = new JsonArray("00", "02"),
                ["customerType"] = EnumNames.ToWire(CustomerType.Consumer),
                ["purchasedFrom"] = "2025-01-01",
            },
        },
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var body = context.ApiDescription.ParameterDescriptions.FirstOrDefault(p => p.Source.Id == "Body")?.Type;
        if (body is null || !Examples.TryGetValue(body, out var example) || operation.RequestBody?.Content is null) return;
        foreach (var media in operation.RequestBody.Content.Values.OfType<OpenApiMediaType>()) media.Example = example.DeepClone();
    }
}

/// <summary>Updates carry the version they edit: documents the If-Match header they need.</summary>
internal sealed class IfMatchOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.HttpMethod != "PUT" || !context.ApiDescription.RelativePath!.Contains("{id}")) return;
        if (context.ApiDescription.RelativePath.StartsWith("api/v1/users")) return;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-Match",
            In = ParameterLocation.Header,
            Required = true,
            Description = "The ETag from GET, e.g. \"1234\". A stale one answers 412.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }
}

/// <summary>Streamed uploads read their body themselves (no form binding): their multipart form is described from <see cref="StreamedUploadForm"/>.</summary>
internal sealed class StreamedUploadOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<StreamedUploadForm>().FirstOrDefault() is not { } form) return;
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            [form.FileField] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
        };
        foreach (var (name, format) in form.Fields) properties[name] = new OpenApiSchema { Type = JsonSchemaType.String, Format = format };
        var schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = properties };
        if (form.FileRequired) schema.Required = new HashSet<string> { form.FileField };
        operation.RequestBody = new OpenApiRequestBody
        {
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["multipart/form-data"] = new OpenApiMediaType
                {
                    Schema = schema,
                    Encoding = properties.Keys.ToDictionary(name => name, _ => new OpenApiEncoding { Style = ParameterStyle.Form }),
                },
            },
        };
    }
}

/// <summary>
/// A $ref that may be null is written as allOf [$ref] with nullable (UseAllOfToExtendReferenceSchemas);
/// OpenAPI 3.0 lets nullable stand only beside a type, so the referenced schema's type is added.
/// </summary>
internal sealed class NullableReferenceDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var schemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
            foreach (var property in schema.Properties?.Values.OfType<OpenApiSchema>() ?? [])
                if (property.AllOf is [OpenApiSchemaReference reference] && property.Type == JsonSchemaType.Null
                    && reference.Reference.Id is { } id && schemas.TryGetValue(id, out var target) && target.Type is { } type)
                    property.Type = type | JsonSchemaType.Null;
    }
}

/// <summary>A dictionary keyed by a closed set lists its keys as properties; the set itself is declared too, like every other.</summary>
internal sealed class EnumKeySchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        var dictionary = context.Type.GetInterfaces().Append(context.Type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));
        if (dictionary?.GetGenericArguments()[0] is { IsEnum: true } key) context.SchemaGenerator.GenerateSchema(key, context.SchemaRepository);
    }
}

/// <summary>
/// The limits of path and query parameters that follow from their type, and the paging bounds every list
/// applies (<see cref="HsWorks.Application.Common.Paging.Paging"/>): an id is a UUID (36 characters), a date
/// yyyy-MM-dd (10), a point in time ISO 8601 with its offset.
/// </summary>
internal sealed class ParameterLimitsFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter.Schema is not OpenApiSchema schema) return;
        FormattedStringLimitsSchemaFilter.Limit(schema);
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Integer))
        {
            (schema.Minimum, schema.Maximum) = parameter.Name switch
            {
                "page" => ("1", HsWorks.Application.Common.Paging.Paging.MaxPage.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                "pageSize" => ("1", HsWorks.Application.Common.Paging.Paging.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                _ => (schema.Minimum, schema.Maximum),
            };
        }
    }
}

/// <summary>A string whose format the binder checks is as long as that format allows, wherever it appears.</summary>
internal sealed class FormattedStringLimitsSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema own) Limit(own);
    }

    internal static void Limit(OpenApiSchema schema) => schema.MaxLength ??= schema.Format switch
    {
        "uuid" => 36,
        "date" => 10,
        "date-time" => 40,
        _ => null,
    };
}

/// <summary>
/// A query parameter's limits from the validator of the use case the operation sends (the operation is
/// named after it: ListAuditRecords → ListAuditRecords.Action), so the validators stay the one source.
/// </summary>
internal sealed class ValidatedParameterLimitsOperationFilter(IServiceProvider services) : IOperationFilter
{
    private static readonly Dictionary<string, Type> UseCases = typeof(HsWorks.Application.DependencyInjection).Assembly.GetTypes()
        .Where(t => t.IsPublic && t.GetInterfaces().Any(i => i.Namespace == "Mediator" && (i.Name.StartsWith("IQuery", StringComparison.Ordinal) || i.Name.StartsWith("ICommand", StringComparison.Ordinal))))
        .GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First());

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var name = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        if (name is null || !UseCases.TryGetValue(name, out var useCase) || operation.Parameters is null) return;
        var limits = ValidatorLimitsSchemaFilter.Of(services, useCase);
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Schema is not OpenApiSchema schema || parameter.Name is not { Length: > 0 } parameterName) continue;
            var limit = limits.FirstOrDefault(l => string.Equals(l.Key, parameterName, StringComparison.OrdinalIgnoreCase)).Value;
            if (limit is null) continue;
            if (limit.MaxLength is { } max && schema.Type is { } type && type.HasFlag(JsonSchemaType.String)) schema.MaxLength = max;
            if (limit.Minimum is not null) schema.Minimum = limit.Minimum;
            if (limit.Maximum is not null) schema.Maximum = limit.Maximum;
        }
    }
}
