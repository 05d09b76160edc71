namespace HsWorks.Infrastructure.Persistence;

/// <summary>
/// The one place SQL written by hand names an enum member: as the database stores it (the C# name,
/// HasConversion&lt;string&gt;), so hand-written SQL and the EF mappings can never disagree on spelling.
/// </summary>
internal static class StoredEnum
{
    /// <summary>The stored text of the member, for a parameter.</summary>
    public static string Value<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString();

    /// <summary>The member as a SQL string literal, for SQL text: 'DirectMarketing'.</summary>
    public static string Sql<TEnum>(TEnum value) where TEnum : struct, Enum => $"'{Value(value)}'";

    /// <summary>The member a stored text names.</summary>
    public static TEnum Parse<TEnum>(string stored) where TEnum : struct, Enum => Enum.Parse<TEnum>(stored);
}
