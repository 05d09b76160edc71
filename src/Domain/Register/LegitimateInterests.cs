using HsWorks.Domain.Common;
using HsWorks.Domain.Purposes;

namespace HsWorks.Domain.Register;

/// <summary>
/// The legitimate interests the controller pursues (Art. 13(1)(d)): each purpose based on one states it (<see cref="Purpose.LegitimateInterest"/>,
/// edited with the purpose). The seeded purposes start from <see cref="Defaults"/>; a purpose kept from before purposes stated their
/// interest is described by a general text naming it until it is revised.
/// </summary>
public static class LegitimateInterests
{
    /// <summary>The interests of the seeded purposes based on legitimate interest, by purpose code.</summary>
    public static readonly IReadOnlyDictionary<string, LocalisedText> Defaults = new Dictionary<string, LocalisedText>
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

    public static string Of(Purpose purpose, string language) => purpose.LegitimateInterest?.In(language) ?? General(purpose).In(language);

    /// <summary>The interest a purpose without its own words pursues, naming the purpose.</summary>
    public static LocalisedText General(Purpose purpose) => Defaults.GetValueOrDefault(purpose.Code) ?? new(
        $"HS-Works Oy:n oikeutettu etu käyttötarkoitukseen \"{purpose.NameFi}\".",
        $"HS-Works Oy:s berättigade intresse av ändamålet \"{purpose.NameSv}\".",
        $"HS-Works Oy's legitimate interest in the purpose \"{purpose.NameEn}\".");
}
