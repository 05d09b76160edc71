using HsWorks.Api.Http;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Disclosures;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace HsWorks.Api.Endpoints;

/// <summary>Recipients, disclosures, selection hand-overs, partners' API clients and their token endpoint (issue 5).</summary>
public static class DisclosuresEndpoints
{
    public static void MapDisclosuresEndpoints(this IEndpointRouteBuilder app)
    {
        var recipients = app.MapGroup("/api/v1/recipients").WithTags("Recipients").RequireAuthorization();
        recipients.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListRecipients(), ct)))
            .WithName("ListRecipients")
            .WithSummary("The register of recipients, with EU/EEA membership and the transfer safeguard")
            .WithDescription("transferAllowed is false for a recipient outside the EU/EEA without a recorded safeguard: disclosures to it are refused.");
        recipients.MapPost("/", async (RecipientInput body, ISender sender, CancellationToken ct) =>
            {
                var recipient = await sender.Send(new RegisterRecipient(body), ct);
                return TypedResults.Created($"/api/v1/recipients/{recipient.Id}", recipient);
            })
            .WithName("RegisterRecipient")
            .WithSummary("Add a recipient: partner, processor or authority")
            .WithDescription("type partner, processor or authority; transferSafeguard.kind adequacyDecision, standardContractualClauses or bindingCorporateRules. With a webhookUrl the answer holds webhookSecret, shown only this once (docs/webhooks.md). A webhookUrl notices would never reach (plain HTTP, or a host that is or resolves to a loopback, private, link-local, CGNAT, unique-local, cloud metadata, NAT64, multicast or other non-public address) is a 400 on webhookUrl saying why. Needs recipients.manage.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        recipients.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var recipient = await sender.Send(new GetRecipient(id), ct);
                response.SetETag(recipient.Version);
                return TypedResults.Ok(recipient);
            })
            .WithName("GetRecipient")
            .WithSummary("A recipient")
            .WithDescription("Returns an ETag for the edit. Needs recipients.read.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        recipients.MapPut("/{id:guid}", async (Guid id, RecipientInput body, ISender sender, HttpRequest request, HttpResponse response,
                CancellationToken ct) =>
            {
                var recipient = await sender.Send(new UpdateRecipient(id, request.IfMatchVersion(), body), ct);
                response.SetETag(recipient.Version);
                return TypedResults.Ok(recipient);
            })
            .WithName("UpdateRecipient")
            .WithSummary("Edit a recipient; the change is kept in its history")
            .WithDescription("Send the ETag from GET in `If-Match`: a stale version answers 412 and nothing is saved, a missing one 428. A webhookUrl is checked as at registration (a loopback, private, link-local, CGNAT, unique-local, metadata, NAT64, 6to4-to-private, multicast or other non-public address, or plain HTTP, is a 400 on webhookUrl saying why). Adding a webhook where there was none answers its new webhookSecret, shown only this once; changing the address keeps the secret. Needs recipients.manage.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        recipients.MapPost("/{id:guid}/webhook-secret/rotate", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RotateWebhookSecret(id), ct)))
            .WithName("RotateWebhookSecret")
            .WithSummary("A new webhook secret, shown only in this answer; the old one signs nothing from now on")
            .WithDescription("409 when the recipient has no webhook. Needs recipients.manage.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        recipients.MapGet("/{id:guid}/history", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListRecipientHistory(id), ct)))
            .WithName("ListRecipientHistory")
            .WithSummary("The recipient's history, newest first: who registered, edited or rotated its webhook secret, when, and which fields changed")
            .WithDescription("change registered, edited or webhookSecretRotated; fields hold each changed field before and after (the webhook secret is named, never shown). Needs recipients.read.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        recipients.MapGet("/{id:guid}/notices", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListRecipientNotices(id), ct)))
            .WithName("ListRecipientNotices")
            .WithSummary("Webhook notices to the recipient (GDPR Art. 19): delivered, being retried or given up");

        var disclosures = app.MapGroup("/api/v1/disclosures").WithTags("Disclosures").RequireAuthorization();
        disclosures.MapGet("/", async (Guid? recipientId, Guid? personId, string? purpose, DateOnly? from, DateOnly? to, int? page, int? pageSize,
                    ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<DisclosureDto>>(await sender.Send(new ListDisclosures(recipientId, personId, purpose, from, to, page, pageSize), ct)))
            .WithName("ListDisclosures")
            .WithSummary("Every disclosure, newest first, by recipient, person, purpose and period (from/to: YYYY-MM-DD)")
            .WithDescription("kind manual, selectionHandover or partnerRead. Needs disclosures.read.");
        disclosures.MapPost("/", async (DisclosureInput body, ISender sender, CancellationToken ct) =>
            {
                var disclosure = await sender.Send(new RecordDisclosure(body), ct);
                return TypedResults.Created($"/api/v1/disclosures/{disclosure.Id}", disclosure);
            })
            .WithName("RecordDisclosure")
            .WithSummary("Record a disclosure made by hand, e.g. to an authority with its legal reference")
            .WithDescription("Refused (409 disclosure-refused) for a recipient outside the EU/EEA without a safeguard, when the address category includes a person with the non-disclosure marking (or a pending claim of it), and for partner marketing when a person is excluded by the marketing rules. Needs disclosures.write.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        disclosures.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetDisclosure(id), ct)))
            .WithName("GetDisclosure")
            .WithSummary("A disclosure with its persons")
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapPost("/api/v1/marketing/selections/{id:guid}/handover", async (Guid id, HandoverInput body, ISender sender, CancellationToken ct) =>
            {
                var disclosure = await sender.Send(new HandOverSelection(id, body), ct);
                return TypedResults.Created($"/api/v1/disclosures/{disclosure.Id}", disclosure);
            })
            .RequireAuthorization()
            .WithTags("Marketing")
            .WithName("HandOverSelection")
            .WithSummary("Hand the persons a selection includes now to a recipient; recorded as a disclosure")
            .WithDescription("A partner gets only partner-marketing selections; own marketing goes to processors. Refused (409) outside the EU/EEA without a safeguard.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var clients = app.MapGroup("/api/v1/api-clients").WithTags("API clients").RequireAuthorization();
        clients.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListApiClients(), ct)))
            .WithName("ListApiClients")
            .WithSummary("Partners' API clients (never their secrets)");
        clients.MapPost("/", async (ApiClientInput body, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new CreateApiClient(body), ct);
                return TypedResults.Created($"/api/v1/api-clients/{created.Id}", created);
            })
            .WithName("CreateApiClient")
            .WithSummary("Create a partner's API client; clientSecret is shown only in this answer")
            .WithDescription("scopes among persons.read, disclosures.read, leads.write. Needs apiClients.manage (Administrator).")
            .ProducesValidationProblem();
        clients.MapPost("/{id:guid}/rotate", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RotateApiClientSecret(id), ct)))
            .WithName("RotateApiClientSecret")
            .WithSummary("A new secret, shown once; the old secret and its tokens stop working at once")
            .ProducesProblem(StatusCodes.Status404NotFound);
        clients.MapDelete("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RevokeApiClient(id), ct)))
            .WithName("RevokeApiClient")
            .WithSummary("Revoke a client: its secret and tokens stop working; it stays listed as revoked")
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapPost("/api/v1/auth/token", IssueTokenAsync)
            .AllowAnonymous()
            .RequireSignInThrottling(checksPassword: true)
            .DisableAntiforgery()
            .WithTags("Partner API")
            .WithName("IssueClientToken")
            .WithSummary("OAuth 2 client credentials (RFC 6749 §4.4) for partners' API clients")
            .WithDescription("application/x-www-form-urlencoded: grant_type=client_credentials, optional scope (space separated). The client authenticates with HTTP Basic (client_id:client_secret) or with client_id and client_secret form fields. Answers { access_token, token_type, expires_in, scope }; errors as RFC 6749 §5.2 (invalid_client 401, invalid_scope, unsupported_grant_type, invalid_request 400).")
            .Accepts<TokenForm>("application/x-www-form-urlencoded")
            .Produces<TokenResponse>()
            .Produces<TokenError>(StatusCodes.Status400BadRequest)
            .Produces<TokenError>(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> IssueTokenAsync(HttpRequest request, ISender sender, CancellationToken ct)
    {
        // RFC 6749 §5.1: answers that carry tokens, and their errors, are never cached.
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        request.HttpContext.Response.Headers.Pragma = "no-cache";
        if (!request.HasFormContentType) return TokenErrorResult(StatusCodes.Status400BadRequest, "invalid_request", "Send the request form-encoded.");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException)
        {
            // A form the reader cannot take apart (over its limits, or broken encoding) is the client's error.
            return TokenErrorResult(StatusCodes.Status400BadRequest, "invalid_request", "The form could not be read.");
        }
        if (string.IsNullOrEmpty(form["grant_type"])) return TokenErrorResult(StatusCodes.Status400BadRequest, "invalid_request", "grant_type is missing.");
        var (clientId, secret, basic) = ClientCredentials(request, form);
        if (basic && (form.ContainsKey("client_id") || form.ContainsKey("client_secret")))
            return TokenErrorResult(StatusCodes.Status400BadRequest, "invalid_request", "Authenticate the client one way only: HTTP Basic or form fields (RFC 6749 §2.3).");
        var result = await sender.Send(new IssueClientToken(form["grant_type"], clientId, secret, form["scope"]), ct);
        if (result.Token is { } token) return Results.Ok(new TokenResponse(token.Token, "Bearer", token.ExpiresInSeconds, result.Scope!));
        if (result.Error == ClientTokenResult.InvalidClient)
        {
            if (basic) request.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"hsworks\"";
            return TokenErrorResult(StatusCodes.Status401Unauthorized, result.Error, result.ErrorDescription!);
        }
        return TokenErrorResult(StatusCodes.Status400BadRequest, result.Error!, result.ErrorDescription!);
    }

    /// <summary>RFC 6749 §2.3.1: HTTP Basic with the form-url-encoded id and secret, or the two form fields.</summary>
    private static (string? ClientId, string? Secret, bool Basic) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = pair.IndexOf(':');
                if (colon > 0) return (Uri.UnescapeDataString(pair[..colon].Replace('+', ' ')), Uri.UnescapeDataString(pair[(colon + 1)..].Replace('+', ' ')), true);
            }
            catch (FormatException)
            {
                // Falls through: not valid Basic credentials.
            }
            return (null, null, true);
        }
        return (form["client_id"], form["client_secret"], false);
    }

    private static IResult TokenErrorResult(int status, string error, string description) =>
        Results.Json(new TokenError(error, description), statusCode: status);
}

/// <summary>RFC 6749 §4.4.2 form.</summary>
public sealed record TokenForm(
    string grant_type, string? scope, string? client_id, string? client_secret);

/// <summary>RFC 6749 §5.1.</summary>
public sealed record TokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
    [property: System.Text.Json.Serialization.JsonPropertyName("scope")] string Scope);

/// <summary>RFC 6749 §5.2.</summary>
public sealed record TokenError(
    [property: System.Text.Json.Serialization.JsonPropertyName("error")] string Error,
    [property: System.Text.Json.Serialization.JsonPropertyName("error_description")] string ErrorDescription);
