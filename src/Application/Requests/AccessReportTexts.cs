using HsWorks.Domain.Audit;
using HsWorks.Domain.Consents;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Purposes;

namespace HsWorks.Application.Requests;

/// <summary>
/// Every text of the printable access report, one instance per language (Finnish, Swedish, English) — the one place to read or
/// correct the report's wording. Values (names, dates, codes) come from the register, never from here.
/// </summary>
internal sealed record AccessReportTexts(
    string Title, string Intro, string GeneratedAt, string Person, string BasicDetails, string Source, string Name, string Email, string Phone,
    string Mobile, string LanguageLabel, string IdentityCode, string Address, string NonDisclosure, string Yes, string No,
    string Customers, string CustomerNumber, string Role, string CustomerSince, string Purchases, string Assets, string Warranty,
    string RemoteAccess, string Contacts, string Interests, string Problems, string Invoices, string Recordings, string RecordingsOnRequest,
    string SecretsHeld, string Consents, string Prohibitions, string RegisterMatches, string InForce, string Disclosures, string Recipient,
    string Country, string Safeguard, string Categories, string Why, string SelectionExports, string Selection, string Purpose, string Channel,
    string When, string Uses, string Operation, string AccessLevel, string StaffName, string StaffNamesWithheld, string Purposes,
    string LegalBasisLabel, string Retention, string Rights, IReadOnlyList<string> RightsList, string Complaint, string NoAutomatedDecisions,
    string None, string Evidence, string Lifted, string Status, string Amount, string Date, string ProductGroup, string Notes,
    IReadOnlyDictionary<DataSource, string> Sources, IReadOnlyDictionary<LegalBasis, string> LegalBases,
    IReadOnlyDictionary<UsePurpose, string> UsePurposes, IReadOnlyDictionary<ConsentAction, string> ConsentActions)
{
    public static AccessReportTexts For(Language language) => language switch
    {
        Language.Sv => Swedish,
        Language.En => English,
        _ => Finnish,
    };

    public static readonly AccessReportTexts Finnish = new(
        Title: "Selvitys henkilötiedoistasi", Intro: "HS-Works Oy:n asiakasrekisteriin tallennetut tietosi ja niiden käyttö (EU:n tietosuoja-asetuksen 15 artikla).",
        GeneratedAt: "Laadittu", Person: "Henkilö", BasicDetails: "Perustiedot", Source: "Lähde", Name: "Nimi", Email: "Sähköposti", Phone: "Puhelin",
        Mobile: "Matkapuhelin", LanguageLabel: "Asiointikieli", IdentityCode: "Henkilötunnus", Address: "Osoite", NonDisclosure: "Turvakielto", Yes: "Kyllä", No: "Ei",
        Customers: "Asiakkuudet", CustomerNumber: "Asiakasnumero", Role: "Rooli", CustomerSince: "Asiakkaana alkaen", Purchases: "Ostot", Assets: "Laitteet ja ohjelmistot",
        Warranty: "Takuu", RemoteAccess: "Etäyhteydet", Contacts: "Yhteydenotot", Interests: "Kiinnostuksen kohteet", Problems: "Ongelmat", Invoices: "Laskut",
        Recordings: "Tallenteet", RecordingsOnRequest: "Tallenteiden ääni toimitetaan pyynnöstä: pyydä sitä tietosuojavastaavalta, joka toimittaa tiedostot suojatusti.",
        SecretsHeld: "Etäyhteyksien salasanat ja ohjelmistojen lisenssiavaimet säilytetään salattuina, eikä niitä tulosteta tähän selvitykseen. Ne annetaan pyynnöstä suojattua kanavaa pitkin vahvan tunnistamisen jälkeen.",
        Consents: "Suostumukset ja niiden historia", Prohibitions: "Kiellot", RegisterMatches: "Kieltorekisterien osumat", InForce: "Voimassa",
        Disclosures: "Tietojesi luovutukset", Recipient: "Vastaanottaja", Country: "Maa", Safeguard: "Siirron suojatoimi", Categories: "Tietoryhmät", Why: "Peruste",
        SelectionExports: "Markkinointipoiminnat, joihin olet sisältynyt", Selection: "Poiminta", Purpose: "Käyttötarkoitus", Channel: "Kanava", When: "Aika",
        Uses: "Miten tietojasi on käytetty", Operation: "Toimenpide", AccessLevel: "Käyttäjän käyttöoikeustaso", StaffName: "Käyttäjä",
        StaffNamesWithheld: "Käyttäjien nimiä ei anneta, vain heidän käyttöoikeustasonsa (EUT C-579/21); nimet annetaan, jos ne ovat välttämättömiä oikeuksiesi käyttämiseksi.",
        Purposes: "Käsittelyn tarkoitukset, oikeusperusteet ja säilytysajat", LegalBasisLabel: "Oikeusperuste", Retention: "Säilytysaika",
        Rights: "Oikeutesi",
        RightsList:
        [
            "Oikeus saada pääsy tietoihisi (15 artikla) — tämä selvitys.",
            "Oikeus tietojen oikaisemiseen (16 artikla).",
            "Oikeus tietojen poistamiseen (17 artikla).",
            "Oikeus käsittelyn rajoittamiseen (18 artikla).",
            "Oikeus siirtää tiedot järjestelmästä toiseen (20 artikla).",
            "Oikeus vastustaa käsittelyä, myös suoramarkkinointia milloin tahansa (21 artikla).",
            "Oikeus peruuttaa suostumus milloin tahansa; peruutus ei vaikuta aiemman käsittelyn lainmukaisuuteen.",
            "Käytä oikeuksiasi ottamalla yhteyttä HS-Works Oy:n tietosuojavastaavaan kirjeellä, sähköpostilla tai käymällä; vastaamme kuukauden kuluessa.",
        ],
        Complaint: "Sinulla on oikeus tehdä valitus valvontaviranomaiselle: Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki, tietosuoja.fi.",
        NoAutomatedDecisions: "Tietojasi ei käytetä automaattiseen päätöksentekoon eikä profilointiin (22 artikla).",
        None: "Ei tietoja.", Evidence: "Todiste", Lifted: "Poistettu", Status: "Tila", Amount: "Summa", Date: "Päivä", ProductGroup: "Tuoteryhmä", Notes: "Muistiinpanot",
        Sources: new Dictionary<DataSource, string>
        {
            [DataSource.Subject] = "Itse antamasi", [DataSource.Order] = "Tilaus", [DataSource.ServiceUse] = "Palvelun käyttö",
            [DataSource.PopulationRegister] = "Väestötietojärjestelmä", [DataSource.PartnerRegister] = "Yhteistyökumppanin rekisteri",
            [DataSource.ProhibitionRegister] = "Kieltorekisteri", [DataSource.Staff] = "Henkilökunnan kirjaama",
        },
        LegalBases: new Dictionary<LegalBasis, string>
        {
            [LegalBasis.Consent] = "Suostumus", [LegalBasis.Contract] = "Sopimus", [LegalBasis.LegalObligation] = "Lakisääteinen velvoite",
            [LegalBasis.LegitimateInterest] = "Oikeutettu etu",
        },
        UsePurposes: new Dictionary<UsePurpose, string>
        {
            [UsePurpose.CustomerRelationship] = "Asiakaspalvelu", [UsePurpose.InvoicesAndPayments] = "Laskutus", [UsePurpose.DirectMarketing] = "Suoramarkkinointi",
            [UsePurpose.DisclosingToRecipients] = "Luovutus", [UsePurpose.ConsentsAndBans] = "Suostumusten ja kieltojen hoito",
            [UsePurpose.NonDisclosureMarking] = "Turvakiellon hoito", [UsePurpose.DataSubjectRights] = "Rekisteröidyn oikeuksien toteuttaminen",
            [UsePurpose.SystemAdministration] = "Ylläpito",
        },
        ConsentActions: new Dictionary<ConsentAction, string> { [ConsentAction.Given] = "Annettu", [ConsentAction.Withdrawn] = "Peruttu" });

    public static readonly AccessReportTexts Swedish = new(
        Title: "Utredning om dina personuppgifter", Intro: "Dina uppgifter i HS-Works Oy:s kundregister och hur de har använts (artikel 15 i EU:s dataskyddsförordning).",
        GeneratedAt: "Upprättad", Person: "Person", BasicDetails: "Grunduppgifter", Source: "Källa", Name: "Namn", Email: "E-post", Phone: "Telefon",
        Mobile: "Mobiltelefon", LanguageLabel: "Kontaktspråk", IdentityCode: "Personbeteckning", Address: "Adress", NonDisclosure: "Spärrmarkering", Yes: "Ja", No: "Nej",
        Customers: "Kundrelationer", CustomerNumber: "Kundnummer", Role: "Roll", CustomerSince: "Kund sedan", Purchases: "Köp", Assets: "Utrustning och programvara",
        Warranty: "Garanti", RemoteAccess: "Fjärranslutningar", Contacts: "Kontakter", Interests: "Intressen", Problems: "Problem", Invoices: "Fakturor",
        Recordings: "Inspelningar", RecordingsOnRequest: "Inspelningarnas ljud lämnas ut på begäran: be dataskyddsombudet om det, så levereras filerna skyddat.",
        SecretsHeld: "Lösenord för fjärranslutningar och licensnycklar för programvara förvaras krypterade och skrivs inte ut i denna utredning. De lämnas ut på begäran via en skyddad kanal efter stark identifiering.",
        Consents: "Samtycken och deras historik", Prohibitions: "Förbud", RegisterMatches: "Träffar i spärregister", InForce: "I kraft",
        Disclosures: "Utlämnanden av dina uppgifter", Recipient: "Mottagare", Country: "Land", Safeguard: "Skyddsåtgärd för överföring", Categories: "Uppgiftskategorier", Why: "Grund",
        SelectionExports: "Marknadsföringsurval som du ingått i", Selection: "Urval", Purpose: "Ändamål", Channel: "Kanal", When: "Tid",
        Uses: "Hur dina uppgifter har använts", Operation: "Åtgärd", AccessLevel: "Användarens behörighetsnivå", StaffName: "Användare",
        StaffNamesWithheld: "Användarnas namn lämnas inte ut, bara deras behörighetsnivå (EUD C-579/21); namnen lämnas ut om de är nödvändiga för att du ska kunna utöva dina rättigheter.",
        Purposes: "Ändamål, rättsliga grunder och lagringstider", LegalBasisLabel: "Rättslig grund", Retention: "Lagringstid",
        Rights: "Dina rättigheter",
        RightsList:
        [
            "Rätt till tillgång till dina uppgifter (artikel 15) — denna utredning.",
            "Rätt till rättelse (artikel 16).",
            "Rätt till radering (artikel 17).",
            "Rätt till begränsning av behandling (artikel 18).",
            "Rätt till dataportabilitet (artikel 20).",
            "Rätt att invända mot behandling, också mot direktmarknadsföring när som helst (artikel 21).",
            "Rätt att när som helst återkalla ditt samtycke; återkallelsen påverkar inte lagligheten av tidigare behandling.",
            "Utöva dina rättigheter genom att kontakta HS-Works Oy:s dataskyddsombud per brev, e-post eller personligen; vi svarar inom en månad.",
        ],
        Complaint: "Du har rätt att lämna in klagomål till tillsynsmyndigheten: Dataombudsmannens byrå, PB 800, 00531 Helsingfors, tietosuoja.fi.",
        NoAutomatedDecisions: "Dina uppgifter används inte för automatiserat beslutsfattande eller profilering (artikel 22).",
        None: "Inga uppgifter.", Evidence: "Bevis", Lifted: "Upphävt", Status: "Status", Amount: "Belopp", Date: "Datum", ProductGroup: "Produktgrupp", Notes: "Anteckningar",
        Sources: new Dictionary<DataSource, string>
        {
            [DataSource.Subject] = "Lämnat av dig", [DataSource.Order] = "Beställning", [DataSource.ServiceUse] = "Användning av tjänsten",
            [DataSource.PopulationRegister] = "Befolkningsdatasystemet", [DataSource.PartnerRegister] = "Samarbetspartners register",
            [DataSource.ProhibitionRegister] = "Spärregister", [DataSource.Staff] = "Registrerat av personalen",
        },
        LegalBases: new Dictionary<LegalBasis, string>
        {
            [LegalBasis.Consent] = "Samtycke", [LegalBasis.Contract] = "Avtal", [LegalBasis.LegalObligation] = "Rättslig förpliktelse",
            [LegalBasis.LegitimateInterest] = "Berättigat intresse",
        },
        UsePurposes: new Dictionary<UsePurpose, string>
        {
            [UsePurpose.CustomerRelationship] = "Kundtjänst", [UsePurpose.InvoicesAndPayments] = "Fakturering", [UsePurpose.DirectMarketing] = "Direktmarknadsföring",
            [UsePurpose.DisclosingToRecipients] = "Utlämnande", [UsePurpose.ConsentsAndBans] = "Hantering av samtycken och förbud",
            [UsePurpose.NonDisclosureMarking] = "Hantering av spärrmarkering", [UsePurpose.DataSubjectRights] = "Den registrerades rättigheter",
            [UsePurpose.SystemAdministration] = "Systemadministration",
        },
        ConsentActions: new Dictionary<ConsentAction, string> { [ConsentAction.Given] = "Givet", [ConsentAction.Withdrawn] = "Återkallat" });

    public static readonly AccessReportTexts English = new(
        Title: "Report on your personal data", Intro: "Your data in HS-Works Oy's customer register and how it has been used (Article 15 of the EU General Data Protection Regulation).",
        GeneratedAt: "Generated", Person: "Person", BasicDetails: "Basic details", Source: "Source", Name: "Name", Email: "E-mail", Phone: "Phone",
        Mobile: "Mobile", LanguageLabel: "Language", IdentityCode: "Personal identity code", Address: "Address", NonDisclosure: "Non-disclosure marking", Yes: "Yes", No: "No",
        Customers: "Customer relationships", CustomerNumber: "Customer number", Role: "Role", CustomerSince: "Customer since", Purchases: "Purchases", Assets: "Devices and software",
        Warranty: "Warranty", RemoteAccess: "Remote access", Contacts: "Contact history", Interests: "Interests", Problems: "Problems", Invoices: "Invoices",
        Recordings: "Recordings", RecordingsOnRequest: "The audio of the recordings is supplied on request: ask the data protection officer, who delivers the files securely.",
        SecretsHeld: "Remote-access passwords and software licence keys are kept encrypted and are not printed in this report. They are given on request through a secure channel after strong identification.",
        Consents: "Consents and their history", Prohibitions: "Prohibitions", RegisterMatches: "Prohibition register matches", InForce: "In force",
        Disclosures: "Disclosures of your data", Recipient: "Recipient", Country: "Country", Safeguard: "Transfer safeguard", Categories: "Data categories", Why: "Grounds",
        SelectionExports: "Marketing selections you were included in", Selection: "Selection", Purpose: "Purpose", Channel: "Channel", When: "When",
        Uses: "How your data has been used", Operation: "Operation", AccessLevel: "User's access level", StaffName: "User",
        StaffNamesWithheld: "Staff names are not given, only their access level (CJEU C-579/21); names are given where they are essential for you to exercise your rights.",
        Purposes: "Purposes, legal bases and retention periods", LegalBasisLabel: "Legal basis", Retention: "Retention",
        Rights: "Your rights",
        RightsList:
        [
            "Right of access to your data (Article 15) — this report.",
            "Right to rectification (Article 16).",
            "Right to erasure (Article 17).",
            "Right to restriction of processing (Article 18).",
            "Right to data portability (Article 20).",
            "Right to object to processing, and to direct marketing at any time (Article 21).",
            "Right to withdraw a consent at any time; withdrawal does not affect the lawfulness of earlier processing.",
            "Use your rights by contacting HS-Works Oy's data protection officer by letter, e-mail or in person; we answer within one month.",
        ],
        Complaint: "You have the right to lodge a complaint with the supervisory authority: the Office of the Data Protection Ombudsman (Tietosuojavaltuutetun toimisto), P.O. Box 800, 00531 Helsinki, tietosuoja.fi.",
        NoAutomatedDecisions: "Your data is not used for automated decision-making or profiling (Article 22).",
        None: "None.", Evidence: "Evidence", Lifted: "Lifted", Status: "Status", Amount: "Amount", Date: "Date", ProductGroup: "Product group", Notes: "Notes",
        Sources: new Dictionary<DataSource, string>
        {
            [DataSource.Subject] = "Given by you", [DataSource.Order] = "An order", [DataSource.ServiceUse] = "Use of the service",
            [DataSource.PopulationRegister] = "Population Information System", [DataSource.PartnerRegister] = "Partner's register",
            [DataSource.ProhibitionRegister] = "Prohibition register", [DataSource.Staff] = "Recorded by staff",
        },
        LegalBases: new Dictionary<LegalBasis, string>
        {
            [LegalBasis.Consent] = "Consent (Art. 6(1)(a))", [LegalBasis.Contract] = "Contract (Art. 6(1)(b))",
            [LegalBasis.LegalObligation] = "Legal obligation (Art. 6(1)(c))", [LegalBasis.LegitimateInterest] = "Legitimate interest (Art. 6(1)(f))",
        },
        UsePurposes: new Dictionary<UsePurpose, string>
        {
            [UsePurpose.CustomerRelationship] = "Customer service", [UsePurpose.InvoicesAndPayments] = "Invoices and payments", [UsePurpose.DirectMarketing] = "Direct marketing",
            [UsePurpose.DisclosingToRecipients] = "Disclosures to recipients", [UsePurpose.ConsentsAndBans] = "Managing consents and prohibitions",
            [UsePurpose.NonDisclosureMarking] = "Managing the non-disclosure marking", [UsePurpose.DataSubjectRights] = "Your rights as a data subject",
            [UsePurpose.SystemAdministration] = "System administration",
        },
        ConsentActions: new Dictionary<ConsentAction, string> { [ConsentAction.Given] = "Consent given", [ConsentAction.Withdrawn] = "Consent withdrawn" });
}
