namespace HsWorks.Domain.Register;

/// <summary>
/// The legitimate interests the controller pursues (Art. 13(1)(d)) for the purposes based on them, by purpose code. A purpose defined
/// later without an entry is described by the general text naming it; the data protection officer words its interest here.
/// </summary>
public static class LegitimateInterests
{
    private static readonly Dictionary<string, LocalisedText> ByPurpose = new()
    {
        ["receivables"] = new("HS-Works Oy:n etu saada maksu myymistään tuotteista ja palveluista ja periä erääntyneet saatavat.",
            "HS-Works Oy:s intresse av att få betalt för sålda produkter och tjänster och av att driva in förfallna fordringar.",
            "HS-Works Oy's interest in being paid for the products and services it sold and in collecting overdue receivables."),
        ["analysisStatistics"] = new("HS-Works Oy:n etu tuntea asiakaskuntansa ja palvelujensa käyttö tilastoina liiketoiminnan suunnittelua varten.",
            "HS-Works Oy:s intresse av att känna sin kundkrets och användningen av sina tjänster som statistik för planeringen av verksamheten.",
            "HS-Works Oy's interest in knowing its customers and the use of its services as statistics for planning its business."),
        ["misusePrevention"] = new("HS-Works Oy:n ja sen asiakkaiden etu estää ja selvittää tuotteisiin ja palveluihin liittyviä väärinkäytöksiä.",
            "HS-Works Oy:s och dess kunders intresse av att förebygga och utreda missbruk av produkter och tjänster.",
            "The interest of HS-Works Oy and its customers in preventing and investigating misuse of the products and services."),
        ["productDevelopment"] = new("HS-Works Oy:n etu kehittää tuotteitaan ja palvelujaan asiakkaiden tarpeiden ja ongelmien pohjalta.",
            "HS-Works Oy:s intresse av att utveckla sina produkter och tjänster utifrån kundernas behov och problem.",
            "HS-Works Oy's interest in developing its products and services from its customers' needs and problems."),
    };

    public static string Of(string purposeCode, string purposeName, string language) => ByPurpose.TryGetValue(purposeCode, out var text)
        ? text.In(language)
        : language switch
        {
            "sv" => $"HS-Works Oy:s berättigade intresse av ändamålet \"{purposeName}\".",
            "en" => $"HS-Works Oy's legitimate interest in the purpose \"{purposeName}\".",
            _ => $"HS-Works Oy:n oikeutettu etu käyttötarkoitukseen \"{purposeName}\".",
        };
}
