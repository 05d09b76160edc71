using HsWorks.Domain.Common;

namespace HsWorks.Domain.Persons;

/// <summary>A postal code: five digits in Finland (00100), a looser shape elsewhere.</summary>
public sealed record PostalCode
{
    private PostalCode(string value) => Value = value;

    public string Value { get; }

    public static ParseResult<PostalCode> Parse(string? input, string country)
    {
        var trimmed = input?.Trim() ?? string.Empty;
        if (trimmed.Length == 0) return ParseResult<PostalCode>.Fail("Postal code is empty.");
        if (country?.Trim().ToUpperInvariant() is "FI" or "AX")
        {
            return trimmed.Length == 5 && trimmed.All(char.IsAsciiDigit)
                ? ParseResult<PostalCode>.Ok(new PostalCode(trimmed))
                : ParseResult<PostalCode>.Fail("Finnish postal code is five digits, for example 00300.");
        }
        var upper = trimmed.ToUpperInvariant();
        return upper.Length is >= 2 and <= 10 && upper.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-')
            ? ParseResult<PostalCode>.Ok(new PostalCode(upper))
            : ParseResult<PostalCode>.Fail("Postal code must be 2 to 10 letters, digits, spaces or hyphens.");
    }

    /// <summary>Rebuilds a code that was validated when it was stored.</summary>
    public static PostalCode Restore(string stored) => new(stored);

    public override string ToString() => Value;
}
