using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HsWorks.Api.OpenApi;

/// <summary>
/// The input limits the validators enforce, stated in the document: a string field's maxLength (and an
/// array's items' maxLength for RuleForEach) from MaximumLength / Length rules. The validators stay the
/// one source; a rule on a request's wrapped body (Input.Name) is a limit of the body's field (Name).
/// </summary>
internal sealed class ValidatorLimitsSchemaFilter(IServiceProvider services) : ISchemaFilter
{
    private static Dictionary<Type, Dictionary<string, Limit>>? limits;

    internal sealed record Limit(int? MaxLength, bool Items, string? Minimum = null, string? Maximum = null);

    /// <summary>The limits the validators put on <paramref name="type"/>'s properties, by property name.</summary>
    internal static IReadOnlyDictionary<string, Limit> Of(IServiceProvider services, Type type) =>
        new ValidatorLimitsSchemaFilter(services).Limits().TryGetValue(type, out var byProperty) ? byProperty : new Dictionary<string, Limit>();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties }) return;
        if (!Limits().TryGetValue(context.Type, out var byProperty)) return;
        foreach (var (name, limit) in byProperty)
        {
            var key = char.ToLowerInvariant(name[0]) + name[1..];
            if (!properties.TryGetValue(key, out var property) || property is not OpenApiSchema target) continue;
            if (limit.Items && target.Items is OpenApiSchema { Type: { } itemType } items && itemType.HasFlag(JsonSchemaType.String)) items.MaxLength = limit.MaxLength;
            else if (!limit.Items && target.Type is { } type && type.HasFlag(JsonSchemaType.String) && limit.MaxLength is not null) target.MaxLength = limit.MaxLength;
            else if (!limit.Items && target.Type is { } number && number.HasFlag(JsonSchemaType.Integer))
                (target.Minimum, target.Maximum) = (limit.Minimum ?? target.Minimum, limit.Maximum ?? target.Maximum);
        }
    }

    private Dictionary<Type, Dictionary<string, Limit>> Limits()
    {
        if (limits is not null) return limits;
        var found = new Dictionary<Type, Dictionary<string, Limit>>();
        using var scope = services.CreateScope();
        var validatorTypes = typeof(HsWorks.Application.DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(t));
        foreach (var validatorType in validatorTypes)
        {
            if (ActivatorUtilities.CreateInstance(scope.ServiceProvider, validatorType) is not IValidator validator) continue;
            var validated = validatorType.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>)
                ? b.GetGenericArguments()[0]
                : null;
            if (validated is null) continue;
            foreach (var rule in validator.CreateDescriptor().Rules)
            {
                if (rule.PropertyName is not { Length: > 0 } path) continue;
                var max = rule.Components.Select(c => c.Validator).OfType<ILengthValidator>().Where(v => v.Max > 0).Select(v => (int?)v.Max).Min();
                var between = rule.Components.Select(c => c.Validator).OfType<IBetweenValidator>().FirstOrDefault();
                if ((max is null && between is null) || Owner(validated, path) is not { } owner) continue;
                var items = rule.GetType().IsGenericType && rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
                if (!found.TryGetValue(owner.Type, out var byProperty)) found[owner.Type] = byProperty = [];
                var known = byProperty.GetValueOrDefault(owner.Property);
                byProperty[owner.Property] = new Limit(known?.MaxLength is { } k && max is { } m ? Math.Min(k, m) : max ?? known?.MaxLength, items,
                    Invariant(between?.From) ?? known?.Minimum, Invariant(between?.To) ?? known?.Maximum);
            }
        }
        return limits = found;
    }

    private static string? Invariant(object? value) => value is IFormattable f ? f.ToString(null, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>"Input.Address.Street" on a request: the type that declares the last property, and its name.</summary>
    private static (Type Type, string Property)? Owner(Type validated, string path)
    {
        var segments = path.Split('.');
        var type = validated;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var property = type.GetProperty(segments[i], BindingFlags.Public | BindingFlags.Instance);
            if (property is null) return null;
            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        }
        return type.GetProperty(segments[^1], BindingFlags.Public | BindingFlags.Instance) is null ? null : (type, segments[^1]);
    }
}
