using HsWorks.Api.Http;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Retention;
using Mediator;

namespace HsWorks.Api.Endpoints;

/// <summary>Retention (issue 13, GDPR Art. 5(1)(e)): the rules per data category, the financial year, legal holds, the dry run and the runs.</summary>
public static class RetentionEndpoints
{
    private const string Needs = "Needs retention.manage (DataProtectionOfficer, Administrator).";

    public static void MapRetentionEndpoints(this IEndpointRouteBuilder app)
    {
        var retention = app.MapGroup("/api/v1/retention").WithTags("Retention").RequireAuthorization();
        retention.MapGet("/rules", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListRetentionRules(), ct)))
            .WithName("ListRetentionRules")
            .WithSummary("The retention rule of every data category")
            .WithDescription($"""
                Per category (basic, contract, devices, contacts, problems, interests, invoicing, recordings, consentEvidence, ledgers): the period and its
                unit, the starting event, the action (delete or anonymise) and the reason in fi, sv and en, with the starts and actions the category
                can take. The privacy notice and the access report state these reasons. {Needs}
                """);
        retention.MapPut("/rules/{category}", async (string category, RetentionRuleInput body, ISender sender, HttpRequest request, HttpResponse response,
                CancellationToken ct) =>
            {
                var rule = await sender.Send(new UpdateRetentionRule(category, request.IfMatchVersion(), body), ct);
                response.SetETag(rule.Version);
                return TypedResults.Ok(rule);
            })
            .WithName("UpdateRetentionRule")
            .WithSummary("Change a category's retention rule")
            .WithDescription($"""
                Send the rule's version (from GET /rules) in `If-Match`; a stale version answers 412. A start or action the category cannot take, a
                period out of range (0–100 years, 0–1200 months, 0–36600 days) or a missing reason answers 400. The next run applies it; audited. {Needs}
                """)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        retention.MapGet("/financial-year", async (ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var year = await sender.Send(new GetFinancialYear(), ct);
                response.SetETag(year.Version);
                return TypedResults.Ok(year);
            })
            .WithName("GetFinancialYear")
            .WithSummary("The day the financial year ends")
            .WithDescription($"Invoices are kept from the end of the calendar year in which their financial year ended, ledgers from the end of the financial year. {Needs}")
            .ProducesProblem(StatusCodes.Status404NotFound);
        retention.MapPut("/financial-year", async (FinancialYearInput body, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var year = await sender.Send(new UpdateFinancialYear(request.IfMatchVersion(), body), ct);
                response.SetETag(year.Version);
                return TypedResults.Ok(year);
            })
            .WithName("UpdateFinancialYear")
            .WithSummary("Set the day the financial year ends")
            .WithDescription($"endMonth 1–12 and endDay, a day that month has every year (not 29 February). Send the version in `If-Match`. Audited. {Needs}")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        retention.MapGet("/holds", async (bool? includeLifted, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListLegalHolds(includeLifted ?? false), ct)))
            .WithName("ListLegalHolds")
            .WithSummary("Legal holds in force (with includeLifted=true, lifted ones too)")
            .WithDescription($"Each hold names its person or customer. Every read is audited. {Needs}");
        retention.MapPost("/holds", async (LegalHoldInput body, ISender sender, CancellationToken ct) =>
            {
                var hold = await sender.Send(new PlaceLegalHold(body), ct);
                return TypedResults.Created($"/api/v1/retention/holds/{hold.Id}", hold);
            })
            .WithName("PlaceLegalHold")
            .WithSummary("Place a legal hold on a person or a customer")
            .WithDescription($"""
                Exactly one of personId and customerId, and the reason (1–500 characters). While the hold is in force no retention rule removes
                anything of the person's or the customer's (a held person's own customers and a held customer's persons included). Audited. {Needs}
                """)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        retention.MapDelete("/holds/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new LiftLegalHold(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("LiftLegalHold")
            .WithSummary("Lift a legal hold")
            .WithDescription($"The hold's record stays, marked lifted; the next run applies the rules to what it held. Audited. {Needs}")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        retention.MapGet("/dry-run", async (int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new PreviewRetention(page, pageSize), ct)))
            .WithName("PreviewRetention")
            .WithSummary("What a run now would remove, and why")
            .WithDescription($"""
                Per rule: the category, the target (contactEntries, recordingFiles, invoiceEntries, consentEntries, lapsedPersons), the action, the start and period, how many
                rows are due and the ids of the page (page, pageSize up to 100, the same page of every rule). Changes nothing. {Needs}
                """);
        retention.MapGet("/runs", async (int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                TypedResults.Ok<PagedResult<RetentionRunDto>>(await sender.Send(new ListRetentionRuns(page, pageSize), ct)))
            .WithName("ListRetentionRuns")
            .WithSummary("Retention runs, newest first, with what each removed")
            .WithDescription(Needs);
        retention.MapPost("/runs", async (ISender sender, CancellationToken ct) =>
            {
                var run = await sender.Send(new StartRetentionRun(), ct);
                return TypedResults.Created($"/api/v1/retention/runs/{run.Id}", run);
            })
            .WithName("StartRetentionRun")
            .WithSummary("Apply the retention rules now")
            .WithDescription($"""
                Runs the rules as the daily job does, in one transaction, and answers the run with its counts. 409 while another run (another instance's
                daily job) holds the retention lock. Every removal is audited with its rule. {Needs}
                """)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
