namespace HsWorks.Application.Common.Auditing;

/// <summary>Marks a request that reads or changes personal data; the audit behaviour records it under this action.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AuditedAttribute(string action) : Attribute
{
    public string Action { get; } = action;
}
