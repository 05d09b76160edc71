using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Retention;
using HsWorks.Domain.Common;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Purposes;
using HsWorks.Domain.Register;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Register;

/// <summary>
/// The record of processing activities (GDPR Art. 30(1)) generated from the register's live records, per purpose, with W3C DPV
/// identifiers; in one language (default Finnish), as JSON and as a printable page.
/// </summary>
[RequiresPermission(Permission.ProcessingRecordRead)]
public sealed record GetProcessingRecord(Language? Language) : IQuery<GeneratedProcessingRecord>;

internal sealed class GetProcessingRecordHandler(IHsWorksDb db, IRetentionTexts retention, TimeProvider clock)
    : IQueryHandler<GetProcessingRecord, GeneratedProcessingRecord>
{
    public async ValueTask<GeneratedProcessingRecord> Handle(GetProcessingRecord query, CancellationToken cancellationToken)
    {
        var record = ProcessingRecordBuilder.Build(await RegisterFacts.LoadAsync(db, retention, cancellationToken), query.Language ?? Language.Fi,
            clock.GetUtcNow());
        return new GeneratedProcessingRecord(record, ProcessingRecordHtml.Render(record));
    }
}

/// <summary>Builds the record of processing from the register's facts: one activity per purpose.</summary>
internal static class ProcessingRecordBuilder
{
    private static readonly LocalisedText Consumers = new("Kuluttaja-asiakkaat", "Konsumentkunder", "Consumer customers");

    private static readonly LocalisedText ContactPersons = new("Organisaatioasiakkaiden yhteyshenkilöt", "Organisationskunders kontaktpersoner",
        "Organisation customers' contact persons");

    private static readonly LocalisedText Callers = new("Asiakaspalveluun yhteyttä ottavat ja palveluja käyttävät henkilöt",
        "Personer som kontaktar kundtjänsten och använder tjänsterna", "Persons who contact the helpdesk and use the services");

    private static readonly LocalisedText Consenting = new("Markkinointiin suostuneet henkilöt", "Personer som samtyckt till marknadsföring",
        "Persons who consented to marketing");

    public static ProcessingRecordDto Build(RegisterFacts facts, Language language, DateTimeOffset now)
    {
        var lang = PrivacyNotices.Code(language);
        var c = facts.Controller;
        var security = c.SecurityMeasures.In(lang);
        return new ProcessingRecordDto(now, language,
            new RecordController(c.Name, c.BusinessId, $"{c.Street}, {c.PostalCode} {c.City}", c.Phone, c.Email),
            new RecordContact(c.ContactName, c.ContactEmail, c.ContactPhone), security,
            [.. facts.Purposes.Select(p => Activity(facts, p, lang, security))]);
    }

    /// <summary>Whose data a purpose uses: every purpose its customers; one using contacts or recordings the callers; marketing the consenting.</summary>
    private static IEnumerable<RecordDataSubjects> DataSubjects(Purpose purpose, string lang)
    {
        yield return new RecordDataSubjects(Consumers.In(lang), DataPrivacyVocabulary.Consumer);
        yield return new RecordDataSubjects(ContactPersons.In(lang), DataPrivacyVocabulary.Customer);
        if (purpose.DataCategories.Any(c => c is "contacts" or "recordings")) yield return new RecordDataSubjects(Callers.In(lang), DataPrivacyVocabulary.User);
        if (purpose.IsMarketing) yield return new RecordDataSubjects(Consenting.In(lang), DataPrivacyVocabulary.Subscriber);
    }

    private static RecordActivity Activity(RegisterFacts facts, Purpose purpose, string lang, string security)
    {
        var recipients = facts.RecipientsOf(purpose).ToList();
        var name = purpose.NameIn(lang);
        return new RecordActivity(purpose.Code, name, purpose.IsMarketing, purpose.LegalBasis, DataPrivacyVocabulary.LegalBasisTerm(purpose.LegalBasis),
            DataPrivacyVocabulary.GdprArticleTerm(purpose.LegalBasis),
            purpose.LegalBasis == LegalBasis.LegitimateInterest ? LegitimateInterests.Of(purpose, lang) : null,
            [.. DataSubjects(purpose, lang)],
            [.. purpose.DataCategories.Select(d => new RecordDataCategory(d, DataCategoryCatalogue.Label(d, lang), DataCategoryCatalogue.PersonalDataTerms(d)))],
            [.. recipients.Select(r => new RecordRecipient(r.Name, r.Type, r.Country.Value, r.InEea))],
            [.. recipients.Where(r => !r.InEea).Select(r => new RecordTransfer(r.Name, r.Country.Value, r.Safeguard?.Kind, r.Safeguard?.Reference,
                r.Safeguard is { } s ? DataPrivacyVocabulary.SafeguardTerm(s.Kind) : null))],
            [.. purpose.DataCategories.Select(d => new RecordRetention(d, facts.Retention[d].In(lang)))],
            security);
    }
}
