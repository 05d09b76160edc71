using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Purposes;
using HsWorks.Domain.Register;

namespace HsWorks.Application.Register;

/// <summary>
/// Writes the privacy notice (GDPR Art. 13–14) in one language from the register's live records (<see cref="RegisterFacts"/>): what
/// the notice says is what the register holds. Section keys are the same in every language and version, so versions compare section
/// by section.
/// </summary>
internal static class PrivacyNoticeComposer
{
    public static readonly string[] Languages = ["fi", "sv", "en"];

    public static NoticeDocument Compose(RegisterFacts facts, string language)
    {
        var t = PrivacyNoticeTexts.For(language);
        var c = facts.Controller;
        var contact = c.ContactPhone is null ? $"{c.ContactName}, {c.ContactEmail}" : $"{c.ContactName}, {c.ContactEmail}, {c.ContactPhone}";
        var postal = $"{c.Name}, {c.Street}, {c.PostalCode} {c.City}";
        var abroad = facts.Recipients.Where(r => !r.InEea).ToList();

        NoticeSection Section(string key, string title, IEnumerable<string> lines, bool apart = false) => new(key, title, [.. lines], apart);

        return new NoticeDocument(language, t.Title,
        [
            Section("controller", t.ControllerTitle,
                [c.Name, $"{t.BusinessId}: {c.BusinessId}", $"{t.Address}: {c.Street}, {c.PostalCode} {c.City}", $"{t.Phone}: {c.Phone}", $"{t.Email}: {c.Email}"]),
            Section("contact", t.ContactTitle, [t.ContactIntro, contact]),
            // Art. 21(4): the right to object is brought to attention clearly and separately from any other information.
            Section("rightToObject", t.ObjectionTitle, [.. t.Objection, string.Format(System.Globalization.CultureInfo.InvariantCulture, t.RightsHowTo, contact)], apart: true),
            Section("purposes", t.PurposesTitle, facts.Purposes.SelectMany(p => PurposeLines(p, language, t))),
            Section("categories", t.CategoriesTitle, facts.Categories.Select(category =>
                $"{DataCategoryCatalogue.Label(category, language)} ({t.UsedFor}: " +
                $"{string.Join(", ", facts.Purposes.Where(p => p.DataCategories.Contains(category)).Select(p => p.NameIn(language)).DefaultIfEmpty("–"))})")),
            Section("sources", t.SourcesTitle, [t.SourcesIntro, .. Enum.GetValues<DataSource>().Select(s => t.Sources[s])]),
            Section("recipients", t.RecipientsTitle, facts.Recipients.Count == 0
                ? [t.NoRecipients]
                : [t.RecipientsIntro, .. facts.Recipients.Select(r => RecipientLine(r, facts, language, t))]),
            Section("transfers", t.TransfersTitle, abroad.Count == 0
                ? [t.NoTransfers]
                : [.. abroad.Select(r => TransferLine(r, t)), c.SafeguardsCopy.In(language)]),
            Section("retention", t.RetentionTitle,
                facts.Categories.Select(category => $"{DataCategoryCatalogue.Label(category, language)}: {facts.Retention[category].In(language)}")),
            Section("provision", t.ProvisionTitle, Paragraphs(c.ProvisionOfData.In(language))),
            Section("security", t.SecurityTitle, Paragraphs(c.SecurityMeasures.In(language))),
            Section("rights", t.RightsTitle, [.. t.Rights, string.Format(System.Globalization.CultureInfo.InvariantCulture, t.RightsHowTo, $"{contact}; {postal}")]),
            Section("withdrawingConsent", t.ConsentTitle, t.Consent),
            Section("complaint", t.ComplaintTitle, t.Complaint),
            Section("automatedDecisions", t.AutomatedTitle, t.Automated),
            Section("suppression", t.SuppressionTitle, t.Suppression),
        ]);
    }

    private static IEnumerable<string> PurposeLines(Purpose purpose, string language, PrivacyNoticeTexts t)
    {
        var name = purpose.NameIn(language);
        yield return $"{name}{(purpose.IsMarketing ? $" ({t.Marketing})" : string.Empty)}: {t.LegalBases[purpose.LegalBasis]}";
        if (purpose.LegalBasis == LegalBasis.LegitimateInterest)
            yield return $"{name} — {t.LegitimateInterest}: {LegitimateInterests.Of(purpose, language)}";
    }

    private static string RecipientLine(Recipient r, RegisterFacts facts, string language, PrivacyNoticeTexts t)
    {
        var purposes = r.Purposes.Count == 0
            ? string.Empty
            : $"; {t.UsedFor}: {string.Join(", ", r.Purposes.Select(code => facts.Purposes.FirstOrDefault(p => p.Code == code)?.NameIn(language) ?? code))}";
        return $"{r.Name} ({t.RecipientTypes[r.Type]}), {r.Country.Value}, {(r.InEea ? t.InsideEea : t.OutsideEea)}{purposes}";
    }

    private static string TransferLine(Recipient r, PrivacyNoticeTexts t) =>
        r.Safeguard is { } s ? $"{r.Name}, {r.Country.Value}: {t.Safeguards[s.Kind]} ({s.Reference})" : $"{r.Name}, {r.Country.Value}";

    private static IEnumerable<string> Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
