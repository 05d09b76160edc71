using HsWorks.Domain.Common;
using HsWorks.Domain.Purposes;

namespace HsWorks.Domain.Register;

/// <summary>
/// What a data category (the codes purposes, recipients and disclosures name) holds, in the register's three languages, and its W3C
/// Data Privacy Vocabulary personal-data terms. One table, used by the privacy notice and the record of processing alike; a category
/// without an entry reads as its code and maps to no term.
/// </summary>
public static class DataCategoryCatalogue
{
    private static readonly Dictionary<string, (LocalisedText Label, string[] PersonalData)> Entries = new()
    {
        ["basic"] = (new("Perustiedot: nimi, osoite, puhelin- ja matkapuhelinnumero, sähköpostiosoite ja asiointikieli",
                "Grunduppgifter: namn, adress, telefon- och mobilnummer, e-postadress och språk",
                "Basic details: name, address, phone and mobile number, e-mail address and language"),
            ["Name", "PhysicalAddress", "TelephoneNumber", "EmailAddress", "Language"]),
        ["email"] = (new("Sähköpostiosoite", "E-postadress", "E-mail address"), ["EmailAddress"]),
        ["phone"] = (new("Puhelin- ja matkapuhelinnumero", "Telefon- och mobilnummer", "Phone and mobile number"), ["TelephoneNumber"]),
        ["address"] = (new("Postiosoite", "Postadress", "Postal address"), ["PhysicalAddress"]),
        ["identityCode"] = (new("Henkilötunnus", "Personbeteckning", "Personal identity code"), ["OfficialID"]),
        ["contract"] = (new("Asiakkuus- ja sopimustiedot: hankitut tuotteet ja palvelut, hankinnan syyt, takuut ja myyjä",
                "Kund- och avtalsuppgifter: köpta produkter och tjänster, skälen till köpen, garantier och säljare",
                "Customer and contract data: products and services acquired, the reasons for acquiring them, warranties and the seller"),
            ["PurchasesAndSpendingHabit", "Transaction"]),
        ["devices"] = (new("Asiakkaan laitteet, ohjelmistot ja etäyhteystiedot", "Kundens enheter, programvara och fjärranslutningsuppgifter",
                "The customer's devices, software and remote-connection data"),
            ["DeviceSoftware", "DeviceOperatingSystem"]),
        ["contacts"] = (new("Asiakaskontaktien historia", "Historik över kundkontakter", "Customer contact history"),
            ["Communication", "CommunicationsMetadata"]),
        ["problems"] = (new("Asiakkaan esittämät tai muuten esille tulleet ongelmat", "Problem som kunden tagit upp eller som kommit fram på annat sätt",
                "Problems the customer raised or that came up otherwise"),
            ["Communication"]),
        ["interests"] = (new("Kiinnostuksen kohteet ja muut itse annetut tiedot", "Intressen och andra uppgifter som personen själv gett",
                "Interests and other data the person gave"),
            ["Interest"]),
        ["invoicing"] = (new("Laskutus- ja perintätiedot", "Fakturerings- och indrivningsuppgifter", "Invoicing and debt-collection data"),
            ["Transaction", "Financial"]),
        ["recordings"] = (new("Asiakaspuheluiden tallenteet ja muu tallennettu asiakaspalveluviestintä",
                "Inspelningar av kundsamtal och annan sparad kundtjänstkommunikation",
                "Recordings of customer calls and other stored customer-service communication"),
            ["VoiceCommunicationRecording"]),
    };

    public static string Label(string category, string language) =>
        Entries.TryGetValue(category, out var entry) ? entry.Label.In(language) : category;

    /// <summary>The category's terms as full IRIs (<c>https://w3id.org/dpv/pd#Name</c>, …).</summary>
    public static IReadOnlyList<string> PersonalDataTerms(string category) =>
        Entries.TryGetValue(category, out var entry) ? [.. entry.PersonalData.Select(t => DataPrivacyVocabulary.PersonalData + t)] : [];
}

/// <summary>The W3C Data Privacy Vocabulary (https://w3id.org/dpv) identifiers the record of processing carries, so other privacy tools can read it.</summary>
public static class DataPrivacyVocabulary
{
    public const string Core = "https://w3id.org/dpv#";
    public const string PersonalData = "https://w3id.org/dpv/pd#";
    public const string Gdpr = "https://w3id.org/dpv/legal/eu/gdpr#";

    /// <summary>The legal basis as a DPV concept (<c>dpv:Consent</c>, …): DPV names the four bases as <see cref="LegalBasis"/> does.</summary>
    public static string LegalBasisTerm(LegalBasis basis) => Enum.IsDefined(basis) ? Core + basis : throw new ArgumentOutOfRangeException(nameof(basis));

    /// <summary>The GDPR article of the legal basis as a DPV-GDPR term (<c>A6-1-a</c>, …).</summary>
    public static string GdprArticleTerm(LegalBasis basis) => Gdpr + GdprArticle(basis);

    /// <summary>Art. 6(1)(a)–(f) as DPV-GDPR writes it.</summary>
    public static string GdprArticle(LegalBasis basis) => basis switch
    {
        LegalBasis.Consent => "A6-1-a",
        LegalBasis.Contract => "A6-1-b",
        LegalBasis.LegalObligation => "A6-1-c",
        LegalBasis.LegitimateInterest => "A6-1-f",
        _ => throw new ArgumentOutOfRangeException(nameof(basis)),
    };

    // The data-subject terms are written out whole: a bare "Consumer" would read as CustomerType.Consumer (ClosedSetLiteralTests).
    /// <summary>Consumer customers: persons buying for their own use.</summary>
    public const string Consumer = "https://w3id.org/dpv#Consumer";

    /// <summary>Customers' data subjects: here the contact persons of organisation customers.</summary>
    public const string Customer = "https://w3id.org/dpv#Customer";

    /// <summary>Persons who use the services and call the helpdesk.</summary>
    public const string User = "https://w3id.org/dpv#User";

    /// <summary>Persons who subscribed to marketing by their consent.</summary>
    public const string Subscriber = "https://w3id.org/dpv#Subscriber";

    /// <summary>The GDPR article a transfer outside the EU/EEA rests on, by its safeguard: an adequacy decision (Art. 45(3)), binding corporate rules (Art. 46(2)(b)) or standard contractual clauses (Art. 46(2)(c)).</summary>
    public static string SafeguardTerm(Disclosures.SafeguardKind kind) => Gdpr + kind switch
    {
        Disclosures.SafeguardKind.AdequacyDecision => "A45-3",
        Disclosures.SafeguardKind.BindingCorporateRules => "A46-2-b",
        Disclosures.SafeguardKind.StandardContractualClauses => "A46-2-c",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
