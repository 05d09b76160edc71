using FluentValidation;
using HsWorks.Domain.Common;

namespace HsWorks.Application.Common.Validation;

/// <summary>Lets validators use the domain's own parsing rules, so a bad value becomes a 400 naming the field.</summary>
public static class ValueObjectRules
{
    /// <summary>The longest text a list filter or search takes (a name prefix, an action, a purpose code).</summary>
    public const int MaxFilterLength = 100;

    public static IRuleBuilderOptionsConditions<T, string?> MustParse<T, TValue>(
        this IRuleBuilder<T, string?> rule, Func<string?, ParseResult<TValue>> parse, string messageKey) where TValue : class =>
        rule.Custom((value, context) =>
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            var result = parse(value);
            if (!result.IsValid) context.AddFailure(Messages.ForDomainError(messageKey, result.Error!));
        });
}
