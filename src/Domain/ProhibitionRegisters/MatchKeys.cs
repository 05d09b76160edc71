using System.Text;

namespace HsWorks.Domain.ProhibitionRegisters;

/// <summary>
/// The normalised values a prohibition register's line and a person are compared by
/// (docs/imports.md). One definition serves both sides: the keys of persons are stored when they
/// are saved, those of a register's lines are made while its file is read.
/// </summary>
public sealed record MatchKeys(string? Email, string? Phone, string? Mobile, string? LastName, string? FirstName, string? PostalCode, string? Street)
{
    /// <summary>Street-name endings and their abbreviations: Hämeenkatu = Hämeenk., Koivutie = Koivut., Storgatan = Storg.</summary>
    private static readonly (string Ending, string Short)[] StreetEndings = [("katu", "k"), ("kuja", "kj"), ("tie", "t"), ("gatan", "g"), ("vagen", "v")];

    public static MatchKeys Of(string? email, string? phone, string? mobile, string? lastName, string? firstName, string? postalCode, string? street) =>
        new(EmailKey(email), PhoneKey(phone), PhoneKey(mobile), NameKey(lastName), FirstNameKey(firstName), PostalCodeKey(postalCode), StreetKey(street));

    /// <summary>Case and surrounding spaces do not count.</summary>
    public static string? EmailKey(string? value) => Empty(value?.Trim().ToLowerInvariant());

    /// <summary>
    /// International form: spaces, hyphens, parentheses and a "(0)" are dropped; 0… is Finnish
    /// (+358…), 00… and 358… are international.
    /// </summary>
    public static string? PhoneKey(string? value)
    {
        if (value is null) return null;
        var digits = new StringBuilder(value.Length);
        foreach (var c in value.Replace("(0)", string.Empty, StringComparison.Ordinal))
            if (char.IsAsciiDigit(c) || c == '+') digits.Append(c);
        var d = digits.ToString();
        if (d.Length < 6) return null;
        return d[0] == '+' ? d
            : d.StartsWith("00", StringComparison.Ordinal) ? "+" + d[2..]
            : d[0] == '0' ? "+358" + d[1..]
            : d.StartsWith("358", StringComparison.Ordinal) ? "+" + d
            : "+358" + d;
    }

    /// <summary>Letters only, case and Finnish and other accented letters folded (Mäkelä = makela).</summary>
    public static string? NameKey(string? value) => Empty(LettersOnly(Fold(value)));

    /// <summary>The first given name only: a register rarely has the middle names we hold.</summary>
    public static string? FirstNameKey(string? value) =>
        value is null ? null : NameKey(value.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault());

    public static string? PostalCodeKey(string? value) => Empty(value is null ? null : string.Concat(value.Where(c => !char.IsWhiteSpace(c))));

    /// <summary>Folded, every word's street ending abbreviated, then letters and digits only: "Hämeenkatu 5 A 3" = "hameenk5a3".</summary>
    public static string? StreetKey(string? value)
    {
        var folded = Fold(value);
        if (folded is null) return null;
        var key = new StringBuilder(folded.Length);
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsAsciiLetterLower(folded[i]))
            {
                if (char.IsAsciiDigit(folded[i])) key.Append(folded[i]);
                i++;
                continue;
            }
            var start = i;
            while (i < folded.Length && char.IsAsciiLetterLower(folded[i])) i++;
            key.Append(Abbreviated(folded[start..i]));
        }
        return Empty(key.ToString());
    }

    private static string Abbreviated(string word)
    {
        foreach (var (ending, abbreviation) in StreetEndings)
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal)) return word[..^ending.Length] + abbreviation;
        return word;
    }

    private static string? Fold(string? value)
    {
        if (value is null) return null;
        var folded = new StringBuilder(value.Length);
        foreach (var c in value.ToLowerInvariant())
        {
            folded.Append(c switch
            {
                'ä' or 'å' or 'á' or 'à' or 'â' => 'a',
                'ö' or 'ó' or 'ò' or 'ô' => 'o',
                'é' or 'è' or 'ê' or 'ë' => 'e',
                'ü' or 'ú' or 'ù' or 'û' => 'u',
                'í' or 'ì' or 'î' or 'ï' => 'i',
                'š' => 's',
                'ž' => 'z',
                'ç' => 'c',
                'ñ' => 'n',
                _ => c,
            });
        }
        return folded.ToString();
    }

    private static string? LettersOnly(string? value) => value is null ? null : string.Concat(value.Where(char.IsAsciiLetterLower));

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
