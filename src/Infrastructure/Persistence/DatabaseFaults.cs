using HsWorks.Application.Common.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace HsWorks.Infrastructure.Persistence;

/// <summary>
/// What a database error means for the caller, in one place: the exception handler answers 503
/// for <see cref="IsUnavailable"/> and <see cref="IsContended"/>, 400 for <see cref="IsBadText"/>,
/// 412 for <see cref="IsStaleWrite"/> and 409 for <see cref="IsDuplicate"/>; the retrying unit of
/// work retries the unavailable ones and the conflicts no client version asked for.
/// </summary>
public static class DatabaseFaults
{
    /// <summary>Server shutting down or starting (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now).</summary>
    public static readonly string[] RestartCodes = [PostgresErrorCodes.AdminShutdown, PostgresErrorCodes.CrashShutdown, PostgresErrorCodes.CannotConnectNow];

    /// <summary>
    /// The database is (for a moment) out of reach: a transient Npgsql error (a broken or refused
    /// connection, a timeout), a server restart, or any connection exception (SQLSTATE class 08).
    /// Looks through wrappers (DbUpdateException, the provider's "transient failure" InvalidOperationException).
    /// </summary>
    public static bool IsUnavailable(Exception exception) => Chain(exception).Any(e => e switch
    {
        PostgresException p => RestartCodes.Contains(p.SqlState) || p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.IsTransient,
        NpgsqlException n => n.IsTransient,
        _ => false,
    });

    /// <summary>
    /// Text PostgreSQL will not store: a NUL byte or an invalid sequence (22021), or a value longer
    /// than its column (22001). Validation catches these first; this is the last line of defence.
    /// </summary>
    public static bool IsBadText(Exception exception) => Chain(exception).OfType<PostgresException>()
        .Any(p => p.SqlState is PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.StringDataRightTruncation
            or PostgresErrorCodes.UntranslatableCharacter);

    /// <summary>A save against a row version that is no longer current: the client's copy is stale (412).</summary>
    public static bool IsStaleWrite(Exception exception) => exception is StaleWriteException or DbUpdateConcurrencyException;

    /// <summary>Another writer changed the same rows at every try of a unit (<see cref="RetryingUnitStrategy"/>); nothing was kept.</summary>
    public static bool IsContended(Exception exception) => exception is RetryLimitExceededException { InnerException: DbUpdateConcurrencyException };

    /// <summary>A unique constraint refused the row: it exists already (409).</summary>
    public static bool IsDuplicate(Exception exception) =>
        exception is DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } };

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException) yield return e;
    }
}

/// <summary>
/// Runs one unit of work again, whole, when the database was unavailable, or when another writer
/// changed a row between the unit's read and its write while the client had named no version — the same
/// <see cref="NpgsqlRetryingExecutionStrategy"/> EnableRetryOnFailure would use, but only where the
/// caller asks for it (see <see cref="HsWorksDbContext.RunUnitAsync{T}"/>), so that a unit with an
/// outside side effect is never repeated.
/// </summary>
internal sealed class RetryingUnitStrategy(HsWorksDbContext context)
    : NpgsqlRetryingExecutionStrategy(context, MaxRetries, MaxDelay, DatabaseFaults.RestartCodes)
{
    // A fast restart takes a second or two: up to four tries within about five seconds, then 503.
    private const int MaxRetries = 4;

    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    protected override bool ShouldRetryOn(Exception? exception) => exception switch
    {
        null => false,
        DbUpdateConcurrencyException => !context.ClientVersionExpected,
        _ => DatabaseFaults.IsUnavailable(exception),
    };
}
