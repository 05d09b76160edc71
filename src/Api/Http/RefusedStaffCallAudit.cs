using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Behaviours;
using HsWorks.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.IdentityModel.JsonWebTokens;

namespace HsWorks.Api.Http;

/// <summary>
/// A staff token refused by an endpoint's policy before any use case runs (a staff token on the
/// partner API) is audited like a refusal by a use case (<see cref="RefusalAuditBehaviour{TMessage, TResponse}"/>):
/// the user, the endpoint's name as the reason, and the ids in its route.
/// </summary>
public sealed class RefusedStaffCallAudit : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.FindFirst(HsWorksClaims.ApiClient) is null
            && Guid.TryParse(context.User.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var userId))
        {
            var endpoint = context.GetEndpoint();
            var name = endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? $"{context.Request.Method} {endpoint?.DisplayName}";
            var ids = context.Request.RouteValues.Where(v => Guid.TryParse(v.Value?.ToString(), out _)).Select(v => $"{v.Key}:{v.Value}");
            await AccessRefusal.RecordAsync(context.RequestServices.GetRequiredService<IServiceScopeFactory>(), userId,
                context.User.FindFirst(JwtRegisteredClaimNames.UniqueName)?.Value ?? string.Empty, name, [], [], ids, null, context.RequestAborted);
        }
        await fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}
