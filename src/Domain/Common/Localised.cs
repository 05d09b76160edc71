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
