using System.Globalization;
using System.Net;
using System.Text;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Requests;

namespace HsWorks.Application.Register;

/// <summary>
/// The public privacy notice as a self-contained page that reads well on a phone: one style element (the API's Content-Security-Policy
/// allows inline styles; no scripts), the right to object in a box of its own (Art. 21(4)), links to the other languages and to every
/// published version. Every value from the register is HTML-encoded.
/// </summary>
internal static class PrivacyNoticeHtml
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; font-size: 1rem; line-height: 1.5; margin: 0 auto; padding: 1rem; max-width: 46rem; color: #111; background: #fff; }
        h1 { font-size: 1.6rem; margin-bottom: 0.25rem; } h2 { font-size: 1.2rem; margin-top: 1.75rem; border-bottom: 1px solid #767676; }
        nav ul, .versions { padding-left: 1.2rem; } nav li { display: inline; margin-right: 1rem; } a { color: #0b4f9c; }
        .apart { border: 2px solid #0b4f9c; border-radius: 6px; padding: 0 1rem 0.5rem; margin-top: 1.5rem; }
        .meta { color: #333; }
        @media print { nav { display: none; } body { max-width: none; } }
        """;

    public static string Render(RegisterDescriptionDto description, bool latest)
    {
        var notice = description.Notice;
        var t = PrivacyNoticeTexts.For(PrivacyNotices.Code(notice.Language));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(PrivacyNotices.Code(notice.Language))
            .Append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
            .Append(E(notice.Title)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<nav aria-label=\"").Append(E(t.OtherLanguages)).Append("\"><ul>");
        foreach (var language in Enum.GetValues<Language>())
        {
            var code = PrivacyNotices.Code(language);
            var href = latest ? $"/privacy?lang={code}" : $"/privacy/versions/{notice.Version}?lang={code}";
            html.Append("<li><a href=\"").Append(E(href)).Append("\" hreflang=\"").Append(code).Append("\" lang=\"").Append(code).Append('"');
            if (language == notice.Language) html.Append(" aria-current=\"page\"");
            html.Append('>').Append(E(LanguageName(language))).Append("</a></li>");
        }
        html.Append("</ul></nav><main><h1>").Append(E(notice.Title)).Append("</h1><p class=\"meta\">").Append(E(t.Version)).Append(' ')
            .Append(notice.Version).Append(" · ").Append(E(t.Published)).Append(' ').Append(E(Day(notice.PublishedAt))).Append("</p><p>")
            .Append(E(t.Intro)).Append("</p>");
        foreach (var section in notice.Sections)
        {
            html.Append(section.Apart ? "<section class=\"apart\" id=\"" : "<section id=\"").Append(E(section.Key)).Append("\"><h2>")
                .Append(E(section.Title)).Append("</h2>");
            if (section.Lines.Count == 1) html.Append("<p>").Append(E(section.Lines[0])).Append("</p>");
            else
            {
                html.Append("<ul>");
                foreach (var line in section.Lines) html.Append("<li>").Append(E(line)).Append("</li>");
                html.Append("</ul>");
            }
            html.Append("</section>");
        }
        html.Append("<section id=\"versions\"><h2>").Append(E(t.EarlierVersions)).Append("</h2><ul class=\"versions\">");
        foreach (var version in description.Versions)
        {
            html.Append("<li><a href=\"/privacy/versions/").Append(version.Number).Append("?lang=").Append(PrivacyNotices.Code(notice.Language)).Append('"');
            if (version.Number == notice.Version) html.Append(" aria-current=\"page\"");
            html.Append('>').Append(E(t.Version)).Append(' ').Append(version.Number).Append(" (").Append(E(Day(version.PublishedAt))).Append(")</a></li>");
        }
        html.Append("</ul></section></main></body></html>");
        return html.ToString();
    }

    private static string LanguageName(Language language) => language switch
    {
        Language.Sv => "Svenska",
        Language.En => "English",
        _ => "Suomi",
    };

    /// <summary>The day in Finnish time, as a date the page's reader expects (d.M.yyyy).</summary>
    public static string Day(DateTimeOffset? at) => at is { } value
        ? ResponseDeadline.DayOf(value).ToString("d.M.yyyy", CultureInfo.InvariantCulture)
        : string.Empty;

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
