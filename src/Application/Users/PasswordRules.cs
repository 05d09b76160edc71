using FluentValidation;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Users;

namespace HsWorks.Application.Users;

internal static class PasswordRules
{
    public const int MaxLength = 256;

    /// <summary>Length over composition rules (NIST SP 800-63B): at least 10 characters, not all the same.</summary>
    public static IRuleBuilderOptions<T, string> StrongPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .MinimumLength(StaffUser.MinPasswordLength)
            .MaximumLength(MaxLength)
            .Must(p => p is null || p.Distinct().Count() > 2).WithMessage(_ => Messages.Get("passwordTooSimple"));
}
