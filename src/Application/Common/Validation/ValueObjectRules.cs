using FluentValidation;
using HsWorks.Domain.Common;

namespace HsWorks.Application.Common.Validation;

/// <summary>Lets validators use the domain's own parsing rules, so a bad value becomes a 400 naming the field.</summary>
public static class ValueObjectRules
{
    public static IRuleBuilderOptionsConditions<T, string?> MustParse<T, TValue>(
        this IRuleBuilder<T, string?> rule, Func<string?, ParseResult<TValue>> parse, string messageKey) where TValue : class =>
        rule.Custom((value, context) =>
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            var result = parse(value);
            if (!result.IsValid) context.AddFailure(Messages.ForDomainError(messageKey, result.Error!));
        });

    public static IRuleBuilderOptions<T, string?> MustBeOneOf<T, TEnum>(this IRuleBuilder<T, string?> rule) where TEnum : struct, Enum =>
        rule.Must(value => value is null || EnumNames.TryParse<TEnum>(value, out _))
            .WithMessage(_ => Messages.Get("oneOf", string.Join(", ", Enum.GetNames<TEnum>().Select(EnumNames.ToCamelCase))));
}

/// <summary>Enum values travel as camelCase strings, never numbers.</summary>
public static class EnumNames
{
    public static string ToCamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    public static string ToCamelCase<TEnum>(TEnum value) where TEnum : struct, Enum => ToCamelCase(value.ToString());

    public static bool TryParse<TEnum>(string? value, out TEnum result) where TEnum : struct, Enum
    {
        result = default;
        // One defined name only: Enum.TryParse would also take numbers and "a,b" flag combinations.
        return !string.IsNullOrWhiteSpace(value) && value.All(char.IsAsciiLetter)
            && Enum.TryParse(value, ignoreCase: true, out result) && Enum.IsDefined(result);
    }

    public static TEnum Parse<TEnum>(string value) where TEnum : struct, Enum =>
        TryParse<TEnum>(value, out var result) ? result : throw new DomainRuleException($"Unknown value '{value}'.");
}
