using HsWorks.Api.Http;
using HsWorks.Api.OpenApi;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Requests;
using HsWorks.Domain.Persons;
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
        requests.MapGet("/handlers", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListRequestHandlers(), ct)))
            .WithName("ListRequestHandlers")
            .WithSummary("The staff who handle requests: whom a request can be assigned to")
            .WithDescription($"Every staff user whose access level has requests.manage, by name: id, displayName, accessLevel, enabled (only enabled ones can be assigned). {Managers}");
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
        requests.MapGet("/{id:guid}/report", async (Guid id, Language? lang, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var generated = await sender.Send(new GenerateAccessReport(id, lang), ct);
                return http.Request.WantsHtml()
                    ? Results.Content(generated.RenderHtml(), "text/html; charset=utf-8")
                    : Results.Content(generated.Json, "application/json; charset=utf-8");
            })
            .WithName("GenerateAccessReport")
            .WithSummary("Generate the access report (Art. 15) of an access request for its matched persons")
            .WithDescription($"Accept: text/html answers a self-contained printable page (prints to PDF cleanly); anything else the JSON. lang: fi, sv or en (default: the first matched person's language). Everything held of the persons with its source, consents, prohibitions and register matches, purposes with legal bases and retention, disclosures (partner reads included), the marketing selections that exported them, and their use from the audit with the staff member's access level — staff names only where the request records them as essential (POST /{{id}}/staff-names). Remote-access secrets and licence keys are named as held, never given. Only for an access request whose requester's identity is verified and persons matched (else 409). Every generation is audited, kept with the request (GET /{{id}}/reports) and written to the timeline. {Managers}")
            .Produces<AccessReportDto>(StatusCodes.Status200OK, "application/json")
            .WithMetadata(new TextAlternative(StatusCodes.Status200OK, "text/html"))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        requests.MapGet("/{id:guid}/reports", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListAccessReports(id), ct)))
            .WithName("ListAccessReports")
            .WithSummary("The access reports generated for a request, newest first")
            .WithDescription($"When, by whom and in which language; the content is read one by one. {Managers}")
            .ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapGet("/{id:guid}/reports/{reportId:guid}", async (Guid id, Guid reportId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetAccessReport(id, reportId), ct)))
            .WithName("GetAccessReport")
            .WithSummary("One generated access report with its content as it was given")
            .WithDescription($"content: the report's JSON exactly as it was answered. Every read is audited. {Managers}")
            .ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapGet("/{id:guid}/portability", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var file = await sender.Send(new ExportPortableData(id), ct);
                return Results.Stream(stream => file.WriteAsync(stream, http.RequestAborted), file.ContentType, file.FileName);
            })
            .WithName("ExportPortableData")
            .WithSummary("The persons' portable data (Art. 20) as a ZIP of JSON and CSV")
            .WithDescription($"application/zip holding portability.json (everything) and persons.csv, purchases.csv, assets.csv, contacts.csv, consents.csv: the basic details the person gave and what their use of the services produced (purchases, assets, contact events, consents) — not what the company inferred or wrote about them (staff's notes, problems, interests, invoices, the audit). Only for a portability request whose requester's identity is verified and persons matched (else 409). Audited and written to the timeline. {Managers}")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        requests.MapGet("/{id:guid}/erasure", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetErasure(id), ct)))
            .WithName("GetErasure")
            .WithSummary("The erasure preview of a request (GDPR Art. 17), or its record once carried out")
            .WithDescription($"For each matched person, every item of their data and what the erasure does with it: area, itemId (an id, never a personal value), what (which fields), action (erase, anonymise or keep), ground and reason of a kept item (accountingAct: invoices and their vouchers, Accounting Act 1336/1997 chapter 2 section 10, kept until keepUntil — six years from the end of the year in which the financial year, the calendar year, ended; accountability: records that keep ids only; suppression: the keyed hashes of the identity code, e-mail and phones that stop the person from being entered again — pseudonymous personal data). Before the erasure erasedAt is null and refusal says why it cannot be carried out yet (null when it can); changes nothing. After it, the request's record of what was done. Audited. {Managers}")
            .ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapPost("/{id:guid}/erasure", async (Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new CarryOutErasure(id), ct)))
            .WithName("CarryOutErasure")
            .WithSummary("Carry out an erasure request: erase, anonymise or keep every item of the matched persons' data, in one transaction")
            .WithDescription($"Only an open request of type erasure whose requester's identity is verified and whose persons are matched, once (else 409 with the reason). A legal hold in force on a matched person, on a customer they are, or on a customer they are a contact person of stops it: 409 ProblemDetails with errors.legalHold (GDPR Art. 17(3)(e)); the hold must be lifted first. Every recipient in the disclosure records is told (personErased notices) first; then the items are erased or anonymised as the preview says — search words, match keys and the encrypted identity code included, recording files deleted; audit and disclosure records keep ids only; kept invoices serve accounting only (their customer is marked erased); a suppression record (keyed hashes) stays. Answers the request's record of what was done, item by item; the timeline gets the step erased. The request is then completed as usual (POST /complete) once the requester is answered. {Managers}")
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

        requests.MapPost("/{id:guid}/rectification", async (Guid id, RectificationInput body, ISender sender, HttpRequest request, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RectifyPerson(id, request.IfMatchVersion(), body), ct)))
            .WithName("RectifyPerson")
            .WithSummary("Correct a matched person's details through a rectification request (Art. 16)")
            .WithDescription($"personId: one of the request's persons; details: the person's details as they should be, by the rules of editing a person (send the person's ETag in `If-Match`: a stale one answers 412, a missing one 428). Allowed while processing of the person is restricted: this is the edit a restriction allows. Each changed field is kept on the request as it was and as it became (`rectifications`, an identity code masked) and the recipients of the person's data are told (webhook notice personRectified). 409 unless the request is open, of type rectification, its requester's identity verified and its persons matched, or when nothing changes. Written to the timeline with who and when. {Managers}")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        Step<RestrictionInput>(requests, "/restriction", "RestrictProcessing", "Restrict processing of a matched person (Art. 18)",
            "personId: one of the request's persons; reason: accuracyContested, unlawfulProcessing, neededForLegalClaims or objectionPending; from: the first day (default today, not later); until: the planned end. While it holds the person's data is only stored: no marketing selection, no manual disclosure, no partner read, no edit of the person's details except through the request — unless the use names a ground of Art. 18(2) (restrictionGround: consent, legalClaims, otherPersonsRights, importantPublicInterest), recorded with it. The person shows processingRestricted and the restriction; recipients are told (webhook notice processingRestricted). 409 unless the request is open, of type restriction, its requester's identity verified and its persons matched, or when a restriction already holds on the person.",
            (id, body) => new RestrictProcessing(id, body));
        Step<LiftRestrictionInput>(requests, "/restriction/lift", "LiftRestriction", "Lift a restriction placed through the request (Art. 18(3))",
            "personId: whose; personToldAt: required — when the person was told it will be lifted (not after now). Who lifted it and when are recorded. Also on a closed request; 409 when no restriction of this request holds on the person, or for a request that is not a restriction or objection.",
            (id, body) => new LiftRestriction(id, body));
        Step<ObjectionInput>(requests, "/objection", "RecordObjection", "Record the persons' objection (Art. 21)",
            "kind: directMarketing — takes effect at once as a permanent ban for every channel and every partner (the person's prohibitions directMarketing and partnerDisclosure on channel all) and the recipients are told (webhook notice objected); otherProcessing — recorded for the decision (POST …/objection/decision) and processing of each person restricted while it is weighed (Art. 18(1)(d); notice processingRestricted). 409 unless the request is open, of type objection, its requester's identity verified and its persons matched, or when already recorded.",
            (id, body) => new RecordObjection(id, body));
        Step<ObjectionDecisionInput>(requests, "/objection/decision", "DecideObjection", "Decide an objection to other processing",
            "decision: upheld (the processing stops; the restriction stays until lifted or the data erased) or dismissed (compelling legitimate grounds or legal claims; the restriction is lifted); reasons: required; personToldAt: required when dismissed. 409 unless an objection to other processing awaits its decision on an open request.",
            (id, body) => new DecideObjection(id, body));
        requests.MapGet("/{id:guid}/recipients", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListRequestRecipients(id), ct)))
            .WithName("ListRequestRecipients")
            .WithSummary("The recipients to tell of a rectification, erasure or restriction, and how each was told (Art. 19)")
            .WithDescription($"Every recipient in the disclosure records of the request's persons — manual disclosures (processors and authorities too), handed-over selections, partner reads — with the persons it received and when, and how it was told: the webhook notices of the request's kind since the request arrived (delivery sent, delivered or failed, attempts, last answer) and the notices recorded by hand. The list given to the person on request. 409 for a request of another type. The read is audited. {Managers}")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        requests.MapGet("/{id:guid}/recipients/export", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var file = await sender.Send(new ExportRequestRecipients(id), ct);
                return Results.Stream(stream => file.WriteAsync(stream, http.RequestAborted), file.ContentType, file.FileName);
            })
            .WithName("ExportRequestRecipients")
            .WithSummary("The recipients to tell as CSV, the form given to the person on request (Art. 19)")
            .WithDescription($"Streams text/csv (UTF-8, comma separated, header line first), one line per recipient by name. Columns: recipient, type (partner, processor, authority), country, received (how: manual, selectionHandover, partnerRead), firstDisclosed, lastDisclosed (timestamps), webhook (the last notice's delivery: sent, delivered or failed), webhookDelivered (timestamp), toldByHand (email, letter, phone or inPerson), toldByHandAt (timestamp). 409 for a request of another type. Audited. {Managers}")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        requests.MapPost("/{id:guid}/recipients/{recipientId:guid}/manual-notice", async (Guid id, Guid recipientId, ManualNoticeInput body, ISender sender,
                CancellationToken ct) => TypedResults.Ok(await sender.Send(new RecordManualNotice(id, recipientId, body), ct)))
            .WithName("RecordManualNotice")
            .WithSummary("Record that a recipient was told by hand (Art. 19)")
            .WithDescription($"method: email, letter, phone or inPerson; toldAt: when (default now, not in the future); note: what was said or sent. The recipient must have received data of the request's persons (else 409). Also on a closed request. Written to the timeline with who and when. {Managers}")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        Step<StaffNamesInput>(requests, "/staff-names", "DecideStaffNames",
            "Record whether staff names are essential for the person to exercise their rights (CJEU C-579/21)",
            "essential: true names the staff who used the person's data in the access report (otherwise only their access level); reason: required. Replaces an earlier decision.",
            (id, body) => new DecideStaffNames(id, body));
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
