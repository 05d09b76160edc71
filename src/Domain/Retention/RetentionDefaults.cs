namespace HsWorks.Domain.Retention;

/// <summary>One seeded rule: the terms and the reason in fi, sv and en.</summary>
public sealed record RetentionDefault(string Category, int Period, PeriodUnit Unit, RetentionStart Start, RetentionAction Action, string Fi, string Sv, string En);

/// <summary>
/// The rules a new register starts with (issue 13, R10.1); the data protection officer edits them from then on. Statutory minimums
/// where a statute sets one (Accounting Act 1336/1997 ch. 2 s. 10), otherwise the documented periods the reasons give.
/// </summary>
public static class RetentionDefaults
{
    private const string RelationshipFi = "Asiakassuhteen ajan ja 3 vuotta sen päättymisestä (vanhentumislain 728/2003 3 vuoden yleinen vanhentumisaika).";
    private const string RelationshipSv = "Under kundrelationen och 3 år efter att den upphört (preskriptionslagens 728/2003 allmänna preskriptionstid på 3 år).";
    private const string RelationshipEn = "For the customer relationship and 3 years after it ends (the general 3-year limitation period of the Limitation Act 728/2003).";

    public static IReadOnlyList<RetentionDefault> All { get; } =
    [
        new(RetentionCategories.Basic, 3, PeriodUnit.Years, RetentionStart.RelationshipEnded, RetentionAction.Anonymise,
            RelationshipFi + " Kun viimeinenkin käsittelyperuste on päättynyt, henkilön tiedot anonymisoidaan; lain vuoksi säilytettävät tiedot säilyvät omien aikojensa.",
            RelationshipSv + " När den sista grunden har upphört anonymiseras personens uppgifter; uppgifter som lagen kräver sparas sina egna tider.",
            RelationshipEn + " When the last legal basis has lapsed the person is anonymised; data the law keeps stays for its own period."),
        new(RetentionCategories.Contract, 3, PeriodUnit.Years, RetentionStart.RelationshipEnded, RetentionAction.Delete, RelationshipFi, RelationshipSv, RelationshipEn),
        new(RetentionCategories.Devices, 3, PeriodUnit.Years, RetentionStart.RelationshipEnded, RetentionAction.Delete, RelationshipFi, RelationshipSv, RelationshipEn),
        new(RetentionCategories.Contacts, 3, PeriodUnit.Years, RetentionStart.RelationshipEnded, RetentionAction.Delete, RelationshipFi, RelationshipSv, RelationshipEn),
        new(RetentionCategories.Problems, 3, PeriodUnit.Years, RetentionStart.RelationshipEnded, RetentionAction.Delete, RelationshipFi, RelationshipSv, RelationshipEn),
        new(RetentionCategories.Interests, 0, PeriodUnit.Days, RetentionStart.LastConsentWithdrawn, RetentionAction.Delete,
            "Kunnes kiinnostus poistetaan, suostumus perutaan tai asiakassuhde päättyy.",
            "Tills intresset tas bort, samtycket återkallas eller kundrelationen upphör.",
            "Until the interest is removed, the consent is withdrawn or the customer relationship ends."),
        new(RetentionCategories.Invoicing, 6, PeriodUnit.Years, RetentionStart.FinancialYearEndCalendarYear, RetentionAction.Delete,
            "Laskut ja tositteet: kirjanpitolain (1336/1997) 2 luvun 10 §:n mukaan 6 vuotta sen kalenterivuoden lopusta, jonka aikana tilikausi päättyi.",
            "Fakturor och verifikationer: enligt bokföringslagen (1336/1997) 2 kap. 10 § 6 år från utgången av det kalenderår då räkenskapsperioden upphörde.",
            "Invoices and vouchers: under the Accounting Act (1336/1997) chapter 2 section 10, 6 years from the end of the calendar year in which the financial year ended."),
        new(RetentionCategories.Ledgers, 10, PeriodUnit.Years, RetentionStart.FinancialYearEnd, RetentionAction.Delete,
            "Kirjanpitokirjat ja tilinpäätös: kirjanpitolain (1336/1997) 2 luvun 10 §:n mukaan 10 vuotta tilikauden päättymisestä.",
            "Bokföringsböcker och bokslut: enligt bokföringslagen (1336/1997) 2 kap. 10 § 10 år från räkenskapsperiodens utgång.",
            "Ledgers and financial statements: under the Accounting Act (1336/1997) chapter 2 section 10, 10 years from the end of the financial year."),
        new(RetentionCategories.Recordings, 6, PeriodUnit.Months, RetentionStart.RecordingDate, RetentionAction.Delete,
            "Puhelutallenteet 6 kuukautta tallentamisesta: aika riittää asian selvittämiseen ja väärinkäytösten estämiseen; mikään laki ei säädä aikaa.",
            "Samtalsinspelningar 6 månader från inspelningen: tiden räcker för att utreda ärendet och förebygga missbruk; ingen lag föreskriver tiden.",
            "Call recordings 6 months from the recording: long enough to settle the matter and to prevent misuse; no statute sets the period."),
        new(RetentionCategories.ConsentEvidence, 3, PeriodUnit.Years, RetentionStart.LastConsentWithdrawn, RetentionAction.Delete,
            "Suostumuksen todisteet niin kauan kuin suostumus voidaan riitauttaa: 3 vuotta suostumuksen peruuttamisesta (vanhentumislaki 728/2003).",
            "Bevis på samtycke så länge samtycket kan bestridas: 3 år från återkallelsen (preskriptionslagen 728/2003).",
            "A consent's evidence as long as the consent can be disputed: 3 years from its withdrawal (Limitation Act 728/2003)."),
    ];

    /// <summary>For a category without a rule of its own: the criteria that decide it.</summary>
    public static readonly (string Fi, string Sv, string En) Undecided = (
        "Niin kauan kuin tieto on tarpeen käyttötarkoitukseen; säilytysaika ratkaistaan käyttötarkoituksen ja lakisääteisten velvoitteiden mukaan.",
        "Så länge uppgiften behövs för ändamålet; lagringstiden avgörs av ändamålet och lagstadgade skyldigheter.",
        "As long as the data is needed for the purpose; the period is decided by the purpose and by legal obligations.");
}
