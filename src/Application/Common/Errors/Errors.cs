namespace HsWorks.Application.Common.Errors;

/// <summary>The requested thing does not exist (or the caller may not know that it does).</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");

/// <summary>The caller is signed in but lacks the permission.</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>Sign-in or token refresh failed; the message is the same whatever the reason.</summary>
public sealed class AuthenticationFailedException() : Exception("Sign-in failed. Check the username and password; after repeated failures the account is locked for a while.");

/// <summary>The caller's password must be changed before anything else.</summary>
public sealed class PasswordChangeRequiredException() : Exception("The password must be changed before continuing.");

/// <summary>The row changed since the caller read it (stale ETag).</summary>
public sealed class StaleWriteException() : Exception("Someone else changed this record after you opened it. Reload it and apply your change again.");

/// <summary>An update came without the version it was based on (If-Match).</summary>
public sealed class VersionRequiredException() : Exception("Send the version you edited in an If-Match header (the ETag from GET).");

/// <summary>The request conflicts with existing data (a duplicate username, say).</summary>
public sealed class ConflictException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}

/// <summary>
/// The connection broke while a transaction committed, so whether it did is unknown: never retried
/// by the server; the caller gets 503 and decides (an Idempotency-Key makes a repeat safe).
/// </summary>
public sealed class CommitOutcomeUnknownException(Exception inner) : Exception("The database went away while the change was committed.", inner);

/// <summary>Too many sign-in attempts for one user name or client id; the caller may try again after <see cref="RetryAfter"/>.</summary>
public sealed class TooManyAttemptsException(TimeSpan retryAfter)
    : Exception("Too many sign-in attempts for this account. Wait a moment and try again.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
