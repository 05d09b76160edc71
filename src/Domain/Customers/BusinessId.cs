using HsWorks.Domain.Common;

namespace HsWorks.Domain.Customers;

/// <summary>Finnish business id (Y-tunnus) NNNNNNN-C; the check digit uses weights 7 9 10 5 8 4 2 mod 11.</summary>
public sealed record BusinessId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2];

    private BusinessId(string value) => Value = value;

    public string Value { get; }

    public static ParseResult<BusinessId> Parse(string? input)
    {
        var trimmed = input?.Trim() ?? string.Empty;
        var dash = trimmed.IndexOf('-');
        if (dash < 0 || trimmed.Length - dash != 2)
            return ParseResult<BusinessId>.Fail("Business id is seven digits, a hyphen and a check digit, for example 2168645-1.");
        var body = trimmed[..dash];
        // Old six-digit ids are written with a leading zero today.
        if (body.Length == 6) body = "0" + body;
        if (body.Length != 7 || !body.All(char.IsAsciiDigit) || !char.IsAsciiDigit(trimmed[^1]))
            return ParseResult<BusinessId>.Fail("Business id is seven digits, a hyphen and a check digit, for example 2168645-1.");

        var remainder = body.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11;
        if (remainder == 1) return ParseResult<BusinessId>.Fail("Business id cannot exist: its check digit would be 1 remainder.");
        var check = remainder == 0 ? 0 : 11 - remainder;
        if (trimmed[^1] - '0' != check) return ParseResult<BusinessId>.Fail("Business id's check digit does not match.");
        return ParseResult<BusinessId>.Ok(new BusinessId($"{body}-{check}"));
    }

    /// <summary>Builds a valid id from a seven-digit body (demo data and tests); null when no check digit exists.</summary>
    public static BusinessId? FromBody(int body)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(body);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(body, 9_999_999);
        var digits = body.ToString("0000000");
        var remainder = digits.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11;
        if (remainder == 1) return null;
        return new BusinessId($"{digits}-{(remainder == 0 ? 0 : 11 - remainder)}");
    }

    public override string ToString() => Value;
}
