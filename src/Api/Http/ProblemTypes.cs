namespace HsWorks.Api.Http;

/// <summary>Stable problem "type" URIs, one per kind of error (RFC 9457).</summary>
public static class ProblemTypes
{
    private const string Base = "https://hsworks.fi/problems/";
    public const string Validation = Base + "validation";
    public const string NotFound = Base + "not-found";
    public const string Unauthorized = Base + "unauthorized";
    public const string Forbidden = Base + "forbidden";
    public const string PasswordChangeRequired = Base + "password-change-required";
    public const string Conflict = Base + "conflict";
    public const string DisclosureRefused = Base + "disclosure-refused";
    public const string TooManyRequests = Base + "too-many-requests";
    public const string ServiceBusy = Base + "service-busy";
    public const string StaleWrite = Base + "stale-write";
    public const string VersionRequired = Base + "version-required";
    public const string BadRequest = Base + "bad-request";
    public const string ServerError = Base + "server-error";
    public const string Unavailable = Base + "unavailable";
}
