using System.Reflection;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using Mediator;

namespace HsWorks.Application.Common.Behaviours;

/// <summary>A command and its audit record commit together or not at all.</summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(IHsWorksDb db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly bool Applies = typeof(ICommand<TResponse>).IsAssignableFrom(typeof(TMessage))
        && typeof(TMessage).GetCustomAttribute<WithoutTransactionAttribute>() is null;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!Applies) return await next(message, cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
