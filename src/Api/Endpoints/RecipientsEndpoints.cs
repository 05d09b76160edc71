using HsWorks.Api.Http;
using HsWorks.Application.Disclosures;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>The register of recipients: partners, processors and authorities, with their history and webhook notices.</summary>
public static class RecipientsEndpoints
{
    public static void MapRecipientsEndpoints(this IEndpointRouteBuilder app)
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
    }
}
