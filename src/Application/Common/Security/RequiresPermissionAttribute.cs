using HsWorks.Domain.Users;

namespace HsWorks.Application.Common.Security;

/// <summary>The permission a request needs; the authorization behaviour checks it.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class RequiresPermissionAttribute(Permission permission) : Attribute
{
    public Permission Permission { get; } = permission;
}

/// <summary>A request anyone may send without signing in (sign-in itself, token refresh).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AnonymousAttribute : Attribute;

/// <summary>A request a signed-in user may send even while their password must be changed.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowedBeforePasswordChangeAttribute : Attribute;

/// <summary>A command that manages its own saves because its failures must persist (failed sign-ins, token reuse).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class WithoutTransactionAttribute : Attribute;

/// <summary>
/// A request of the partner API: only a partner's API client may send it, and only with the scope.
/// Every other request is for staff, and a partner's token is refused there.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresScopeAttribute(string scope) : Attribute
{
    public string Scope { get; } = scope;
}

/// <summary>
/// A command with an effect outside the database (a file written, a token handed out): when the
/// database restarts in the middle it is not run again by the server, the caller gets 503 instead.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotRetriedAttribute : Attribute;

/// <summary>
/// A request any signed-in staff member may send whatever their access level (their own account).
/// Every other staff request names the permission it needs: one that declares neither is refused.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AnySignedInStaffAttribute : Attribute;
