using HsWorks.Domain.Common;

namespace HsWorks.Domain.Persons;

/// <summary>
/// A phone number normalised to E.164 (+358401234567). Finnish national forms (040 123 4567,
/// 09-123 4567, (09) 1234 567, 00358 …) are accepted; other countries need their + prefix.
/// </summary>
public sealed record PhoneNumber
{
    private const string FinlandPrefix = "+358";

    private PhoneNumber(string e164) => E164 = e164;

    public string E164 { get; }

    public static ParseResult<PhoneNumber> Parse(string? input)
    {
        var raw = input?.Trim() ?? string.Empty;
        if (raw.Length == 0) return ParseResult<PhoneNumber>.Fail("Phone number is empty.");
        foreach (var c in raw)
        {
            if (!char.IsAsciiDigit(c) && c is not (' ' or '-' or '(' or ')' or '+' or '.' or '/'))
                return ParseResult<PhoneNumber>.Fail("Phone number may contain only digits, spaces, +, -, / and parentheses.");
        }
        if (raw.LastIndexOf('+') > 0) return ParseResult<PhoneNumber>.Fail("A + may only start the phone number.");

        var digits = new string(raw.Where(char.IsAsciiDigit).ToArray());
        string e164;
        if (raw.StartsWith('+')) e164 = "+" + digits;
        else if (digits.StartsWith("00")) e164 = "+" + digits[2..];
        else if (digits.StartsWith('0')) e164 = FinlandPrefix + digits[1..];
        else return ParseResult<PhoneNumber>.Fail("Phone number must start with 0 (Finnish) or a + country code.");
        if (e164.StartsWith("+0")) return ParseResult<PhoneNumber>.Fail("A country code never starts with 0.");

        if (e164.StartsWith(FinlandPrefix))
        {
            var national = e164[FinlandPrefix.Length..];
            if (national.StartsWith('0')) return ParseResult<PhoneNumber>.Fail("Phone number has an extra 0 after the country code.");
            if (national.Length is < 5 or > 12) return ParseResult<PhoneNumber>.Fail("Finnish phone number must have 6 to 13 digits.");
        }
        else if (e164.Length - 1 is < 7 or > 15)
        {
            return ParseResult<PhoneNumber>.Fail("International phone number must have 7 to 15 digits.");
        }
        return ParseResult<PhoneNumber>.Ok(new PhoneNumber(e164));
    }

    /// <summary>Builds a value already in E.164 (as stored), without re-validating a stored value's history.</summary>
    public static PhoneNumber FromE164(string e164) => Parse(e164).ValueOrThrow();

    /// <summary>Finnish display form: 040 123 4567, 09 123 4567, 050 123 4567; foreign numbers stay in E.164.</summary>
    public string ToFinnishFormat()
    {
        if (!E164.StartsWith(FinlandPrefix)) return E164;
        var national = "0" + E164[FinlandPrefix.Length..];
        // Mobile (04x, 050) and 01x areas have a three-digit prefix; 02, 03, 05, 06, 08 and 09 two digits.
        var prefixLength = national[1] is '4' or '1' || national.StartsWith("050") ? 3 : 2;
        var prefix = national[..prefixLength];
        var rest = national[prefixLength..];
        return rest.Length > 4 ? $"{prefix} {rest[..3]} {rest[3..]}" : $"{prefix} {rest}";
    }

    public override string ToString() => E164;
}
