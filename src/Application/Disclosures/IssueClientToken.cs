using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Disclosures;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Disclosures;

/// <summary>The token endpoint's answer: a token, or an RFC 6749 §5.2 error (invalidClient answers 401).</summary>
public sealed record ClientTokenResult(AccessToken? Token, string? Scope, string? Error, string? ErrorDescription)
{
    public const string InvalidClient = "invalid_client";

    public static ClientTokenResult Fail(string error, string description) => new(null, null, error, description);
}

/// <summary>
/// OAuth 2 client credentials (RFC 6749 §4.4) for partners' API clients: an active client with the
/// right secret gets a short-lived token with the scopes it asked for, each one granted to it.
/// </summary>
[Anonymous]
[WithoutTransaction]
[Audited("auth.clientToken")]
public sealed record IssueClientToken(string? GrantType, string? ClientId, string? ClientSecret, string? Scope) : ICommand<ClientTokenResult>;

internal sealed class IssueClientTokenHandler(IHsWorksDb db, ITokenIssuer tokens, AuditTrail trail, ISignInThrottle throttle)
    : ICommandHandler<IssueClientToken, ClientTokenResult>
{
    public async ValueTask<ClientTokenResult> Handle(IssueClientToken command, CancellationToken cancellationToken)
    {
        if (command.GrantType != "client_credentials")
            return Refused("unsupported_grant_type", "Only grant_type=client_credentials is supported.", command.ClientId);
        // Too many failures for this client id from anywhere: refused before the secret is checked, without an audit record.
        var throttleKey = $"client:{command.ClientId}";
        if (throttle.RetryAfter(throttleKey) is { } wait) throw new TooManyAttemptsException(wait);
        var client = string.IsNullOrEmpty(command.ClientId) ? null
            : await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == command.ClientId, cancellationToken);
        // The same answer for an unknown client, a wrong secret and a revoked client.
        if (client is null || !client.IsActive || command.ClientSecret is null || !ClientSecrets.Matches(command.ClientSecret, client.SecretHash))
        {
            throttle.CountFailure(throttleKey);
            return Refused(ClientTokenResult.InvalidClient, "Client authentication failed.", command.ClientId);
        }
        var asked = (command.Scope ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (client.Grant(asked) is not { } granted)
            return Refused("invalid_scope", $"The client may ask for: {string.Join(' ', client.Scopes)}.", command.ClientId);
        trail.ActingAs(null, $"client:{client.ClientId}").Changed([$"apiClient:{client.Id}", $"scope:{string.Join(' ', granted)}"]);
        return new ClientTokenResult(tokens.IssueClientToken(client, granted), string.Join(' ', granted), null, null);
    }

    private ClientTokenResult Refused(string error, string description, string? clientId)
    {
        trail.ActingAs(null, $"client:{Truncate(clientId)}").Because(error);
        return ClientTokenResult.Fail(error, description);
    }

    private static string Truncate(string? value) => value is null ? "?" : value.Length <= 64 ? value : value[..64];
}
