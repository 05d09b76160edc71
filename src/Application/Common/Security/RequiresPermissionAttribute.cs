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
