using System.Reflection;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Common.Behaviours;

/// <summary>
/// Checks what the request declares it needs against the caller's access level (R7.2), before
/// anything else runs. Fails closed: a request without an identity is refused unless it is marked
/// anonymous, and a staff request that declares neither a permission nor
/// <see cref="AnySignedInStaffAttribute"/> is refused whoever sends it.
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser currentUser) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly bool IsAnonymous = typeof(TMessage).GetCustomAttribute<AnonymousAttribute>() is not null;
    private static readonly bool AnyStaff = typeof(TMessage).GetCustomAttribute<AnySignedInStaffAttribute>() is not null;
    private static readonly bool AllowedBeforePasswordChange = typeof(TMessage).GetCustomAttribute<AllowedBeforePasswordChangeAttribute>() is not null;
    private static readonly string? Scope = typeof(TMessage).GetCustomAttribute<RequiresScopeAttribute>()?.Scope;
    private static readonly Permission[] Required = [.. typeof(TMessage).GetCustomAttributes<RequiresPermissionAttribute>().Select(a => a.Permission)];

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (IsAnonymous) return next(message, cancellationToken);
        if (!currentUser.IsAuthenticated) throw new AuthenticationFailedException();
        if (Scope is not null || currentUser.IsPartner)
        {
            // The partner API and the staff API never mix (R6.5).
            if (Scope is null) throw new ForbiddenException("Partner clients use the /api/v1/partner endpoints.");
            if (!currentUser.IsPartner) throw new ForbiddenException("This endpoint is for partners' API clients.");
            if (!currentUser.Scopes.Contains(Scope)) throw new ForbiddenException($"The token lacks the scope {Scope}.");
            return next(message, cancellationToken);
        }
        if (currentUser.MustChangePassword && !AllowedBeforePasswordChange) throw new PasswordChangeRequiredException();
        if (Required.Length == 0 && !AnyStaff) throw new ForbiddenException("This request declares no permission, so nobody may send it.");
        var missing = Required.Where(p => !currentUser.Has(p)).ToList();
        if (missing.Count > 0)
            throw new ForbiddenException($"Your access level does not allow this ({string.Join(", ", missing.Select(AccessPolicy.NameOf))}).");
        return next(message, cancellationToken);
    }
}
