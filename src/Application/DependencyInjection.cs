using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Users;
using Microsoft.Extensions.DependencyInjection;

namespace HsWorks.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        ValidatorOptions.Global.LanguageManager = new LocalizedLanguageManager();
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);
        services.AddScoped<AuditTrail>();
        services.AddScoped<SessionIssuer>();
        services.AddScoped<TokenRevalidation>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Retention.IRetentionTexts, Retention.RetentionTexts>();
        services.AddScoped<Retention.RetentionEnforcement>();
        return services;
    }
}
