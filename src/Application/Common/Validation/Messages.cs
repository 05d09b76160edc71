using System.Globalization;

namespace HsWorks.Application.Common.Validation;

/// <summary>
/// The user-facing messages of validation and field conflicts in Finnish, Swedish and English,
/// chosen by the request's UI culture (Accept-Language). The domain keeps its own precise English
/// wording; English callers get that, the others a message in their language.
/// </summary>
public static class Messages
{
    private static readonly Dictionary<string, (string En, string Fi, string Sv)> Catalogue = new()
    {
        ["required"] = ("Required.", "Pakollinen tieto.", "Obligatorisk uppgift."),
        ["tooLong"] = ("At most {0} characters.", "Enintään {0} merkkiä.", "Högst {0} tecken."),
        ["tooShort"] = ("At least {0} characters.", "Vähintään {0} merkkiä.", "Minst {0} tecken."),
        ["unstorableText"] = ("Contains a character that cannot be stored (a NUL byte or a broken character).", "Sisältää merkin, jota ei voi tallentaa (NUL-merkki tai rikkinäinen merkki).", "Innehåller ett tecken som inte kan sparas (ett NUL-tecken eller ett trasigt tecken)."),
        ["invalid"] = ("Not valid.", "Ei kelpaa.", "Ogiltig."),
        ["mustBeEmpty"] = ("Must be empty.", "Pitää jättää tyhjäksi.", "Ska lämnas tom."),
        ["oneOf"] = ("Must be one of: {0}.", "Sallitut arvot: {0}.", "Tillåtna värden: {0}."),
        ["email"] = ("E-mail address is not valid.", "Sähköpostiosoite ei kelpaa.", "E-postadressen är ogiltig."),
        ["phone"] = ("Phone number is not valid.", "Puhelinnumero ei kelpaa (esim. 040 123 4567 tai +46 8 123 456).", "Telefonnumret är ogiltigt (t.ex. 040 123 4567 eller +46 8 123 456)."),
        ["postalCode"] = ("Postal code is not valid.", "Postinumero on viisi numeroa, esim. 00300.", "Postnumret är fem siffror, t.ex. 00300."),
        ["postalCodeForeign"] = ("Postal code is not valid.", "Postinumerossa voi olla 2–10 kirjainta, numeroa, välilyöntiä tai yhdysmerkkiä.", "Postnumret får ha 2–10 bokstäver, siffror, mellanslag eller bindestreck."),
        ["country"] = ("Country is not valid.", "Maa annetaan kaksikirjaimisena ISO-koodina, esim. FI.", "Landet anges med en ISO-kod på två bokstäver, t.ex. FI."),
        ["identityCode"] = ("Personal identity code is not valid.", "Henkilötunnus ei kelpaa (esim. 131052-308T).", "Personbeteckningen är ogiltig (t.ex. 131052-308T)."),
        ["businessId"] = ("Business id is not valid.", "Y-tunnus ei kelpaa (esim. 2168645-1).", "FO-numret är ogiltigt (t.ex. 2168645-1)."),
        ["username"] = ("Username is 2–64 letters, digits, dots, hyphens or underscores.", "Käyttäjätunnuksessa on 2–64 kirjainta, numeroa, pistettä, yhdysmerkkiä tai alaviivaa.", "Användarnamnet har 2–64 bokstäver, siffror, punkter, bindestreck eller understreck."),
        ["usernameTaken"] = ("That username is already taken.", "Käyttäjätunnus on jo käytössä.", "Användarnamnet är redan upptaget."),
        ["passwordTooSimple"] = ("Password is too simple.", "Salasana on liian yksinkertainen.", "Lösenordet är för enkelt."),
        ["passwordSame"] = ("The new password must differ from the current one.", "Uuden salasanan pitää erota nykyisestä.", "Det nya lösenordet måste skilja sig från det nuvarande."),
        ["passwordWrong"] = ("The current password is not correct.", "Nykyinen salasana on väärin.", "Det nuvarande lösenordet är fel."),
        ["productGroup"] = ("Unknown product group. Known: {0}.", "Tuntematon tuoteryhmä. Sallitut: {0}.", "Okänd produktgrupp. Tillåtna: {0}."),
        ["consumerNeedsPerson"] = ("A consumer customer must point at its person.", "Kuluttaja-asiakkaalla pitää olla henkilö.", "En konsumentkund måste ha en person."),
        ["consumerNoBusinessId"] = ("A consumer customer has no business id.", "Kuluttaja-asiakkaalla ei ole Y-tunnusta.", "En konsumentkund har inget FO-nummer."),
        ["organisationNoPerson"] = ("An organisation has contact persons, not a person of its own.", "Organisaatiolla on yhteyshenkilöitä, ei omaa henkilöä.", "En organisation har kontaktpersoner, ingen egen person."),
        ["noSuchProductGroup"] = ("No product group with that id.", "Tuoteryhmää ei löydy.", "Produktgruppen finns inte."),
        ["notCustomersPerson"] = ("The person is not this customer's person or contact person.", "Henkilö ei ole tämän asiakkaan henkilö tai yhteyshenkilö.", "Personen hör inte till den här kunden."),
        ["notCustomersPurchase"] = ("No purchase of this customer with that id.", "Asiakkaalla ei ole tätä ostoa.", "Kunden har inget sådant köp."),
        ["noSuchSeller"] = ("No staff user with that id.", "Käyttäjää ei löydy.", "Användaren finns inte."),
        ["notCustomersContact"] = ("No contact of this customer with that id.", "Asiakkaalla ei ole tätä yhteydenottoa.", "Kunden har ingen sådan kontakt."),
        ["recordingTooLarge"] = ("The file is larger than {0} MB.", "Tiedosto on yli {0} Mt.", "Filen är större än {0} MB."),
        ["recordingType"] = ("This kind of file is not accepted. Accepted: {0}.", "Tätä tiedostotyyppiä ei hyväksytä. Sallitut: {0}.", "Filtypen godtas inte. Tillåtna: {0}."),
        ["recordingContent"] = ("The file's content is not what its type says.", "Tiedoston sisältö ei vastaa sen tyyppiä.", "Filens innehåll motsvarar inte dess typ."),
        ["noSuchPurpose"] = ("No purpose with that code.", "Käyttötarkoitusta ei löydy.", "Ändamålet finns inte."),
        ["noSuchPerson"] = ("No person with that id.", "Henkilöä ei löydy.", "Personen finns inte."),
        ["invoicesAccountingOnly"] = ("The customer was erased at the person's request: its invoices are kept for accounting only.",
            "Asiakas on poistettu henkilön pyynnöstä: sen laskut säilytetään vain kirjanpitoa varten.",
            "Kunden har raderats på personens begäran: dess fakturor bevaras endast för bokföringen."),
        ["leadSuppressed"] = ("The lead is not stored: it matches a person whose data was erased at their request, who may not be entered again.",
            "Liidiä ei tallennettu: se vastaa henkilöä, jonka tiedot on poistettu hänen pyynnöstään, eikä häntä saa lisätä uudelleen.",
            "Leadet sparades inte: det motsvarar en person vars uppgifter raderats på personens begäran och som inte får föras in igen."),
        ["date"] = ("A date is written YYYY-MM-DD.", "Päivämäärä kirjoitetaan muodossa VVVV-KK-PP.", "Ett datum skrivs ÅÅÅÅ-MM-DD."),
        ["dateInFuture"] = ("The date cannot be in the future.", "Päivämäärä ei voi olla tulevaisuudessa.", "Datumet kan inte vara i framtiden."),
        ["fileRequired"] = ("Choose a file.", "Valitse tiedosto.", "Välj en fil."),
        ["fieldAfterFile"] = ("Send \"{0}\" before the file: the file is streamed, fields after it are not read.",
            "Lähetä \"{0}\" ennen tiedostoa: tiedosto luetaan virtana, sen jälkeisiä kenttiä ei lueta.",
            "Skicka \"{0}\" före filen: filen läses som en ström, fält efter den läses inte."),
        ["importTooLarge"] = ("The file is larger than {0} MB.", "Tiedosto on yli {0} Mt.", "Filen är större än {0} MB."),
        ["retentionRunning"] = ("The retention rules are being applied by another run; try again when it has finished.",
            "Säilytyssääntöjä sovelletaan parhaillaan toisessa ajossa; yritä uudelleen, kun se on valmis.",
            "Lagringsreglerna tillämpas just nu i en annan körning; försök igen när den är klar."),
        ["holdLifted"] = ("The legal hold has been lifted already.", "Säilytysvelvoite on jo poistettu.", "Bevarandeskyldigheten har redan hävts."),
        ["registerNameTaken"] = ("A register with that name exists already.", "Samanniminen rekisteri on jo olemassa.", "Ett register med det namnet finns redan."),
        ["channelsRequired"] = ("Choose at least one channel.", "Valitse vähintään yksi kanava.", "Välj minst en kanal."),
        ["postalCodePrefix"] = ("A postal-code area is 1–5 digits.", "Postinumeroalue on 1–5 numeroa.", "Ett postnummerområde är 1–5 siffror."),
        ["notMarketingPurpose"] = ("Choose a marketing purpose.", "Valitse markkinoinnin käyttötarkoitus.", "Välj ett marknadsföringsändamål."),
        ["singleChannel"] = ("Choose one channel: email, sms, phone or post.", "Valitse yksi kanava: sähköposti, tekstiviesti, puhelin tai posti.", "Välj en kanal: e-post, sms, telefon eller post."),
        ["importEmpty"] = ("The file is empty; its first line names the columns.", "Tiedosto on tyhjä; sen ensimmäinen rivi nimeää sarakkeet.", "Filen är tom; dess första rad namnger kolumnerna."),
        ["importSeparator"] = ("Columns are separated by \";\" or \",\".", "Sarakkeet erotetaan merkillä \";\" tai \",\".", "Kolumnerna skiljs åt med \";\" eller \",\"."),
        ["importUnknownColumn"] = ("Unknown column \"{0}\"; the columns are {1}.", "Tuntematon sarake \"{0}\"; sarakkeet ovat {1}.", "Okänd kolumn \"{0}\"; kolumnerna är {1}."),
        ["importColumnTwice"] = ("The column {0} is named twice.", "Sarake {0} on nimetty kahdesti.", "Kolumnen {0} är namngiven två gånger."),
        ["importNotIdentifying"] = ("The header needs email, phone, or firstName, lastName, street and postalCode to identify anyone.", "Otsikkorivillä pitää olla email, phone tai firstName, lastName, street ja postalCode, jotta ketään voidaan tunnistaa.", "Rubrikraden behöver email, phone eller firstName, lastName, street och postalCode för att kunna identifiera någon."),
        ["importValueCount"] = ("{0} values where the header has {1} columns.", "{0} arvoa, mutta otsikkorivillä on {1} saraketta.", "{0} värden men rubrikraden har {1} kolumner."),
        ["importTooLong"] = ("{0} is longer than {1} characters.", "{0} on yli {1} merkkiä pitkä.", "{0} är längre än {1} tecken."),
        ["importControlCharacter"] = ("{0} contains a line break or a control character.", "{0} sisältää rivinvaihdon tai ohjausmerkin.", "{0} innehåller en radbrytning eller ett styrtecken."),
        ["importNoValues"] = ("The line has no values.", "Rivillä ei ole arvoja.", "Raden har inga värden."),
        ["importMultiline"] = ("A quoted value runs over several lines (a quote is missing).", "Lainausmerkeissä oleva arvo jatkuu usealle riville (lainausmerkki puuttuu).", "Ett citerat värde fortsätter över flera rader (ett citattecken saknas)."),
        ["importEncoding"] = ("The file is neither valid UTF-8 nor Windows-1252 text.", "Tiedosto ei ole kelvollista UTF-8- eikä Windows-1252-tekstiä.", "Filen är varken giltig UTF-8- eller Windows-1252-text."),
        ["importOlderThanInForce"] = ("The register's file in force is from {0}, newer than this one; an older file would lift newer bans.", "Rekisterin voimassa oleva tiedosto on {0}, tätä uudempi; vanhempi tiedosto poistaisi uudempia kieltoja.", "Registrets gällande fil är från {0}, nyare än denna; en äldre fil skulle häva nyare förbud."),
        ["importFileLost"] = ("The uploaded file was lost before the import ran; upload it again.", "Ladattu tiedosto katosi ennen tuontia; lataa se uudelleen.", "Den uppladdade filen försvann innan importen kördes; ladda upp den igen."),
        ["importInternalError"] = ("The import stopped on an internal error; nothing was changed. Upload the file again.", "Tuonti keskeytyi sisäiseen virheeseen; mitään ei muutettu. Lataa tiedosto uudelleen.", "Importen avbröts av ett internt fel; inget ändrades. Ladda upp filen igen."),
        ["webhookUrl"] = ("A webhook is an absolute HTTPS address.", "Webhook on täydellinen HTTPS-osoite.", "En webhook är en fullständig HTTPS-adress."),
        ["webhookRefused.notHttps"] = ("Webhooks are delivered over HTTPS only: give an https:// address.", "Webhookit toimitetaan vain HTTPS:llä: anna https://-osoite.", "Webhooks levereras bara över HTTPS: ange en https://-adress."),
        ["webhookRefused.unresolvable"] = ("{0} does not resolve to any address.", "Nimelle {0} ei löydy osoitetta.", "{0} motsvarar ingen adress."),
        ["webhookRefused.loopback"] = ("{0} is a loopback address (this server itself)", "{0} on loopback-osoite (tämä palvelin itse)", "{0} är en loopback-adress (servern själv)"),
        ["webhookRefused.privateNetwork"] = ("{0} is in a private network (RFC 1918)", "{0} on yksityisessä verkossa (RFC 1918)", "{0} ligger i ett privat nätverk (RFC 1918)"),
        ["webhookRefused.linkLocal"] = ("{0} is a link-local address", "{0} on linkkipaikallinen osoite", "{0} är en länklokal adress"),
        ["webhookRefused.carrierGradeNat"] = ("{0} is in the carrier-grade NAT range (100.64.0.0/10)", "{0} on operaattori-NAT-alueella (100.64.0.0/10)", "{0} ligger i operatörs-NAT-intervallet (100.64.0.0/10)"),
        ["webhookRefused.uniqueLocal"] = ("{0} is an IPv6 unique local address (fc00::/7)", "{0} on IPv6:n paikallinen osoite (fc00::/7)", "{0} är en lokal IPv6-adress (fc00::/7)"),
        ["webhookRefused.unspecified"] = ("{0} is an unspecified address (0.0.0.0 or ::)", "{0} on määrittelemätön osoite (0.0.0.0 tai ::)", "{0} är en ospecificerad adress (0.0.0.0 eller ::)"),
        ["webhookRefused.multicast"] = ("{0} is a multicast address", "{0} on ryhmälähetysosoite (multicast)", "{0} är en multicastadress"),
        ["webhookRefused.broadcast"] = ("{0} is a broadcast address", "{0} on yleislähetysosoite (broadcast)", "{0} är en broadcastadress"),
        ["webhookRefused.reserved"] = ("{0} is a reserved or documentation address", "{0} on varattu tai dokumentaatiokäyttöön tarkoitettu osoite", "{0} är en reserverad adress eller en dokumentationsadress"),
        ["webhookRefused.cloudMetadata"] = ("{0} is a cloud metadata service", "{0} on pilvipalvelun metatietopalvelu", "{0} är en molntjänsts metadatatjänst"),
        ["webhookRefused.nat64"] = ("{0} is a NAT64 address (64:ff9b::/96)", "{0} on NAT64-osoite (64:ff9b::/96)", "{0} är en NAT64-adress (64:ff9b::/96)"),
        ["webhookRefused.tunnel"] = ("{0} is a Teredo tunnel address (2001::/32)", "{0} on Teredo-tunnelin osoite (2001::/32)", "{0} är en Teredo-tunneladress (2001::/32)"),
        ["webhookPublicOnly"] = ("{0}: webhooks are delivered only to public addresses.", "{0}: webhookit toimitetaan vain julkisiin osoitteisiin.", "{0}: webhooks levereras bara till publika adresser."),
        ["noWebhook"] = ("The recipient has no webhook, so it has no secret to rotate.", "Vastaanottajalla ei ole webhookia, joten sillä ei ole vaihdettavaa salaisuutta.", "Mottagaren har ingen webhook och alltså ingen hemlighet att byta."),
        ["recipientNameTaken"] = ("A recipient with that name exists already.", "Samanniminen vastaanottaja on jo olemassa.", "En mottagare med det namnet finns redan."),
        ["noSuchRecipient"] = ("No recipient with that id.", "Vastaanottajaa ei löydy.", "Mottagaren finns inte."),
        ["personsRequired"] = ("Choose at least one person.", "Valitse vähintään yksi henkilö.", "Välj minst en person."),
        ["categoriesRequired"] = ("Say which data categories are disclosed.", "Kerro, mitkä tietoryhmät luovutetaan.", "Ange vilka datakategorier som lämnas ut."),
        ["scopes"] = ("Scopes are one or more of: {0}.", "Oikeudet ovat yksi tai useampi näistä: {0}.", "Behörigheterna är en eller flera av: {0}."),
        ["idempotencyKey"] = ("Send an Idempotency-Key header of 1–200 characters.", "Lähetä Idempotency-Key-otsake (1–200 merkkiä).", "Skicka ett Idempotency-Key-huvud (1–200 tecken)."),
        ["transferRefused"] = ("{0} is in {1}, outside the EU/EEA, and has no recorded transfer safeguard: nothing may be disclosed to it.", "{0} on maassa {1}, EU:n/ETA:n ulkopuolella, eikä sille ole kirjattu siirron suojatoimea: sille ei saa luovuttaa tietoja.", "{0} finns i {1}, utanför EU/EES, och har ingen registrerad skyddsåtgärd för överföring: inga uppgifter får lämnas ut till den."),
        ["excludedFromPartnerMarketing"] = ("{0} of the persons may not be disclosed for partner marketing (a ban, the non-disclosure marking, no consent or a prohibition register).", "{0} henkilöistä ei saa luovuttaa kumppanien markkinointiin (kielto, turvakielto, ei suostumusta tai kieltorekisteri).", "{0} av personerna får inte lämnas ut för partners marknadsföring (förbud, spärrmarkering, inget samtycke eller spärregister)."),
        ["nonDisclosureAddress"] = ("{0} of the persons have the non-disclosure marking (or a pending claim of it): their address is never disclosed. Leave the address category out.", "{0} henkilöistä on turvakielto (tai sen ilmoitus odottaa päätöstä): heidän osoitettaan ei koskaan luovuteta. Jätä osoite pois luovutettavista tiedoista.", "{0} av personerna har spärrmarkering (eller ett anmält påstående om den väntar på beslut): deras adress lämnas aldrig ut. Lämna bort adresskategorin."),
        ["nonDisclosureByDpoOnly"] = ("Only the data protection officer sets or lifts the non-disclosure marking. Record that the person says they have one instead.", "Vain tietosuojavastaava asettaa tai poistaa turvakiellon. Kirjaa sen sijaan, että henkilö ilmoittaa turvakiellosta.", "Endast dataskyddsombudet sätter eller tar bort spärrmarkeringen. Anteckna i stället att personen uppger att hen har en."),
        ["populationRegisterByDpoOnly"] = ("Only the data protection officer (or the Population Register import) names the Population Register as a source.", "Vain tietosuojavastaava (tai väestötietojärjestelmän tuonti) voi merkitä lähteeksi väestötietojärjestelmän.", "Endast dataskyddsombudet (eller importen från befolkningsdatasystemet) kan ange befolkningsdatasystemet som källa."),
        ["claimDecided"] = ("The claim was already decided.", "Ilmoitus on jo ratkaistu.", "Anmälan är redan avgjord."),
        ["handoverToAuthority"] = ("Marketing selections are not handed to authorities.", "Markkinointipoimintoja ei luovuteta viranomaisille.", "Marknadsföringsurval lämnas inte till myndigheter."),
        ["handoverPartnerPurpose"] = ("A partner gets only selections made for partner marketing, under its stricter rules.", "Kumppanille luovutetaan vain kumppanien markkinointiin tehtyjä poimintoja niiden tiukempien sääntöjen mukaan.", "En partner får bara urval gjorda för partners marknadsföring, enligt deras striktare regler."),
        ["handoverEmpty"] = ("The selection includes nobody now; nothing was handed over.", "Poiminnassa ei nyt ole ketään; mitään ei luovutettu.", "Urvalet omfattar ingen nu; inget lämnades ut."),
        ["processingRestrictedDisclosure"] = ("Processing of {0} of the persons is restricted (GDPR Art. 18): their data is only stored. Disclose it only on a ground of Art. 18(2), named in restrictionGround.", "{0} henkilön tietojen käsittelyä on rajoitettu (tietosuoja-asetuksen 18 artikla): tietoja vain säilytetään. Luovuta vain 18(2) artiklan perusteella, joka nimetään kentässä restrictionGround.", "Behandlingen av {0} av personernas uppgifter är begränsad (dataskyddsförordningen art. 18): uppgifterna lagras endast. Lämna ut dem endast på en grund i art. 18.2, angiven i restrictionGround."),
        ["processingRestrictedEdit"] = ("Processing of the person's data is restricted (GDPR Art. 18): it is only stored. Correct it through the person's request, or name a ground of Art. 18(2) in restrictionGround.", "Henkilön tietojen käsittelyä on rajoitettu (tietosuoja-asetuksen 18 artikla): tietoja vain säilytetään. Korjaa tiedot henkilön pyynnön kautta tai nimeä 18(2) artiklan peruste kentässä restrictionGround.", "Behandlingen av personens uppgifter är begränsad (dataskyddsförordningen art. 18): de lagras endast. Rätta dem genom personens begäran eller ange en grund i art. 18.2 i restrictionGround."),
        ["periodOrder"] = ("The period ends before it starts.", "Jakso päättyy ennen kuin se alkaa.", "Perioden slutar innan den börjar."),
    };

    public static string Get(string key, params object[] args)
    {
        var (en, fi, sv) = Catalogue[key];
        var text = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
        {
            "fi" => fi,
            "sv" => sv,
            _ => en,
        };
        return args.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, args);
    }

    /// <summary>English callers get the domain's precise reason; others the message of their language.</summary>
    public static string ForDomainError(string key, string englishReason) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "fi" or "sv" ? Get(key) : englishReason;
}
