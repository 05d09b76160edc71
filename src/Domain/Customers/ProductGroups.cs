namespace HsWorks.Domain.Customers;

/// <summary>The product and service groups HS-Works deals in (R4.10); a catalogue replaces this list later.</summary>
public static class ProductGroups
{
    public static readonly IReadOnlyList<string> Codes =
        ["phoneSupport", "installation", "maintenance", "repair", "consulting", "training", "hardware", "software"];

    public static bool IsKnown(string code) => Codes.Contains(code);
}
