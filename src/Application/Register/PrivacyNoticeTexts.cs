using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Purposes;

namespace HsWorks.Application.Register;

/// <summary>
/// Every fixed text of the privacy notice, one instance per language (Finnish, Swedish, English) — the one place to read or correct
/// its wording. Names, addresses, purposes, recipients and retention come from the register, never from here.
/// </summary>
internal sealed record PrivacyNoticeTexts(
    string Title, string Intro, string ControllerTitle, string BusinessId, string Address, string Phone, string Email, string ContactTitle,
    string ContactIntro, string ObjectionTitle, IReadOnlyList<string> Objection, string PurposesTitle, string LegitimateInterest, string Marketing,
    string CategoriesTitle, string UsedFor, string SourcesTitle, string SourcesIntro, string RecipientsTitle, string RecipientsIntro, string NoRecipients,
    string InsideEea, string OutsideEea, string TransfersTitle, string NoTransfers, string RetentionTitle, string ProvisionTitle, string SecurityTitle,
    string RightsTitle, IReadOnlyList<string> Rights, string RightsHowTo, string ConsentTitle, IReadOnlyList<string> Consent, string ComplaintTitle,
    IReadOnlyList<string> Complaint, string AutomatedTitle, IReadOnlyList<string> Automated, string SuppressionTitle, IReadOnlyList<string> Suppression,
    string Version, string Published, string EarlierVersions, string Draft, string OtherLanguages,
    IReadOnlyDictionary<LegalBasis, string> LegalBases, IReadOnlyDictionary<DataSource, string> Sources,
    IReadOnlyDictionary<RecipientType, string> RecipientTypes, IReadOnlyDictionary<SafeguardKind, string> Safeguards)
{
    public static PrivacyNoticeTexts For(string language) => language switch
    {
        "sv" => Swedish,
        "en" => English,
        _ => Finnish,
    };

    public static readonly PrivacyNoticeTexts Finnish = new(
        Title: "Tietosuojaseloste: asiakasrekisteri",
        Intro: "Tässä selosteessa kerrotaan, miten käsittelemme henkilötietojasi asiakasrekisterissämme (EU:n tietosuoja-asetuksen 13 ja 14 artikla). Seloste muodostetaan rekisterin omista, voimassa olevista tiedoista.",
        ControllerTitle: "Rekisterinpitäjä", BusinessId: "Y-tunnus", Address: "Osoite", Phone: "Puhelin", Email: "Sähköposti",
        ContactTitle: "Yhteyshenkilö tietosuoja-asioissa",
        ContactIntro: "Tietosuojaa koskevat kysymykset ja pyynnöt:",
        ObjectionTitle: "Oikeutesi vastustaa käsittelyä",
        Objection:
        [
            "Voit milloin tahansa vastustaa tietojesi käsittelyä suoramarkkinointiin, myös siihen liittyvää profilointia; sen jälkeen tietojasi ei käsitellä tähän tarkoitukseen (21 artiklan 2 ja 3 kohta).",
            "Voit erityiseen tilanteeseesi liittyvällä perusteella vastustaa käsittelyä, joka perustuu oikeutettuun etuumme (21 artiklan 1 kohta). Lopetamme käsittelyn, ellei meillä ole huomattavan tärkeää ja perusteltua syytä, joka syrjäyttää etusi, tai ellei käsittely ole tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi.",
        ],
        PurposesTitle: "Käsittelyn tarkoitukset ja oikeusperusteet", LegitimateInterest: "Oikeutettu etu", Marketing: "markkinointi",
        CategoriesTitle: "Käsiteltävät henkilötiedot", UsedFor: "käyttötarkoitukset",
        SourcesTitle: "Mistä tiedot saadaan",
        SourcesIntro: "Säännönmukaiset tietolähteet; jokaisen tiedon lähde kirjataan rekisteriin:",
        RecipientsTitle: "Vastaanottajat ja henkilötietojen käsittelijät",
        RecipientsIntro: "Tietoja voidaan luovuttaa lainsäädännön sallimissa ja velvoittamissa rajoissa. Vastaanottajat ja käsittelijät:",
        NoRecipients: "Tietoja ei tällä hetkellä luovuteta kenellekään eikä käsittelijöitä ole.",
        InsideEea: "EU:n/ETA:n alueella", OutsideEea: "EU:n/ETA:n ulkopuolella",
        TransfersTitle: "Siirrot EU:n ja ETA:n ulkopuolelle",
        NoTransfers: "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
        RetentionTitle: "Säilytysajat", ProvisionTitle: "Onko tietojen antaminen pakollista", SecurityTitle: "Tietojen suojaus",
        RightsTitle: "Oikeutesi",
        Rights:
        [
            "Oikeus saada pääsy tietoihisi ja jäljennös niistä (15 artikla).",
            "Oikeus vaatia virheellisten tietojen oikaisemista (16 artikla).",
            "Oikeus vaatia tietojesi poistamista (17 artikla).",
            "Oikeus vaatia käsittelyn rajoittamista (18 artikla).",
            "Oikeus siirtää antamasi tiedot järjestelmästä toiseen (20 artikla).",
        ],
        RightsHowTo: "Käytä oikeuksiasi ottamalla yhteyttä: {0}. Pyyntö voi olla kirje, sähköposti, puhelu tai käynti; varmistamme henkilöllisyytesi ja vastaamme kuukauden kuluessa (jatkettavissa kahdella kuukaudella, jos pyyntöjä on paljon tai ne ovat monimutkaisia).",
        ConsentTitle: "Suostumuksen peruuttaminen",
        Consent:
        [
            "Kun käsittely perustuu suostumukseesi, voit peruuttaa sen milloin tahansa yhtä helposti kuin annoit sen. Peruuttaminen ei vaikuta ennen sitä tehdyn käsittelyn lainmukaisuuteen.",
            "Jokainen suostumus kirjataan tämän selosteen sillä hetkellä voimassa olevan version numerolla.",
        ],
        ComplaintTitle: "Oikeus valittaa valvontaviranomaiselle",
        Complaint: ["Sinulla on oikeus tehdä valitus valvontaviranomaiselle: Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki, tietosuoja.fi."],
        AutomatedTitle: "Automaattinen päätöksenteko ja profilointi",
        Automated: ["Tietojasi ei käytetä automaattiseen päätöksentekoon eikä profilointiin (22 artikla)."],
        SuppressionTitle: "Poistamisen jälkeen säilyvät estotiedot",
        Suppression:
        [
            "Kun tietosi poistetaan pyynnöstäsi, säilytämme estotiedon: henkilötunnuksestasi, sähköpostiosoitteestasi ja puhelinnumeroistasi salaisella avaimella lasketut tiivisteet.",
            "Estotiedon avulla tunnistamme, jos tietosi ovat tulossa rekisteriin uudelleen (kumppanin liidi, kieltorekisteri tai henkilökunnan kirjaus), ettei sinua lisätä uudelleen. Tiivisteistä ei voi palauttaa tietojasi.",
        ],
        Version: "Versio", Published: "Julkaistu", EarlierVersions: "Aiemmat versiot", Draft: "Luonnos (ei julkaistu)", OtherLanguages: "Kieli",
        LegalBases: new Dictionary<LegalBasis, string>
        {
            [LegalBasis.Consent] = "suostumus (6 artiklan 1 kohdan a alakohta)",
            [LegalBasis.Contract] = "sopimus tai asiakassuhde (6 artiklan 1 kohdan b alakohta)",
            [LegalBasis.LegalObligation] = "lakisääteinen velvoite (6 artiklan 1 kohdan c alakohta)",
            [LegalBasis.LegitimateInterest] = "oikeutettu etu (6 artiklan 1 kohdan f alakohta)",
        },
        Sources: new Dictionary<DataSource, string>
        {
            [DataSource.Subject] = "Sinä itse, esimerkiksi yhteydenotossa tai lomakkeella.",
            [DataSource.Order] = "Tuotteen tai palvelun tilaus.",
            [DataSource.ServiceUse] = "Palvelun käyttö (yhteydenotot, huolto, etätuki).",
            [DataSource.PopulationRegister] = "Väestötietojärjestelmä (Digi- ja väestötietovirasto): nimi- ja osoitetietojen päivitykset.",
            [DataSource.PartnerRegister] = "HS-Worksin omat ja yhteistyökumppanien rekisterit.",
            [DataSource.ProhibitionRegister] = "Suoramarkkinoinnin kieltorekisterit (Posti, ASML:n Robinson-rekisteri ja vastaavat).",
            [DataSource.Staff] = "Henkilökuntamme kirjaukset asiakaspalvelussa.",
        },
        RecipientTypes: new Dictionary<RecipientType, string>
        {
            [RecipientType.Partner] = "yhteistyökumppani", [RecipientType.Processor] = "henkilötietojen käsittelijä", [RecipientType.Authority] = "viranomainen",
        },
        Safeguards: new Dictionary<SafeguardKind, string>
        {
            [SafeguardKind.AdequacyDecision] = "komission tietosuojan riittävyyttä koskeva päätös (45 artikla)",
            [SafeguardKind.StandardContractualClauses] = "komission vakiolausekkeet (46 artiklan 2 kohdan c alakohta)",
            [SafeguardKind.BindingCorporateRules] = "yritystä koskevat sitovat säännöt (47 artikla)",
        });

    public static readonly PrivacyNoticeTexts Swedish = new(
        Title: "Dataskyddsbeskrivning: kundregister",
        Intro: "Här beskriver vi hur vi behandlar dina personuppgifter i vårt kundregister (EU:s dataskyddsförordning, artiklarna 13 och 14). Beskrivningen skapas ur registrets egna, gällande uppgifter.",
        ControllerTitle: "Personuppgiftsansvarig", BusinessId: "FO-nummer", Address: "Adress", Phone: "Telefon", Email: "E-post",
        ContactTitle: "Kontaktperson i dataskyddsfrågor",
        ContactIntro: "Frågor och begäranden om dataskydd:",
        ObjectionTitle: "Din rätt att invända mot behandling",
        Objection:
        [
            "Du kan när som helst invända mot att dina uppgifter behandlas för direktmarknadsföring, också profilering i samband med den; därefter behandlas dina uppgifter inte för detta ändamål (artikel 21.2 och 21.3).",
            "Du kan av skäl som hänför sig till din särskilda situation invända mot behandling som grundar sig på vårt berättigade intresse (artikel 21.1). Vi upphör med behandlingen om vi inte har tvingande berättigade skäl som väger tyngre än dina intressen, eller om behandlingen inte behövs för att fastställa, göra gällande eller försvara rättsliga anspråk.",
        ],
        PurposesTitle: "Ändamål och rättslig grund för behandlingen", LegitimateInterest: "Berättigat intresse", Marketing: "marknadsföring",
        CategoriesTitle: "Personuppgifter som behandlas", UsedFor: "ändamål",
        SourcesTitle: "Varifrån uppgifterna kommer",
        SourcesIntro: "Regelbundna uppgiftskällor; källan till varje uppgift antecknas i registret:",
        RecipientsTitle: "Mottagare och personuppgiftsbiträden",
        RecipientsIntro: "Uppgifter kan lämnas ut inom de gränser som lagen tillåter och kräver. Mottagare och biträden:",
        NoRecipients: "Uppgifter lämnas för närvarande inte ut till någon och det finns inga biträden.",
        InsideEea: "inom EU/EES", OutsideEea: "utanför EU/EES",
        TransfersTitle: "Överföringar utanför EU och EES",
        NoTransfers: "Uppgifter överförs inte utanför EU eller EES.",
        RetentionTitle: "Lagringstider", ProvisionTitle: "Är det obligatoriskt att lämna uppgifterna", SecurityTitle: "Skydd av uppgifterna",
        RightsTitle: "Dina rättigheter",
        Rights:
        [
            "Rätt att få tillgång till dina uppgifter och en kopia av dem (artikel 15).",
            "Rätt att få felaktiga uppgifter rättade (artikel 16).",
            "Rätt att få dina uppgifter raderade (artikel 17).",
            "Rätt att kräva begränsning av behandlingen (artikel 18).",
            "Rätt att flytta uppgifter du gett till ett annat system (artikel 20).",
        ],
        RightsHowTo: "Använd dina rättigheter genom att kontakta: {0}. Begäran kan vara ett brev, e-post, ett samtal eller ett besök; vi kontrollerar din identitet och svarar inom en månad (kan förlängas med två månader om begärandena är många eller komplicerade).",
        ConsentTitle: "Återkallande av samtycke",
        Consent:
        [
            "När behandlingen grundar sig på ditt samtycke kan du när som helst återkalla det lika enkelt som du gav det. Återkallandet påverkar inte lagligheten av behandling före det.",
            "Varje samtycke antecknas med numret på den version av denna beskrivning som gällde vid tillfället.",
        ],
        ComplaintTitle: "Rätt att klaga till tillsynsmyndigheten",
        Complaint: ["Du har rätt att lämna in klagomål till tillsynsmyndigheten: Dataombudsmannens byrå, PB 800, 00531 Helsingfors, tietosuoja.fi."],
        AutomatedTitle: "Automatiserat beslutsfattande och profilering",
        Automated: ["Dina uppgifter används inte för automatiserat beslutsfattande eller profilering (artikel 22)."],
        SuppressionTitle: "Spärruppgifter som sparas efter radering",
        Suppression:
        [
            "När dina uppgifter raderas på din begäran sparar vi en spärruppgift: hashvärden av din personbeteckning, e-postadress och dina telefonnummer, beräknade med en hemlig nyckel.",
            "Med spärruppgiften känner vi igen om dina uppgifter är på väg in i registret igen (en partners lead, ett spärregister eller personalens anteckning), så att du inte förs in på nytt. Dina uppgifter kan inte återskapas ur hashvärdena.",
        ],
        Version: "Version", Published: "Publicerad", EarlierVersions: "Tidigare versioner", Draft: "Utkast (inte publicerat)", OtherLanguages: "Språk",
        LegalBases: new Dictionary<LegalBasis, string>
        {
            [LegalBasis.Consent] = "samtycke (artikel 6.1 a)",
            [LegalBasis.Contract] = "avtal eller kundrelation (artikel 6.1 b)",
            [LegalBasis.LegalObligation] = "rättslig förpliktelse (artikel 6.1 c)",
            [LegalBasis.LegitimateInterest] = "berättigat intresse (artikel 6.1 f)",
        },
        Sources: new Dictionary<DataSource, string>
        {
            [DataSource.Subject] = "Du själv, till exempel vid en kontakt eller på ett formulär.",
            [DataSource.Order] = "En beställning av en produkt eller tjänst.",
            [DataSource.ServiceUse] = "Användning av tjänsten (kontakter, service, fjärrsupport).",
            [DataSource.PopulationRegister] = "Befolkningsdatasystemet (Myndigheten för digitalisering och befolkningsdata): uppdateringar av namn och adress.",
            [DataSource.PartnerRegister] = "HS-Works egna register och samarbetspartners register.",
            [DataSource.ProhibitionRegister] = "Spärregister för direktmarknadsföring (Posti, ASML:s Robinsonregister och motsvarande).",
            [DataSource.Staff] = "Anteckningar av vår personal i kundtjänsten.",
        },
        RecipientTypes: new Dictionary<RecipientType, string>
        {
            [RecipientType.Partner] = "samarbetspartner", [RecipientType.Processor] = "personuppgiftsbiträde", [RecipientType.Authority] = "myndighet",
        },
        Safeguards: new Dictionary<SafeguardKind, string>
        {
            [SafeguardKind.AdequacyDecision] = "kommissionens beslut om adekvat skyddsnivå (artikel 45)",
            [SafeguardKind.StandardContractualClauses] = "kommissionens standardavtalsklausuler (artikel 46.2 c)",
            [SafeguardKind.BindingCorporateRules] = "bindande företagsbestämmelser (artikel 47)",
        });

    public static readonly PrivacyNoticeTexts English = new(
        Title: "Privacy notice: customer register",
        Intro: "This notice tells how we process your personal data in our customer register (EU General Data Protection Regulation, Articles 13 and 14). It is generated from the register's own records in force.",
        ControllerTitle: "Controller", BusinessId: "Business ID", Address: "Address", Phone: "Phone", Email: "E-mail",
        ContactTitle: "Contact for data protection",
        ContactIntro: "Questions and requests about data protection:",
        ObjectionTitle: "Your right to object",
        Objection:
        [
            "You may object at any time to the processing of your data for direct marketing, including profiling related to it; your data is then no longer processed for that purpose (Article 21(2) and (3)).",
            "On grounds relating to your particular situation you may object to processing based on our legitimate interest (Article 21(1)). We stop unless we have compelling legitimate grounds that override your interests, or the processing is needed to establish, exercise or defend legal claims.",
        ],
        PurposesTitle: "Purposes and legal bases of processing", LegitimateInterest: "Legitimate interest", Marketing: "marketing purpose",
        CategoriesTitle: "Personal data processed", UsedFor: "purposes",
        SourcesTitle: "Where the data comes from",
        SourcesIntro: "The regular sources; the source of every item is recorded in the register:",
        RecipientsTitle: "Recipients and processors",
        RecipientsIntro: "Data may be disclosed within the limits the law allows and requires. Recipients and processors:",
        NoRecipients: "Data is not disclosed to anyone at present and there are no processors.",
        InsideEea: "inside the EU/EEA", OutsideEea: "outside the EU/EEA",
        TransfersTitle: "Transfers outside the EU and the EEA",
        NoTransfers: "Data is not transferred outside the EU or the EEA.",
        RetentionTitle: "Retention", ProvisionTitle: "Whether you must give the data", SecurityTitle: "Security of the data",
        RightsTitle: "Your rights",
        Rights:
        [
            "The right of access to your data and a copy of it (Article 15).",
            "The right to have inaccurate data rectified (Article 16).",
            "The right to have your data erased (Article 17).",
            "The right to restriction of processing (Article 18).",
            "The right to data portability for the data you gave (Article 20).",
        ],
        RightsHowTo: "To use your rights, contact: {0}. A request can be a letter, an e-mail, a call or a visit; we verify your identity and answer within one month (extendable by two months where requests are many or complex).",
        ConsentTitle: "Withdrawing consent",
        Consent:
        [
            "Where processing is based on your consent, you may withdraw it at any time, as easily as you gave it. Withdrawal does not affect the lawfulness of processing before it.",
            "Every consent is recorded with the number of the version of this notice in force at that moment.",
        ],
        ComplaintTitle: "The right to complain to the supervisory authority",
        Complaint: ["You have the right to lodge a complaint with the supervisory authority: the Office of the Data Protection Ombudsman (Tietosuojavaltuutetun toimisto), P.O. Box 800, 00531 Helsinki, Finland, tietosuoja.fi."],
        AutomatedTitle: "Automated decision-making and profiling",
        Automated: ["Your data is not used for automated decision-making or profiling (Article 22)."],
        SuppressionTitle: "Suppression records kept after erasure",
        Suppression:
        [
            "When your data is erased at your request, we keep a suppression record: keyed hashes of your personal identity code, e-mail address and phone numbers, computed with a secret key.",
            "The record lets us recognise your data if it is about to enter the register again (a partner's lead, a prohibition register or an entry by staff), so that you are not entered again. Your data cannot be recovered from the hashes.",
        ],
        Version: "Version", Published: "Published", EarlierVersions: "Earlier versions", Draft: "Draft (not published)", OtherLanguages: "Language",
        LegalBases: new Dictionary<LegalBasis, string>
        {
            [LegalBasis.Consent] = "consent (Article 6(1)(a))",
            [LegalBasis.Contract] = "contract or customer relationship (Article 6(1)(b))",
            [LegalBasis.LegalObligation] = "legal obligation (Article 6(1)(c))",
            [LegalBasis.LegitimateInterest] = "legitimate interest (Article 6(1)(f))",
        },
        Sources: new Dictionary<DataSource, string>
        {
            [DataSource.Subject] = "You yourself, for example when you contact us or fill in a form.",
            [DataSource.Order] = "An order of a product or service.",
            [DataSource.ServiceUse] = "Use of the service (contacts, maintenance, remote support).",
            [DataSource.PopulationRegister] = "The Population Information System (Digital and Population Data Services Agency): updates of names and addresses.",
            [DataSource.PartnerRegister] = "HS-Works' own registers and those of its partners.",
            [DataSource.ProhibitionRegister] = "Direct-marketing prohibition registers (Posti, ASML's Robinson register and similar).",
            [DataSource.Staff] = "Entries by our staff in customer service.",
        },
        RecipientTypes: new Dictionary<RecipientType, string>
        {
            [RecipientType.Partner] = "partner", [RecipientType.Processor] = "data processor", [RecipientType.Authority] = "public authority",
        },
        Safeguards: new Dictionary<SafeguardKind, string>
        {
            [SafeguardKind.AdequacyDecision] = "an adequacy decision of the Commission (Article 45)",
            [SafeguardKind.StandardContractualClauses] = "the Commission's standard contractual clauses (Article 46(2)(c))",
            [SafeguardKind.BindingCorporateRules] = "binding corporate rules (Article 47)",
        });
}
