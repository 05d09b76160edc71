using FluentValidation;
using HsWorks.Application.Common.Validation;
using Mediator;

namespace HsWorks.Application.Common.Behaviours;

/// <summary>Checks every text of the request (<see cref="InputTextGuard"/>), then runs its validators; failures become a 400 with errors per field.</summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        // Text the database cannot keep is refused first, for every request alike.
        var failures = InputTextGuard.Check(message).ToList();
        if (failures.Count > 0) throw new ValidationException(failures);
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

    /// <summary>"Input.Address.PostalCode" → "address.postalCode": the field as the client sent it (see <see cref="FieldPaths"/>).</summary>
    public static string FieldPath(string propertyName) => FieldPaths.Of(propertyName);
}
