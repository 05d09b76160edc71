using Microsoft.Extensions.Configuration;
using Npgsql;

namespace HsWorks.Infrastructure.Persistence;

/// <summary>
/// <c>ConnectionStrings:ReadOnly</c>: where the read-only queries go (a hot standby, e.g.
/// <c>Host=db2,db1;Target Session Attributes=prefer-standby;Database=hsworks;Username=…</c>); unset, they use the primary's
/// context. Checked at start-up, so a bad value stops the API with a clear message instead of failing its first search.
/// </summary>
internal static class ReadOnlyConnection
{
    public const string Name = "ReadOnly";

    // Even when the standby is down and prefer-standby lands on the primary, these sessions cannot write.
    private const string ReadOnlySession = "-c default_transaction_read_only=on";

    /// <summary>The read-only queries' connection string, made read-only; null when the setting is unset or blank.</summary>
    public static string? From(IConfiguration configuration)
    {
        var value = configuration.GetConnectionString(Name);
        if (string.IsNullOrWhiteSpace(value)) return null;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(value);
            if (string.IsNullOrWhiteSpace(builder.Host)) throw new ArgumentException("it names no Host");
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? ReadOnlySession : $"{builder.Options} {ReadOnlySession}";
            // Building a data source checks what the builder alone does not (Target Session Attributes, the hosts' list).
            using var probe = new NpgsqlDataSourceBuilder(builder.ConnectionString).Build();
            return builder.ConnectionString;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or NotSupportedException or InvalidOperationException)
        {
            // The message is Npgsql's about the keyword or value at fault; the connection string itself (a password) is not repeated.
            throw new InvalidOperationException(
                $"ConnectionStrings:{Name} (ConnectionStrings__{Name}) is not a usable PostgreSQL connection string: {e.Message}. " +
                "Leave it unset to run the read-only queries on ConnectionStrings:Default, or give one such as " +
                "\"Host=db2,db1;Target Session Attributes=prefer-standby;Database=hsworks;Username=hsworks\" (docs/scaling.md).", e);
        }
    }
}
