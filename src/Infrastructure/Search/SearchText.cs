using System.Globalization;
using System.Text;

namespace HsWorks.Infrastructure.Search;

/// <summary>How text becomes search tokens, the same way for stored data and for queries.</summary>
public static class SearchText
{
    private static readonly char[] PhonePunctuation = [' ', '-', '(', ')', '.', '/', '+'];

    /// <summary>Lower case, accents folded (ä→a, ö→o, å→a, é→e), split on anything not a letter or digit.</summary>
    public static IEnumerable<string> NameWords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        var folded = Fold(text);
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0) yield return word.ToString();
    }

    public static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) result.Append(c);
        }
        return result.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>E-mail tokens start with "@", so they never share a prefix range with name words.</summary>
    public static string EmailTerm(string email) => "@" + email.Trim().ToLowerInvariant();

    /// <summary>The digits of a query that looks like a phone number, customer number or business id; null otherwise.</summary>
    public static string? Digits(string query)
    {
        var trimmed = query.Trim();
        if (trimmed.Length == 0 || !trimmed.All(c => char.IsAsciiDigit(c) || PhonePunctuation.Contains(c))) return null;
        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 3 ? digits : null;
    }

    /// <summary>The E.164 digits (no +) a Finnish or international phone query stands for, if it can be one.</summary>
    public static string? PhoneDigits(string query)
    {
        var trimmed = query.Trim();
        var digits = Digits(trimmed);
        if (digits is null) return null;
        if (trimmed.StartsWith('+')) return digits;
        if (digits.StartsWith("00")) return digits[2..];
        if (digits.StartsWith('0')) return "358" + digits[1..];
        return null;
    }
}
