namespace HsWorks.Application.Common.Auditing;

/// <summary>The audit record of a staff request refused with 403 (R7.3).</summary>
public static class AccessRefusal
{
    /// <summary>The action; the record's reason names the request (or the endpoint) refused.</summary>
    public const string Action = "access.refused";
}
