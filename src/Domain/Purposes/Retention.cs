using HsWorks.Domain.Common;

namespace HsWorks.Domain.Purposes;

/// <summary>How long a data category is kept, or what decides it, in the register's three languages.</summary>
public sealed record RetentionRule(string Fi, string Sv, string En)
{
    public string In(string language) => Localised.Pick(language, Fi, Sv, En);
}

/// <summary>
/// The one catalogue of retention periods, per data category (Art. 13(2)(a), 15(1)(d)), as the access report states them. Where no
/// period is fixed yet it states the criteria that decide it; the retention rules proper (and their enforcement) replace these texts
/// with a later issue — here and nowhere else.
/// </summary>
public static class RetentionCatalogue
{
    private static readonly RetentionRule CustomerRelationship = new(
        "Asiakassuhteen ajan ja enintään 3 vuotta sen päättymisestä (vanhentumislain 3 vuoden yleinen vanhentumisaika).",
        "Under kundrelationen och högst 3 år efter att den upphört (preskriptionslagens allmänna preskriptionstid på 3 år).",
        "For the customer relationship and at most 3 years after it ends (the general 3-year limitation period of the Limitation Act).");

    private static readonly IReadOnlyDictionary<string, RetentionRule> ByCategory = new Dictionary<string, RetentionRule>
    {
        ["basic"] = CustomerRelationship,
        ["contract"] = CustomerRelationship,
        ["devices"] = CustomerRelationship,
        ["contacts"] = CustomerRelationship,
        ["problems"] = CustomerRelationship,
        ["interests"] = new(
            "Kunnes kiinnostus poistetaan, suostumus perutaan tai asiakassuhde päättyy.",
            "Tills intresset tas bort, samtycket återkallas eller kundrelationen upphör.",
            "Until the interest is removed, the consent is withdrawn or the customer relationship ends."),
        ["invoicing"] = new(
            "Kirjanpitolain (1336/1997) 2 luvun 10 §:n mukaan 6 vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi.",
            "Enligt bokföringslagen (1336/1997) 2 kap. 10 § 6 år från utgången av det år då räkenskapsperioden upphörde.",
            "Under the Accounting Act (1336/1997) chapter 2 section 10: 6 years from the end of the year in which the financial year ended."),
        ["recordings"] = new(
            "Niin kauan kuin tallenne tarvitaan asian selvittämiseen tai väärinkäytösten estämiseen, enintään asiakassuhteen ajan.",
            "Så länge inspelningen behövs för att utreda ärendet eller förebygga missbruk, högst under kundrelationen.",
            "As long as the recording is needed to settle the matter or to prevent misuse, at most for the customer relationship."),
    };

    /// <summary>For a category without a rule of its own: the criteria that decide it.</summary>
    public static readonly RetentionRule Undecided = new(
        "Niin kauan kuin tieto on tarpeen käyttötarkoitukseen; säilytysaika ratkaistaan käyttötarkoituksen ja lakisääteisten velvoitteiden mukaan.",
        "Så länge uppgiften behövs för ändamålet; lagringstiden avgörs av ändamålet och lagstadgade skyldigheter.",
        "As long as the data is needed for the purpose; the period is decided by the purpose and by legal obligations.");

    public static RetentionRule Of(string dataCategory) => ByCategory.GetValueOrDefault(dataCategory, Undecided);
}
