using HsWorks.Domain.Common;

namespace HsWorks.Domain.Customers;

/// <summary>
/// Finnish creditor reference (viitenumero): 3–19 base digits and a check digit. The base digits
/// are weighted 7, 3, 1, 7, 3, 1, … from the right; the check digit takes the sum up to the next ten.
/// </summary>
public sealed record ReferenceNumber
{
    private ReferenceNumber(string value) => Value = value;

    /// <summary>Digits only, 4–20 of them.</summary>
    public string Value { get; }

    /// <summary>Grouped in fives from the right, as printed on an invoice: 12345 67890.</summary>
    public string Display
    {
        get
        {
            var groups = new List<string>();
            for (var end = Value.Length; end > 0; end -= 5) groups.Insert(0, Value[Math.Max(0, end - 5)..end]);
            return string.Join(' ', groups);
        }
    }

    public static ParseResult<ReferenceNumber> Parse(string? input)
    {
        var digits = new string((input ?? string.Empty).Where(c => c != ' ').ToArray());
        if (digits.Length is < 4 or > 20 || !digits.All(char.IsAsciiDigit))
            return ParseResult<ReferenceNumber>.Fail("A reference number has 4 to 20 digits.");
        if (digits[0] == '0') return ParseResult<ReferenceNumber>.Fail("A reference number does not start with 0.");
        if (CheckDigit(digits[..^1]) != digits[^1] - '0') return ParseResult<ReferenceNumber>.Fail("The reference number's check digit does not match.");
        return ParseResult<ReferenceNumber>.Ok(new ReferenceNumber(digits));
    }

    /// <summary>The reference for a base such as an invoice number (3–19 digits, no leading zero).</summary>
    public static ReferenceNumber For(long baseNumber)
    {
        var digits = baseNumber.ToString();
        if (baseNumber < 100 || digits.Length > 19) throw new ArgumentOutOfRangeException(nameof(baseNumber), "The base has 3–19 digits.");
        return new ReferenceNumber(digits + CheckDigit(digits));
    }

    private static int CheckDigit(string baseDigits)
    {
        int[] weights = [7, 3, 1];
        var sum = 0;
        for (var i = 0; i < baseDigits.Length; i++) sum += (baseDigits[baseDigits.Length - 1 - i] - '0') * weights[i % 3];
        return (10 - sum % 10) % 10;
    }

    public override string ToString() => Value;
}
