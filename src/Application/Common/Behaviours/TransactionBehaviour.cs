using System.Reflection;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using Mediator;

namespace HsWorks.Application.Common.Behaviours;

/// <summary>
/// A command and its audit record commit together or not at all. When the database restarts in the
/// middle, the whole unit runs again (a few times, then 503) — unless the command is marked
/// <see cref="NotRetriedAttribute"/> because it has an effect outside the database.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(IHsWorksDb db, AuditTrail trail) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly bool Applies = typeof(ICommand<TResponse>).IsAssignableFrom(typeof(TMessage))
        && typeof(TMessage).GetCustomAttribute<WithoutTransactionAttribute>() is null;

    private static readonly bool Retried = typeof(TMessage).GetCustomAttribute<NotRetriedAttribute>() is null;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!Applies) return await next(message, cancellationToken);
        return await db.RunUnitAsync(async (attempt, ct) =>
        {
            if (attempt > 0) trail.Reset();
            await using var transaction = await db.BeginTransactionAsync(ct);
            var response = await next(message, ct);
            if (transaction is null) return response;
            try
            {
                await transaction.CommitAsync(ct);
            }
            catch (Exception exception)
            {
                // The commit may have reached the server: running the unit again could do it twice.
                throw new CommitOutcomeUnknownException(exception);
            }
            return response;
        }, Retried, cancellationToken);
    }
}
