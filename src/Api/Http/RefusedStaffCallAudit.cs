using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Behaviours;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Audit;
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
            using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<IHsWorksDb>();
            db.AuditRecords.Add(AuditRecord.Create(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(), userId,
                context.User.FindFirst(JwtRegisteredClaimNames.UniqueName)?.Value ?? string.Empty,
                AccessRefusal.Action, [], [], ids, reason: name.Length > 500 ? name[..500] : name));
            await db.SaveChangesAsync(context.RequestAborted);
        }
        await fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}
