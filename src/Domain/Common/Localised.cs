namespace HsWorks.Domain.Common;

/// <summary>Picks the text of a catalogue entry kept in the register's three languages; Finnish is the default.</summary>
public static class Localised
{
    public static string Pick(string language, string fi, string sv, string en) => language switch
    {
        "sv" => sv,
        "en" => en,
        _ => fi,
    };
}

/// <summary>A text the register keeps in its three languages (fi, sv, en); each one is required.</summary>
public sealed record LocalisedText(string Fi, string Sv, string En)
{
    public string In(string language) => Localised.Pick(language, Fi, Sv, En);
}
