using HsWorks.Domain.Users;

namespace HsWorks.Application.Common.Validation;

/// <summary>
/// The one place that turns an enum member into the name it has outside C# (JSON, query strings,
/// message keys) and back. Names travel in camelCase ("phoneCall"); access levels keep the C# names
/// they have always had on the wire ("HelpdeskAgent"). Reading is case-insensitive and takes exactly
/// one defined name: never a number, never a "a,b" combination.
/// </summary>
public static class EnumNames
{
    /// <summary>Closed sets whose wire names are their C# names, as partners and the SPA have always seen them.</summary>
    private static readonly HashSet<Type> DeclaredNames = [typeof(AccessLevel)];

    public static string ToCamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    public static string ToCamelCase<TEnum>(TEnum value) where TEnum : struct, Enum => ToCamelCase(value.ToString());

    /// <summary>The member's name on the wire.</summary>
    public static string ToWire(Type enumType, string memberName) => DeclaredNames.Contains(enumType) ? memberName : ToCamelCase(memberName);

    public static string ToWire<TEnum>(TEnum value) where TEnum : struct, Enum => ToWire(typeof(TEnum), value.ToString());

    /// <summary>Every wire name of the set, in declaration order.</summary>
    public static IReadOnlyList<string> WireNames(Type enumType) => [.. Enum.GetNames(enumType).Select(name => ToWire(enumType, name))];

    public static bool TryParse<TEnum>(string? value, out TEnum result) where TEnum : struct, Enum
    {
        var ok = TryParse(typeof(TEnum), value, out var parsed);
        result = ok ? (TEnum)parsed! : default;
        return ok;
    }

    public static bool TryParse(Type enumType, string? value, out object? result)
    {
        result = null;
        // One defined name only: Enum.TryParse would also take numbers and "a,b" flag combinations.
        return !string.IsNullOrWhiteSpace(value) && value.All(char.IsAsciiLetter)
            && Enum.TryParse(enumType, value, ignoreCase: true, out result) && Enum.IsDefined(enumType, result!);
    }
}
