using System.Reflection;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Common.Behaviours;

/// <summary>Checks what the request declares it needs against the caller's access level (R7.2), before anything else runs.</summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser currentUser) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly bool IsAnonymous = typeof(TMessage).GetCustomAttribute<AnonymousAttribute>() is not null;
    private static readonly bool AllowedBeforePasswordChange = typeof(TMessage).GetCustomAttribute<AllowedBeforePasswordChangeAttribute>() is not null;
    private static readonly Permission[] Required = [.. typeof(TMessage).GetCustomAttributes<RequiresPermissionAttribute>().Select(a => a.Permission)];

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!IsAnonymous)
        {
            if (!currentUser.IsAuthenticated) throw new AuthenticationFailedException();
            if (currentUser.MustChangePassword && !AllowedBeforePasswordChange) throw new PasswordChangeRequiredException();
            var missing = Required.Where(p => !currentUser.Has(p)).ToList();
            if (missing.Count > 0)
                throw new ForbiddenException($"Your access level does not allow this ({string.Join(", ", missing.Select(AccessPolicy.NameOf))}).");
        }
        return next(message, cancellationToken);
    }
}
