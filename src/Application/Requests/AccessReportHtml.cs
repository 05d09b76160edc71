using System.Globalization;
using System.Text;

namespace HsWorks.Application.Requests;

/// <summary>
/// The access report as a self-contained printable HTML page: one style element (the API's Content-Security-Policy allows inline
/// styles, no scripts are used), print rules for clean PDF output, and every value from the register HTML-encoded.
/// </summary>
internal static class AccessReportHtml
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; font-size: 11pt; margin: 2em; color: #111; }
        h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.5em; border-bottom: 1px solid #888; } h3 { font-size: 12pt; }
        table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; } th, td { border: 1px solid #bbb; padding: 3px 5px; text-align: left; vertical-align: top; }
        th { background: #eee; } .note { font-style: italic; }
        @media print { body { margin: 0; } h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } thead { display: table-header-group; } }
        @page { size: A4; margin: 15mm; }
        """;

    public static string Render(AccessReportDto report)
    {
        var t = AccessReportTexts.For(report.Language);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(AccessReportBuilder.LanguageCode(report.Language)).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(t.Title)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>").Append(E(t.Title)).Append("</h1><p>").Append(E(t.Intro)).Append("</p><p>").Append(E(t.GeneratedAt)).Append(": ")
            .Append(E(Time(report.GeneratedAt))).Append("</p>");
        foreach (var person in report.Persons) Person(html, t, person, report.StaffNamesEssential);
        html.Append("<h2>").Append(E(t.Purposes)).Append("</h2>");
        Table(html, [t.Purpose, t.LegalBasisLabel, t.Categories, t.Retention], report.Purposes.Select(p => new[]
        {
            p.Name, t.LegalBases[p.LegalBasis], string.Join(", ", p.Retention.Select(r => r.DataCategory)),
            string.Join(" ", p.Retention.Select(r => $"{r.DataCategory}: {r.Period}")),
        }), t);
        html.Append("<h2>").Append(E(t.Rights)).Append("</h2><ul>");
        foreach (var right in t.RightsList) html.Append("<li>").Append(E(right)).Append("</li>");
        html.Append("</ul><p>").Append(E(t.Complaint)).Append("</p><p>").Append(E(t.NoAutomatedDecisions)).Append("</p></body></html>");
        return html.ToString();
    }

    private static void Person(StringBuilder html, AccessReportTexts t, ReportPerson person, bool staffNames)
    {
        var d = person.Details;
        html.Append("<h2>").Append(E(t.Person)).Append(": ").Append(E($"{d.FirstName} {d.LastName}")).Append("</h2>");
        html.Append("<h3>").Append(E(t.BasicDetails)).Append("</h3>");
        Table(html, [t.Name, t.BasicDetails, t.Source],
        [
            [t.Name, $"{d.FirstName} {d.LastName}", t.Sources[d.NameSource]],
            [t.Email, d.Email, t.Sources[d.ContactSource]],
            [t.Phone, d.Phone, t.Sources[d.ContactSource]],
            [t.Mobile, d.Mobile, t.Sources[d.ContactSource]],
            [t.LanguageLabel, t.Label(d.Language), t.Sources[d.ContactSource]],
            [t.IdentityCode, d.PersonalIdentityCode, d.IdentityCodeSource is { } s ? t.Sources[s] : null],
            [t.Address, d.Street is null ? null : $"{d.Street}, {d.PostalCode} {d.City}, {d.Country}", t.Sources[d.AddressSource]],
            [t.NonDisclosure, d.NonDisclosure ? t.Yes : t.No, null],
        ], t);

        html.Append("<h3>").Append(E(t.Customers)).Append("</h3>");
        if (person.Customers.Count == 0) html.Append("<p>").Append(E(t.None)).Append("</p>");
        var secretsHeld = false;
        foreach (var c in person.Customers)
        {
            html.Append("<h3>").Append(E(c.Name)).Append(" (").Append(E(t.CustomerNumber)).Append(' ').Append(c.CustomerNumber).Append(", ")
                .Append(E(t.Label(c.Role))).Append(", ").Append(E(t.CustomerSince)).Append(' ').Append(E(Day(c.CustomerSince))).Append(")</h3>");
            Section(html, t, t.Purchases, [t.Date, t.Name, t.ProductGroup, t.Amount, t.Why], c.Purchases.Select(p => new[]
            {
                Day(p.PurchasedOn), p.Product, p.ProductGroup, $"{Number(p.Quantity)} × {Number(p.UnitPrice)}",
                Join(p.Reason, t.Label(p.ReasonCategory), p.ContractNumber),
            }));
            Section(html, t, t.Assets, [t.Name, t.Assets, t.Warranty], c.Assets.Select(a => new[]
            {
                Join(a.Make, a.Model, a.SerialNumber), Join(t.Label(a.Kind), a.OperatingSystem, a.Version, a.InstalledAt),
                a.WarrantyEndsOn is { } ends ? Join($"{Day(a.WarrantyStartsOn!.Value)} – {Day(ends)}", a.WarrantyTerms) : null,
            }));
            Section(html, t, t.RemoteAccess, [t.Name, t.Date], c.RemoteAccess.Select(r => new[] { Join(r.Tool, r.Host, r.Username), Time(r.CreatedAt) }));
            Section(html, t, t.Contacts, [t.When, t.ChannelHeading, t.Name, t.Notes], c.Contacts.Select(x => new[]
            {
                Time(x.At), t.Label(x.Channel), Join(x.Topic, x.ProductGroup), Join(x.Notes, x.Outcome, x.FollowUpOn is { } f ? Day(f) : null),
            }));
            Section(html, t, t.Interests, [t.Name, t.Source, t.Date], c.Interests.Select(i => new[] { i.Tag, t.Sources[i.Source], Time(i.CreatedAt) }));
            Section(html, t, t.Problems, [t.Date, t.Name, t.Status, t.Source], c.Problems.Select(p => new[]
            {
                Time(p.ReportedAt), Join(p.Description, p.ProductGroup), t.Label(p.Status), t.Sources[p.Source],
            }));
            Section(html, t, t.Invoices, [t.Name, t.Date, t.Amount, t.Status], c.Invoices.Select(i => new[]
            {
                Join(i.InvoiceNumber.ToString(CultureInfo.InvariantCulture), i.ReferenceNumber), $"{Day(i.IssuedOn)} – {Day(i.DueOn)}",
                $"{Number(i.Amount)} (ALV/VAT {Number(i.VatAmount)})", t.Label(i.Status),
            }));
            Section(html, t, t.Recordings, [t.Name, t.Date], c.Recordings.Select(r => new[] { r.FileName, Time(r.CreatedAt) }));
            if (c.Recordings.Count > 0) html.Append("<p class=\"note\">").Append(E(t.RecordingsOnRequest)).Append("</p>");
            secretsHeld |= c.RemoteAccess.Count > 0 || c.Assets.Any(a => a.LicenceKeyHeld);
        }
        if (secretsHeld) html.Append("<p class=\"note\">").Append(E(t.SecretsHeld)).Append("</p>");

        Section(html, t, t.Consents, [t.When, t.Purpose, t.ChannelHeading, t.Status, t.Source, t.Evidence, t.NoticeVersion],
            person.Consents.Select(x => new[]
            {
                Time(x.At), Join(x.Purpose, x.ProductGroup), t.Label(x.Channel), t.ConsentActions[x.Action], t.Label(x.Source),
                Join(x.Evidence, staffNames ? x.RecordedBy : null), x.NoticeVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }));
        Section(html, t, t.Prohibitions, [t.When, t.Name, t.ChannelHeading, t.Source, t.Lifted], person.Prohibitions.Select(p => new[]
        {
            Time(p.CreatedAt), Join(t.Label(p.Kind), p.Reason), t.Label(p.Channel), t.Sources[p.Source],
            p.LiftedAt is { } lifted ? Time(lifted) : null,
        }));
        Section(html, t, t.RegisterMatches, [t.Name, t.Date, t.Why, t.InForce], person.RegisterMatches.Select(m => new[]
        {
            m.Register, Day(m.FileDate), string.Join(", ", m.Reasons.Select(r => t.Label(r))), m.InForce ? t.Yes : t.No,
        }));
        Section(html, t, t.Disclosures, [t.When, t.Recipient, t.Country, t.Safeguard, t.Categories, t.Why], person.Disclosures.Select(x => new[]
        {
            Time(x.At), Join(x.Recipient, t.Label(x.RecipientType)), x.Country,
            x.Safeguard is { } s ? Join(t.Label(s), x.SafeguardReference) : null, string.Join(", ", x.DataCategories),
            Join(x.Purpose, t.LegalBases[x.LegalBasis], x.LegalReference),
        }));
        Section(html, t, t.SelectionExports, [t.When, t.Selection, t.Purpose, t.ChannelHeading, t.AccessLevelHeading], person.SelectionExports.Select(x => new[]
        {
            Time(x.At), x.Selection, x.Purpose, t.Label(x.Channel), Join(Level(t, x.ExportedByLevel), x.ExportedBy),
        }));
        html.Append("<h3>").Append(E(t.Uses)).Append("</h3>");
        if (!staffNames) html.Append("<p class=\"note\">").Append(E(t.StaffNamesWithheld)).Append("</p>");
        Table(html, staffNames ? [t.When, t.Operation, t.Purpose, t.AccessLevelHeading, t.StaffName] : [t.When, t.Operation, t.Purpose, t.AccessLevelHeading],
            person.Uses.Select(u => staffNames
                ? new[] { Time(u.At), u.Operation, t.UsePurposes[u.Purpose], Level(t, u.AccessLevel), u.StaffName }
                : [Time(u.At), u.Operation, t.UsePurposes[u.Purpose], Level(t, u.AccessLevel)]), t);
    }

    private static void Section(StringBuilder html, AccessReportTexts t, string heading, string[] headers, IEnumerable<string?[]> rows)
    {
        html.Append("<h3>").Append(E(heading)).Append("</h3>");
        Table(html, headers, rows, t);
    }

    private static void Table(StringBuilder html, string[] headers, IEnumerable<string?[]> rows, AccessReportTexts t)
    {
        var any = false;
        foreach (var row in rows)
        {
            if (!any)
            {
                html.Append("<table><thead><tr>");
                foreach (var header in headers) html.Append("<th>").Append(E(header)).Append("</th>");
                html.Append("</tr></thead><tbody>");
                any = true;
            }
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(E(cell)).Append("</td>");
            html.Append("</tr>");
        }
        html.Append(any ? "</tbody></table>" : $"<p>{E(t.None)}</p>");
    }

    private static string? Level(AccessReportTexts t, Domain.Users.AccessLevel? level) => level is { } known ? t.Label(known) : null;

    /// <summary>
    /// Encodes every character that means something in markup (&amp; &lt; &gt; and both quotes), so no value can open an element or
    /// leave an attribute; everything else stays as written (a UTF-8 page), readable in any script, phone numbers' + included.
    /// </summary>
    private static string E(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        var encoded = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => encoded.Append("&amp;"),
                '<' => encoded.Append("&lt;"),
                '>' => encoded.Append("&gt;"),
                '"' => encoded.Append("&quot;"),
                '\'' => encoded.Append("&#39;"),
                _ => encoded.Append(c),
            };
        }
        return encoded.ToString();
    }

    private static string? Join(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
