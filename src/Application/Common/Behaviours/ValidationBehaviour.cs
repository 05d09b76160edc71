using FluentValidation;
using Mediator;

namespace HsWorks.Application.Common.Behaviours;

/// <summary>Runs the request's validators; failures become a 400 with errors per field.</summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors.Select(f =>
            {
                f.PropertyName = FieldPath(f.PropertyName);
                return f;
            }));
        }
        if (failures.Count > 0) throw new ValidationException(failures);
        return await next(message, cancellationToken);
    }

    /// <summary>
    /// "Input.Address.PostalCode" → "address.postalCode": the field as the client sent it. A request
    /// that wraps a body names it Input, and that wrapper is not part of the client's field names.
    /// </summary>
    public static string FieldPath(string propertyName)
    {
        var segments = propertyName.Split('.', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count > 1 && segments[0] == "Input") segments.RemoveAt(0);
        return string.Join('.', segments.Select(s => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..]));
    }
}
