using HsWorks.Application.Common.Paging;
using HsWorks.Application.Requests;
using HsWorks.Domain.Requests;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>Data subjects' requests (R8.1, GDPR Art. 12): the register with legal due dates, identity verification and every step on a timeline.</summary>
public static class RequestsEndpoints
{
    private const string Managers = "Needs requests.manage (DataProtectionOfficer, Administrator).";

    public static void MapRequestsEndpoints(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/v1/requests").WithTags("Requests").RequireAuthorization();

        requests.MapPost("/", async (RequestInput body, ISender sender, CancellationToken ct) =>
            {
                var receipt = await sender.Send(new RegisterRequest(body), ct);
                return TypedResults.Created($"/api/v1/requests/{receipt.Id}", receipt);
            })
            .WithName("RegisterRequest")
            .WithSummary("Register a data subject's request as it arrived")
            .WithDescription("type: access, rectification, erasure, restriction, objection or portability; channel: letter, email, inPerson, phone or web; receivedAt: when it reached the company (the due date counts from it, in Finnish time); requester: the details as given (name required). Answers the receipt with the due date; nothing more. Needs requests.register (every level that talks to customers) — so a call or a letter is never lost.")
            .ProducesValidationProblem();
        requests.MapGet("/", async (RequestStatus? status, RequestType? type, Guid? assigneeId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<RequestSummary>>(await sender.Send(new ListRequests(status, type, assigneeId, page, pageSize), ct)))
            .WithName("ListRequests")
            .WithSummary("The requests inbox: open ones first, by due date; overdue and due within 7 days marked")
            .WithDescription($"Filters: status (received, verifyingIdentity, inProgress, extended, completed, rejected), type, assigneeId. The requester is masked: initials and a masked e-mail. {Managers}")
            .ProducesValidationProblem();
        requests.MapGet("/export", async (ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var file = await sender.Send(new ExportRequests(), ct);
                return Results.Stream(stream => file.WriteAsync(stream, http.RequestAborted), file.ContentType, file.FileName);
            })
            .WithName("ExportRequests")
            .WithSummary("Every request as CSV for the regulator; no requester details")
            .WithDescription($"Streams text/csv (UTF-8, comma separated, header line first), oldest first. Columns: id, type, channel, received (timestamp), due (date), extended (true or false), completed (the day it was answered, completed or rejected), status, outcome (completed, rejected, rejectedManifestlyUnfounded, rejectedExcessive). {Managers}")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        requests.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetRequest(id), ct)))
            .WithName("GetRequest")
            .WithSummary("A request with the requester's full details and its timeline")
            .WithDescription($"Every read is audited. {Managers}")
            .ProducesProblem(StatusCodes.Status404NotFound);

        requests.MapGet("/{id:guid}/erasure", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetErasure(id), ct)))
            .WithName("GetErasure")
            .WithSummary("The erasure preview of a request (GDPR Art. 17), or its record once carried out")
            .WithDescription($"For each matched person, every item of their data and what the erasure does with it: area, itemId (an id, never a personal value), what (which fields), action (erase, anonymise or keep), ground and reason of a kept item (accountingAct: invoices and their vouchers, Accounting Act 1336/1997 chapter 2 section 10, kept until keepUntil — six years from the end of the year in which the financial year, the calendar year, ended; accountability: records that keep ids only; suppression: the keyed hashes of the identity code, e-mail and phones that stop the person from being entered again — pseudonymous personal data). Before the erasure erasedAt is null and refusal says why it cannot be carried out yet (null when it can); changes nothing. After it, the request's record of what was done. Audited. {Managers}")
            .ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapPost("/{id:guid}/erasure", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new CarryOutErasure(id), ct)))
            .WithName("CarryOutErasure")
            .WithSummary("Carry out an erasure request: erase, anonymise or keep every item of the matched persons' data, in one transaction")
            .WithDescription($"Only an open request of type erasure whose requester's identity is verified and whose persons are matched, once (else 409 with the reason). Every recipient in the disclosure records is told (personErased notices) first; then the items are erased or anonymised as the preview says — search words, match keys and the encrypted identity code included, recording files deleted; audit and disclosure records keep ids only; kept invoices serve accounting only (their customer is marked erased); a suppression record (keyed hashes) stays. Answers the request's record of what was done, item by item; the timeline gets the step erased. The request is then completed as usual (POST /complete) once the requester is answered. {Managers}")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        Step<AssignRequestInput>(requests, "/assign", "AssignRequest", "Give the request to a staff user who handles requests",
            "assigneeId: an enabled staff user with requests.manage (else 409). A received request moves on to verifyingIdentity.",
            (id, body) => new AssignRequest(id, body));
        Step<MatchPersonsInput>(requests, "/persons", "MatchRequestPersons", "Link the persons of the register the request concerns",
            "personIds: persons found by search (at most 20; an unknown id is a 409); replaces an earlier match, an empty list clears it.",
            (id, body) => new MatchRequestPersons(id, body));
        Step<IdentificationInput>(requests, "/identification-asked", "AskForIdentification", "Record that more information to identify the requester was asked for",
            "at: when it was asked (default now; not before receipt, not in the future). The clock stands still from then until the arrival is recorded — only for that recorded interval. Asked once per request (409 after).",
            (id, body) => new AskForIdentification(id, body));
        Step<IdentificationInput>(requests, "/identification-received", "ReceiveIdentification", "Record that the information asked for arrived",
            "at: when it arrived (default now; not before it was asked). The due date moves by the whole days in between. 409 when nothing is awaited.",
            (id, body) => new ReceiveIdentification(id, body));
        Step<VerifyIdentityInput>(requests, "/verify", "VerifyRequestIdentity", "Record how the requester's identity was verified",
            "method: identityDocument, signedLetter, strongElectronicIdentification or knownContactDetails; by whom and when are recorded. Needed before anything is disclosed or changed; the request is then inProgress. 409 when already verified or while information is awaited.",
            (id, body) => new VerifyRequestIdentity(id, body));
        Step<ExtendRequestInput>(requests, "/extend", "ExtendRequest", "Extend the deadline to three months from receipt (Art. 12(3))",
            "reasons: required; requesterTold: must be true — the requester is told with the reasons now (recorded). Only by the first due date and once (else 409).",
            (id, body) => new ExtendRequest(id, body));
        Step<CompleteRequestInput>(requests, "/complete", "CompleteRequest", "Close the request as answered",
            "summary: what was done. Only once the requester's identity was verified (else 409).",
            (id, body) => new CompleteRequest(id, body));
        Step<RejectRequestInput>(requests, "/reject", "RejectRequest", "Refuse the request with its reasons (Art. 12(4), 12(5))",
            "reason: required; ground: manifestlyUnfounded or excessive, or none; remediesTold: must be true — the reply told the requester of the right to complain to the Data Protection Ombudsman and to seek a judicial remedy.",
            (id, body) => new RejectRequest(id, body));
    }

    /// <summary>A step on a request: POST /{id}/…, answering the request as it is now; a closed request or a step its state refuses is a 409.</summary>
    private static void Step<TBody>(RouteGroupBuilder requests, string path, string name, string summary, string description,
        Func<Guid, TBody, ICommand<RequestDto>> command) =>
        requests.MapPost("/{id:guid}" + path, async (Guid id, TBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command(id, body), ct)))
            .WithName(name)
            .WithSummary(summary)
            .WithDescription($"{description} Written to the timeline with who and when. {Managers}")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
