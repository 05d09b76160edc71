using System.Reflection;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Audit;
using Mediator;

namespace HsWorks.Application.Common.Behaviours;

/// <summary>
/// Writes one append-only audit record for every request marked <see cref="AuditedAttribute"/> that
/// succeeded (R7.3): who, when, the action, the persons and customers the handler touched and the changed fields.
/// Inside the transaction behaviour, so a change and its record commit together.
/// </summary>
public sealed class AuditBehaviour<TMessage, TResponse>(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string? Action = typeof(TMessage).GetCustomAttribute<AuditedAttribute>()?.Action;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (Action is null) return response;

        var (userId, username) = trail.Actor ?? (currentUser.UserId, currentUser.Username);
        await db.AppendAuditAsync(AuditRecord.Create(clock.GetUtcNow(), userId, username, Action,
            trail.PersonIds, trail.CustomerIds, trail.Fields, trail.TargetUserId, trail.Reason), cancellationToken);
        return response;
    }
}
