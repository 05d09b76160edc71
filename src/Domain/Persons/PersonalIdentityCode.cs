using HsWorks.Domain.Common;

namespace HsWorks.Domain.Persons;

/// <summary>
/// Finnish personal identity code (henkilötunnus) DDMMYYCZZZQ. Century signs: + (1800s);
/// - Y X W V U (1900s); A B C D E F (2000s), the extra signs in use since 2023.
/// The check character is DDMMYYZZZ mod 31 in "0123456789ABCDEFHJKLMNPRSTUVWXY".
/// </summary>
public sealed record PersonalIdentityCode
{
    private const string CheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private PersonalIdentityCode(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    public string Value { get; }

    public DateOnly BirthDate { get; }

    /// <summary>Only the date of birth and century sign stay visible: 131052-****.</summary>
    public string Masked => Value[..7] + "****";

    public static ParseResult<PersonalIdentityCode> Parse(string? input)
    {
        var code = input?.Trim().ToUpperInvariant() ?? string.Empty;
        if (code.Length != 11) return ParseResult<PersonalIdentityCode>.Fail("Personal identity code has 11 characters, for example 131052-308T.");
        var centuryBase = code[6] switch
        {
            '+' => 1800,
            '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
            'A' or 'B' or 'C' or 'D' or 'E' or 'F' => 2000,
            _ => -1,
        };
        if (centuryBase < 0) return ParseResult<PersonalIdentityCode>.Fail("Personal identity code has an unknown century sign.");
        if (!code[..6].All(char.IsAsciiDigit) || !code[7..10].All(char.IsAsciiDigit))
            return ParseResult<PersonalIdentityCode>.Fail("Personal identity code has letters where digits belong.");

        var day = int.Parse(code[..2]);
        var month = int.Parse(code[2..4]);
        var year = centuryBase + int.Parse(code[4..6]);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return ParseResult<PersonalIdentityCode>.Fail("Personal identity code has an impossible date of birth.");
        var individual = int.Parse(code[7..10]);
        if (individual < 2) return ParseResult<PersonalIdentityCode>.Fail("Personal identity code has an invalid individual number.");

        var expected = CheckCharacters[(int)(long.Parse(code[..6] + code[7..10]) % 31)];
        if (code[10] != expected) return ParseResult<PersonalIdentityCode>.Fail("Personal identity code's check character does not match.");
        return ParseResult<PersonalIdentityCode>.Ok(new PersonalIdentityCode(code, new DateOnly(year, month, day)));
    }

    /// <summary>Builds a valid code for a date and individual number (demo data and tests).</summary>
    public static PersonalIdentityCode Generate(DateOnly birthDate, int individualNumber)
    {
        if (birthDate.Year is < 1800 or > 2099)
            throw new ArgumentOutOfRangeException(nameof(birthDate), "Identity codes exist for the years 1800–2099.");
        var sign = birthDate.Year switch { < 1900 => '+', < 2000 => '-', _ => 'A' };
        var digits = $"{birthDate:ddMMyy}{individualNumber:000}";
        var check = CheckCharacters[(int)(long.Parse(digits) % 31)];
        return Parse($"{birthDate:ddMMyy}{sign}{individualNumber:000}{check}").ValueOrThrow();
    }

    public override string ToString() => Masked;
}
