namespace HsWorks.Domain.Common;

/// <summary>An input or state that breaks a rule of the domain. <see cref="Field"/> names the offending field when there is one.</summary>
public class DomainRuleException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
