using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Behaviours;
using HsWorks.Application.Users;
using Microsoft.Extensions.DependencyInjection;

namespace HsWorks.Application;

public static class DependencyInjection
{
    /// <summary>The pipeline, outermost first: authorization, validation, transaction, audit.</summary>
    public static readonly Type[] PipelineBehaviours =
    [
        typeof(AuthorizationBehaviour<,>),
        typeof(ValidationBehaviour<,>),
        typeof(TransactionBehaviour<,>),
        typeof(AuditBehaviour<,>),
    ];

    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);
        services.AddScoped<AuditTrail>();
        services.AddScoped<SessionIssuer>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
