using System.Text.RegularExpressions;
using HsWorks.Domain.Common;

namespace HsWorks.Domain.Persons;

/// <summary>An e-mail address, stored trimmed and in lower case.</summary>
public sealed partial record Email
{
    private Email(string value) => Value = value;

    public string Value { get; }

    public static ParseResult<Email> Parse(string? input)
    {
        var trimmed = input?.Trim() ?? string.Empty;
        if (trimmed.Length == 0) return ParseResult<Email>.Fail("E-mail address is empty.");
        if (trimmed.Length > 254) return ParseResult<Email>.Fail("E-mail address is longer than 254 characters.");
        if (!Shape().IsMatch(trimmed)) return ParseResult<Email>.Fail("E-mail address is not valid.");
        return ParseResult<Email>.Ok(new Email(trimmed.ToLowerInvariant()));
    }

    public override string ToString() => Value;

    // local@domain.tld: no spaces, one @, a dot in the domain, no empty labels.
    [GeneratedRegex(@"^[^\s@]{1,64}@(?=.{1,253}$)([A-Za-z0-9\u00C0-\uFFFF]([A-Za-z0-9\u00C0-\uFFFF-]{0,61}[A-Za-z0-9\u00C0-\uFFFF])?\.)+[A-Za-z\u00C0-\uFFFF]{2,63}$")]
    private static partial Regex Shape();
}
