using System.Collections;
using System.Reflection;
using FluentValidation.Results;

namespace HsWorks.Application.Common.Validation;

/// <summary>
/// One rule for every piece of text a request carries, wherever it came from (body, query, route,
/// header): at most <see cref="MaxLength"/> characters (a use case's own validator sets tighter
/// limits), no NUL byte (PostgreSQL refuses it in text) and no broken UTF-16 (a lone surrogate
/// cannot be encoded for the database). Run by the validation behaviour before every use case, so a
/// hostile string is a 400 naming its field, never a 500.
/// </summary>
public static class InputTextGuard
{
    /// <summary>The longest text the register keeps in any column (notes, descriptions).</summary>
    public const int MaxLength = 4000;

    private const int MaxDepth = 8;

    public static IEnumerable<ValidationFailure> Check(object message)
    {
        var failures = new List<ValidationFailure>();
        Walk(message, string.Empty, 0, failures);
        return failures;
    }

    private static void Walk(object? value, string path, int depth, List<ValidationFailure> failures)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                CheckText(text, path, failures);
                return;
            case Stream:
                return;
            case IEnumerable items when depth < MaxDepth:
                var index = 0;
                foreach (var item in items) Walk(item, $"{path}[{index++}]", depth + 1, failures);
                return;
        }
        var type = value.GetType();
        if (depth >= MaxDepth || !IsOurs(type)) return;
        foreach (var property in Properties(type))
            Walk(property.GetValue(value), path.Length == 0 ? property.Name : $"{path}.{property.Name}", depth + 1, failures);
    }

    private static void CheckText(string text, string path, List<ValidationFailure> failures)
    {
        var field = FieldPaths.Of(path);
        if (text.Length > MaxLength) failures.Add(new ValidationFailure(field, Messages.Get("tooLong", MaxLength)));
        else if (!IsStorable(text)) failures.Add(new ValidationFailure(field, Messages.Get("unstorableText")));
    }

    /// <summary>No NUL, and every surrogate in a pair.</summary>
    public static bool IsStorable(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0') return false;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
                i++;
            }
            else if (char.IsLowSurrogate(c)) return false;
        }
        return true;
    }

    // Requests, their inputs and the value types they carry: all are the application's own types.
    private static bool IsOurs(Type type) => !type.IsPrimitive && !type.IsEnum && type.Namespace?.StartsWith("HsWorks.", StringComparison.Ordinal) == true;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, PropertyInfo[]> Cache = new();

    private static PropertyInfo[] Properties(Type type) => Cache.GetOrAdd(type, t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0)]);
}
