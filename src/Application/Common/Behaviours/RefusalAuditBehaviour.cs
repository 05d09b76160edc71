using System.Reflection;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace HsWorks.Application.Common.Behaviours;

/// <summary>
/// A staff request refused with 403 is audited (R7.3): who, which request (the record's reason), and
/// the ids it was after — persons and customers in their columns, a user as the target, other ids as
/// fields. Outermost, so refusals by the permission check and by a use case's own rules both count.
/// Partners' refused calls are counted instead (see the partner call counters), never audited one by one.
/// </summary>
public sealed class RefusalAuditBehaviour<TMessage, TResponse>(ICurrentUser currentUser, IServiceScopeFactory scopes)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly PropertyInfo[] IdProperties = [.. typeof(TMessage).GetProperties()
        .Where(p => p.PropertyType == typeof(Guid) || p.PropertyType == typeof(Guid?))];

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (ForbiddenException) when (currentUser.UserId is not null)
        {
            await RecordAsync(message, cancellationToken);
            throw;
        }
    }

    private async Task RecordAsync(TMessage message, CancellationToken cancellationToken)
    {
        var ids = IdProperties.Select(p => (Kind: KindOf(p.Name), p.Name, Value: p.GetValue(message) as Guid?))
            .Where(p => p.Value is { } v && v != Guid.Empty).Select(p => (p.Kind, p.Name, Value: p.Value!.Value)).ToList();
        await AccessRefusal.RecordAsync(scopes, currentUser.UserId!.Value, currentUser.Username, typeof(TMessage).Name,
            ids.Where(p => p.Kind == Target.Person).Select(p => p.Value),
            ids.Where(p => p.Kind == Target.Customer).Select(p => p.Value),
            ids.Where(p => p.Kind == Target.Other).Select(p => $"{ValidationBehaviour<TMessage, TResponse>.FieldPath(p.Name)}:{p.Value}"),
            ids.Where(p => p.Kind == Target.User).Select(p => (Guid?)p.Value).FirstOrDefault(), cancellationToken);
    }

    private enum Target { Person, Customer, User, Other }

    /// <summary>PersonId, CustomerId and UserId say what they are; a bare Id is of the request's own area.</summary>
    private static Target KindOf(string property) => property switch
    {
        "PersonId" => Target.Person,
        "CustomerId" => Target.Customer,
        "UserId" => Target.User,
        "Id" => typeof(TMessage).Namespace?.Split('.').LastOrDefault() switch
        {
            "Persons" => Target.Person,
            "Customers" => Target.Customer,
            "Users" => Target.User,
            _ => Target.Other,
        },
        _ => Target.Other,
    };
}
