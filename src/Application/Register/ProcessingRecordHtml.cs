using HsWorks.Domain.Common;
using System.Text;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Register;
using static HsWorks.Application.Register.PrivacyNoticeHtml;

namespace HsWorks.Application.Register;

/// <summary>
/// The record of processing as a self-contained printable page (A4, no scripts): the controller and the data-protection contact, then
/// one table per purpose. Headings in the record's language; every value HTML-encoded.
/// </summary>
internal static class ProcessingRecordHtml
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; font-size: 10.5pt; margin: 2em; color: #111; }
        h1 { font-size: 17pt; } h2 { font-size: 13pt; margin-top: 1.4em; border-bottom: 1px solid #888; }
        table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; } th, td { border: 1px solid #bbb; padding: 3px 5px; text-align: left; vertical-align: top; }
        th { background: #eee; width: 28%; } code { font-size: 9pt; }
        @media print { body { margin: 0; } section { page-break-inside: avoid; } }
        @page { size: A4; margin: 15mm; }
        """;

    private sealed record Texts(string Title, string Controller, string Contact, string Generated, string Basis, string Interest, string Subjects,
        string Categories, string Recipients, string Transfers, string Retention, string Security, string None);

    private static readonly LocalisedTexts All = new(
        new("Seloste käsittelytoimista (tietosuoja-asetuksen 30 artikla)", "Rekisterinpitäjä", "Tietosuojayhteyshenkilö", "Laadittu", "Oikeusperuste",
            "Oikeutettu etu", "Rekisteröityjen ryhmät", "Henkilötietoryhmät", "Vastaanottajat", "Siirrot EU:n/ETA:n ulkopuolelle", "Säilytysajat",
            "Tekniset ja organisatoriset suojatoimet", "Ei ole."),
        new("Register över behandling (dataskyddsförordningen artikel 30)", "Personuppgiftsansvarig", "Kontaktperson för dataskydd", "Upprättad",
            "Rättslig grund", "Berättigat intresse", "Kategorier av registrerade", "Kategorier av personuppgifter", "Mottagare",
            "Överföringar utanför EU/EES", "Lagringstider", "Tekniska och organisatoriska säkerhetsåtgärder", "Inga."),
        new("Record of processing activities (GDPR Article 30)", "Controller", "Data-protection contact", "Generated", "Legal basis",
            "Legitimate interest", "Categories of data subjects", "Categories of personal data", "Recipients", "Transfers outside the EU/EEA",
            "Retention", "Technical and organisational security measures", "None."));

    private sealed record LocalisedTexts(Texts Fi, Texts Sv, Texts En);

    public static string Render(ProcessingRecordDto record)
    {
        var lang = PrivacyNotices.Code(record.Language);
        var t = lang switch { "sv" => All.Sv, "en" => All.En, _ => All.Fi };
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(lang).Append("\"><head><meta charset=\"utf-8\"><title>").Append(E(t.Title))
            .Append("</title><style>").Append(Style).Append("</style></head><body><h1>").Append(E(t.Title)).Append("</h1><p>")
            .Append(E(t.Generated)).Append(' ').Append(E(Day(record.GeneratedAt))).Append("</p>");
        var c = record.Controller;
        var dp = record.DataProtectionContact;
        html.Append("<h2>").Append(E(t.Controller)).Append("</h2><p>").Append(E($"{c.Name}, {c.BusinessId}, {c.Address}, {c.Phone}, {c.Email}"))
            .Append("</p><h2>").Append(E(t.Contact)).Append("</h2><p>").Append(E(string.Join(", ", new[] { dp.Name, dp.Email, dp.Phone }.OfType<string>())))
            .Append("</p>");
        foreach (var a in record.Activities)
        {
            html.Append("<section><h2>").Append(E(a.Name)).Append("</h2><table>");
            Row(html, t.Basis, $"{EnumNames.ToWire(a.LegalBasis)} — <code>{E(a.LegalBasisDpv)}</code>, <code>{E(a.GdprArticle)}</code>", encoded: true);
            if (a.LegitimateInterest is { } interest) Row(html, t.Interest, interest);
            Row(html, t.Subjects, string.Join("; ", a.DataSubjects.Select(s => s.Label)));
            Row(html, t.Categories, string.Join("; ", a.DataCategories.Select(d => d.Label)));
            Row(html, t.Recipients, a.Recipients.Count == 0 ? t.None : string.Join("; ", a.Recipients.Select(r => $"{r.Name} ({r.Country})")));
            Row(html, t.Transfers, a.Transfers.Count == 0 ? t.None
                : string.Join("; ", a.Transfers.Select(x => $"{x.Recipient} ({x.Country}{(x.Safeguard is { } s ? $", {EnumNames.ToWire(s)}: {x.Reference}" : string.Empty)})")));
            Row(html, t.Retention, string.Join(" ", a.Retention.Select(r => $"{DataCategoryCatalogue.Label(r.DataCategory, lang)}: {r.Period}")));
            Row(html, t.Security, a.SecurityMeasures);
            html.Append("</table></section>");
        }
        return html.Append("</body></html>").ToString();
    }

    private static void Row(StringBuilder html, string heading, string value, bool encoded = false) =>
        html.Append("<tr><th scope=\"row\">").Append(E(heading)).Append("</th><td>").Append(encoded ? value : E(value)).Append("</td></tr>");
}
