namespace HsWorks.Domain.Common;

/// <summary>Shared helpers of the value objects: trimming and the outcome of parsing.</summary>
public readonly record struct ParseResult<T>(T? Value, string? Error) where T : class
{
    public bool IsValid => Error is null;

    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(string error) => new(null, error);

    public T ValueOrThrow(string? field = null) => Value ?? throw new DomainRuleException(Error!, field);
}
