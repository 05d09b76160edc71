using System.Text.Json;
using System.Text.Json.Serialization;
using HsWorks.Application.Common.Validation;

namespace HsWorks.Api.Http;

/// <summary>
/// The one JSON form of every closed set: its wire name (<see cref="EnumNames"/>), as a value and as a
/// dictionary key. A value outside the set, a number or a combination is refused with
/// <see cref="UnknownEnumValueException"/>, which the exception handler answers as a 400 naming the
/// field and the allowed values.
/// </summary>
public sealed class EnumJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && EnumNames.TryParse<TEnum>(reader.GetString(), out var value)
                ? value
                : throw new UnknownEnumValueException(typeof(TEnum));

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(EnumNames.ToWire(value));

        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            EnumNames.TryParse<TEnum>(reader.GetString(), out var value) ? value : throw new UnknownEnumValueException(typeof(TEnum));

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WritePropertyName(EnumNames.ToWire(value));
    }
}

/// <summary>A value that is not one of the closed set's names; the field is the JSON path (set by the serializer) or the query parameter.</summary>
public sealed class UnknownEnumValueException(Type enumType, string? field = null) : JsonException($"Not one of the values of {enumType.Name}.")
{
    public Type EnumType { get; } = enumType;

    /// <summary>The query parameter's name; for a JSON body, <see cref="JsonException.Path"/> names the field.</summary>
    public string? Field { get; } = field;
}

/// <summary>
/// Query-string parameters of an enum type bind the same wire names as JSON ("?status=open"). Minimal
/// APIs parse enums case-sensitively by their C# names, so the value is checked here with
/// <see cref="EnumNames"/> and handed on as the C# name; a value outside the set is a 400 naming the parameter.
/// </summary>
public static class EnumQueryBinding
{
    /// <summary>Per endpoint handler, its enum-typed parameters: found once, not on every request.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<System.Reflection.MethodInfo, (string Name, Type Enum)[]> EnumParameters = new();

    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var method = context.GetEndpoint()?.Metadata.GetMetadata<System.Reflection.MethodInfo>();
        if (method is null || context.Request.Query.Count == 0) return next(context);
        Dictionary<string, Microsoft.Extensions.Primitives.StringValues>? rewritten = null;
        foreach (var (name, type) in EnumParameters.GetOrAdd(method, Find))
        {
            if (!context.Request.Query.TryGetValue(name, out var values)) continue;
            var value = values.ToString();
            if (value.Length == 0) continue;
            if (!EnumNames.TryParse(type, value, out var parsed)) throw new UnknownEnumValueException(type, name);
            rewritten ??= context.Request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.OrdinalIgnoreCase);
            rewritten[rewritten.Keys.First(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase))] = parsed!.ToString();
        }
        if (rewritten is not null) context.Request.Query = new QueryCollection(rewritten);
        return next(context);
    }

    private static (string Name, Type Enum)[] Find(System.Reflection.MethodInfo method) =>
    [
        .. method.GetParameters()
            .Select(p => (p.Name, Type: Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
            .Where(p => p.Type.IsEnum && p.Name is not null)
            .Select(p => (p.Name!, p.Type)),
    ];
}
