using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace HsWorks.Bench;

/// <summary>
/// Writes a command's parameters into its SQL as typed literals, for the two places that take no bind parameters: a
/// <c>COPY (query) TO STDOUT</c> and a pgbench script. The statements stay the API's own (reached through InternalsVisibleTo);
/// only their @parameters become constants. The values are the bench's own (queries file, a selection), quoted all the same.
/// </summary>
internal static partial class SqlLiterals
{
    public static string Inline(string sql, NpgsqlParameterCollection parameters)
    {
        var byName = parameters.ToDictionary(p => p.ParameterName.TrimStart('@'), Literal, StringComparer.Ordinal);
        // A parameter is @name outside quotes; '@' || tok in the search's SQL is a quoted literal and has no name after it.
        return ParameterName().Replace(sql, m => byName.TryGetValue(m.Groups[1].Value, out var literal) ? literal : m.Value);
    }

    private static string Literal(NpgsqlParameter p)
    {
        var type = TypeName(p);
        if (p.Value is null or DBNull) return $"NULL::{type}";
        if (p.Value is System.Collections.IEnumerable values and not string)
            return $"ARRAY[{string.Join(", ", values.Cast<object>().Select(Scalar))}]::{type}";
        return $"{Scalar(p.Value)}::{type}";
    }

    private static string Scalar(object value) => value switch
    {
        string s => Quote(s),
        Guid g => Quote(g.ToString()),
        bool b => b ? "true" : "false",
        DateOnly d => Quote(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime t => Quote(t.ToString("O", CultureInfo.InvariantCulture)),
        DateTimeOffset t => Quote(t.ToString("O", CultureInfo.InvariantCulture)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"no literal for {value.GetType().Name}"),
    };

    private static string Quote(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string TypeName(NpgsqlParameter p)
    {
        var dbType = p.NpgsqlDbType;
        if (dbType == NpgsqlDbType.Unknown)
        {
            // Added without a type (new NpgsqlParameter("limit", 10)): Npgsql infers it from the value, so do the same.
            dbType = p.Value switch
            {
                int => NpgsqlDbType.Integer,
                long => NpgsqlDbType.Bigint,
                double => NpgsqlDbType.Double,
                bool => NpgsqlDbType.Boolean,
                Guid => NpgsqlDbType.Uuid,
                string[] => NpgsqlDbType.Array | NpgsqlDbType.Text,
                _ => NpgsqlDbType.Text,
            };
        }
        var array = dbType.HasFlag(NpgsqlDbType.Array);
        var name = (dbType & ~NpgsqlDbType.Array) switch
        {
            NpgsqlDbType.Uuid => "uuid",
            NpgsqlDbType.Boolean => "boolean",
            NpgsqlDbType.Date => "date",
            NpgsqlDbType.Double => "float8",
            NpgsqlDbType.Integer => "int4",
            NpgsqlDbType.Bigint => "int8",
            NpgsqlDbType.TimestampTz => "timestamptz",
            NpgsqlDbType.Text => "text",
            var other => throw new NotSupportedException($"no literal for {other}"),
        };
        return array ? name + "[]" : name;
    }

    [GeneratedRegex(@"(?<![@\w])@(\w+)")]
    private static partial Regex ParameterName();
}
