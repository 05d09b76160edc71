namespace HsWorks.Application.Common.Validation;

/// <summary>Field names as the client sent them, for validation errors.</summary>
public static class FieldPaths
{
    /// <summary>
    /// "Input.Address.PostalCode" → "address.postalCode": the field as the client sent it. A request
    /// that wraps a body names it Input, and that wrapper is not part of the client's field names.
    /// </summary>
    public static string Of(string propertyName)
    {
        var segments = propertyName.Split('.', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count > 1 && segments[0] == "Input") segments.RemoveAt(0);
        return string.Join('.', segments.Select(s => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..]));
    }
}
