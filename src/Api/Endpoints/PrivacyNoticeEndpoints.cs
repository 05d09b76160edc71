using HsWorks.Application.Register;
using HsWorks.Domain.Persons;
using Mediator;
using Microsoft.Net.Http.Headers;

namespace HsWorks.Api.Endpoints;

/// <summary>
/// The privacy notice generated from the register (R9.1, GDPR Art. 13–14): the draft, publishing dated immutable versions and comparing
/// them, and the public pages and JSON that need no sign-in.
/// </summary>
public static class PrivacyNoticeEndpoints
{
    private const string Publishers = "Needs privacyNotice.publish (DataProtectionOfficer, Administrator).";

    /// <summary>A published version never changes, but the latest one does with the next publish: shared caches keep it briefly.</summary>
    private const string PublicCaching = "public, max-age=60";

    public static void MapPrivacyNoticeEndpoints(this IEndpointRouteBuilder app)
    {
        var notice = app.MapGroup("/api/v1/privacy-notice").WithTags("Privacy notice").RequireAuthorization();

        notice.MapGet("/preview", async (Language? lang, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new PreviewPrivacyNotice(lang), ct)))
            .WithName("PreviewPrivacyNotice")
            .WithSummary("The draft privacy notice generated from the register now")
            .WithDescription($"lang: fi (default), sv or en. Sections in reading order, each with a stable key (controller, contact, rightToObject — shown apart, Art. 21(4) —, purposes, categories, sources, recipients, transfers, retention, provision, security, rights, withdrawingConsent, complaint, automatedDecisions, suppression), its title and its lines. version and publishedAt are null: nothing is kept. {Publishers}")
            .ProducesValidationProblem();
        notice.MapPost("/versions", async (ISender sender, CancellationToken ct) =>
            {
                var version = await sender.Send(new PublishPrivacyNotice(), ct);
                return TypedResults.Created($"/api/v1/privacy-notice/versions/{version.Number}", version);
            })
            .WithName("PublishPrivacyNotice")
            .WithSummary("Publish the privacy notice: a dated, immutable version in Finnish, Swedish and English")
            .WithDescription($"Generates the notice from the register now and keeps it as the next number; it is public at once (GET /privacy) and every consent recorded from now on carries this number. Versions are never changed. Audited. 409 when another publish took the number at the same moment (send again). {Publishers}")
            .ProducesProblem(StatusCodes.Status409Conflict);
        notice.MapGet("/versions", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListPrivacyNoticeVersions(), ct)))
            .WithName("ListPrivacyNoticeVersions")
            .WithSummary("Every published version, newest first")
            .WithDescription("number, publishedAt and publishedBy. Any signed-in staff member.");
        notice.MapGet("/versions/{number}", async (int number, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPrivacyNoticeVersion(number), ct)))
            .WithName("GetPrivacyNoticeVersion")
            .WithSummary("One published version with its notice in every language, exactly as published")
            .WithDescription("Any signed-in staff member.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        notice.MapGet("/versions/{number}/diff", async (int number, int? from, Language? lang, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new DiffPrivacyNoticeVersions(number, from, lang), ct)))
            .WithName("DiffPrivacyNoticeVersions")
            .WithSummary("What changed between two published versions, section by section")
            .WithDescription("from: the older version (default the one before; for version 1 every section is added). lang: fi (default), sv or en. Each section that differs: change newSection, removedSection or changedSection, with addedLines (only in the newer version) and removedLines (only in the older one); a changed line shows as one removed and one added. Unchanged sections are left out. Any signed-in staff member.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var register = app.MapGroup("/api/v1/register-description").WithTags("Privacy notice").AllowAnonymous();
        register.MapGet("/", async (Language? lang, ISender sender, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok((await sender.Send(new GetPublishedPrivacyNotice(null, LanguageOf(http.Request, lang)), ct)).Description))
            .WithName("GetRegisterDescription")
            .WithSummary("The published register description (privacy notice) as JSON; no sign-in")
            .WithDescription("The latest published version in one language — lang fi, sv or en, else the first of them in Accept-Language, else Finnish — and every published version (number, publishedAt). 404 when nothing is published yet.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var pages = app.MapGroup("/privacy").WithTags("Privacy notice").AllowAnonymous();
        pages.MapGet("/", (Language? lang, ISender sender, HttpContext http, CancellationToken ct) => PageAsync(null, lang, sender, http, ct))
            .WithName("PrivacyPage")
            .WithSummary("The privacy notice in force as a page for anyone; no sign-in")
            .WithDescription("A self-contained HTML page that works on a phone: lang fi, sv or en, else the first of them in Accept-Language, else Finnish; links to the other languages and to every published version. 404 (problem details) when nothing is published yet.")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        pages.MapGet("/versions/{number}", (int number, Language? lang, ISender sender, HttpContext http, CancellationToken ct) =>
                PageAsync(number, lang, sender, http, ct))
            .WithName("PrivacyVersionPage")
            .WithSummary("An earlier published version of the privacy notice as a page; no sign-in")
            .WithDescription("As GET /privacy, for the version asked for. 404 for a version never published.")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> PageAsync(int? number, Language? lang, ISender sender, HttpContext http, CancellationToken ct)
    {
        var published = await sender.Send(new GetPublishedPrivacyNotice(number, LanguageOf(http.Request, lang)), ct);
        http.Response.Headers.CacheControl = PublicCaching;
        http.Response.Headers.Vary = HeaderNames.AcceptLanguage;
        return Results.Content(published.Html, "text/html; charset=utf-8");
    }

    /// <summary>?lang= first, then the first of fi, sv and en the browser prefers, then Finnish.</summary>
    private static Language LanguageOf(HttpRequest request, Language? asked) =>
        asked ?? request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant() switch
            {
                "fi" => Language.Fi,
                "sv" => Language.Sv,
                "en" => Language.En,
                _ => (Language?)null,
            })
            .FirstOrDefault(l => l is not null) ?? Language.Fi;
}
