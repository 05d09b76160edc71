using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Common.Validation;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// Every closed set a request or an answer carries is a C# enum, and the OpenAPI document declares it
/// with <c>enum</c> and its wire names; no property of an enum type is documented as a plain string.
/// The DTOs are found from the API's own descriptions (bodies, parameters, answers) and their properties.
/// </summary>
public sealed class OpenApiClosedSetTests(ApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Every_closed_set_of_a_dto_is_declared_as_an_enum_with_its_wire_names()
    {
        var (enums, _) = DtoTypes();
        var schemas = (await DocumentAsync())["components"]!["schemas"]!.AsObject();

        enums.Should().NotBeEmpty();
        foreach (var type in enums)
        {
            schemas.Should().ContainKey(type.Name, $"{type.Name} is a closed set a DTO carries");
            var schema = schemas[type.Name]!;
            schema["type"]?.GetValue<string>().Should().Be("string", type.Name);
            schema["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal(EnumNames.WireNames(type), type.Name);
        }
    }

    [Fact]
    public async Task No_dto_property_of_an_enum_type_is_a_plain_string()
    {
        var (_, dtos) = DtoTypes();
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var checkedProperties = 0;
        foreach (var dto in dtos.Where(t => schemas.ContainsKey(t.Name)))
        {
            var properties = schemas[dto.Name]!["properties"]?.AsObject();
            foreach (var property in dto.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (EnumOf(property.PropertyType) is not { } enumType) continue;
                var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
                properties.Should().NotBeNull($"{dto.Name} has properties");
                properties!.Should().ContainKey(name, $"{dto.Name}.{name} is in the document");
                if (property.PropertyType.GetInterfaces().Append(property.PropertyType).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)))
                {
                    // A dictionary keyed by a closed set lists every key.
                    properties[name]!["properties"]!.AsObject().Select(p => p.Key).Should().Equal(EnumNames.WireNames(enumType), $"{dto.Name}.{name}");
                    checkedProperties++;
                    continue;
                }
                References(properties[name]!, enumType).Should().BeTrue($"{dto.Name}.{name} is the closed set {enumType.Name}, not a plain string: {properties[name]!.ToJsonString()}");
                checkedProperties++;
            }
        }
        foreach (var parameter in QueryParametersOfEnumType(document))
            References(parameter.Schema, parameter.Enum).Should().BeTrue($"the query parameter {parameter.Name} is the closed set {parameter.Enum.Name}");
        checkedProperties.Should().BeGreaterThan(40, "the DTOs carry many closed sets");
    }

    /// <summary>The schema is the enum's $ref, directly, through allOf, or as the items of an array.</summary>
    private static bool References(JsonNode schema, Type enumType)
    {
        var target = $"#/components/schemas/{enumType.Name}";
        if (schema["$ref"]?.GetValue<string>() == target) return true;
        if (schema["allOf"] is JsonArray all && all.Any(s => s?["$ref"]?.GetValue<string>() == target)) return true;
        return schema["items"] is { } items && References(items, enumType);
    }

    private IEnumerable<(string Name, Type Enum, JsonNode Schema)> QueryParametersOfEnumType(JsonObject document)
    {
        var descriptions = Factory.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items.SelectMany(g => g.Items);
        foreach (var api in descriptions)
            foreach (var parameter in api.ParameterDescriptions.Where(p => p.Source.Id == "Query" && EnumOf(p.Type) is not null))
            {
                var path = "/" + System.Text.RegularExpressions.Regex.Replace(api.RelativePath!.Split('?')[0], ":[^}]+", "").TrimEnd('/');
                var operation = document["paths"]![path]![api.HttpMethod!.ToLowerInvariant()]!;
                var documented = operation["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == parameter.Name)!;
                yield return (parameter.Name, EnumOf(parameter.Type)!, documented["schema"]!);
            }
    }

    /// <summary>The enums and the DTO types reachable from every operation's parameters, bodies and answers.</summary>
    private (IReadOnlyList<Type> Enums, IReadOnlyList<Type> Dtos) DtoTypes()
    {
        var descriptions = Factory.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items.SelectMany(g => g.Items);
        var roots = descriptions.SelectMany(d => d.ParameterDescriptions.Select(p => p.Type)
            .Concat(d.SupportedResponseTypes.Select(r => r.Type))).OfType<Type>();
        var enums = new HashSet<Type>();
        var dtos = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.TryDequeue(out var type))
        {
            foreach (var inner in Unwrap(type))
            {
                if (inner.IsEnum) { enums.Add(inner); continue; }
                if (inner.Namespace?.StartsWith("HsWorks.", StringComparison.Ordinal) != true || !dtos.Add(inner)) continue;
                foreach (var property in inner.GetProperties(BindingFlags.Public | BindingFlags.Instance)) queue.Enqueue(property.PropertyType);
            }
        }
        return ([.. enums.OrderBy(t => t.Name)], [.. dtos.OrderBy(t => t.Name)]);
    }

    /// <summary>The type itself, or what a nullable, array, list, dictionary or generic wrapper holds.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) return Unwrap(underlying);
        if (type.IsArray) return Unwrap(type.GetElementType()!);
        if (type.IsGenericType) return type.GetGenericArguments().SelectMany(Unwrap).Append(type).Where(t => !typeof(IEnumerable).IsAssignableFrom(t) || t == typeof(string));
        return [type];
    }

    private static Type? EnumOf(Type type) => Unwrap(type).FirstOrDefault(t => t.IsEnum);

    private async Task<JsonObject> DocumentAsync()
    {
        var swagger = Factory.Services.GetRequiredService<ISwaggerProvider>().GetSwagger("v1");
        using var stream = new MemoryStream();
        await swagger.SerializeAsJsonAsync(stream, OpenApiSpecVersion.OpenApi3_0);
        return JsonNode.Parse(stream.ToArray())!.AsObject();
    }
}
