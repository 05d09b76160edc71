using HsWorks.Application.Common.Interfaces;
using HsWorks.Infrastructure.Disclosures;
using HsWorks.Infrastructure.Marketing;
using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.ProhibitionRegisters;
using HsWorks.Infrastructure.Search;
using HsWorks.Infrastructure.Security;
using HsWorks.Infrastructure.Seeding;
using HsWorks.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HsWorks.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Default") ?? string.Empty;
        services.AddDbContext<HsWorksDbContext>(options => UsePostgres(options, connectionString));
        services.AddScoped<IHsWorksDb>(sp => sp.GetRequiredService<HsWorksDbContext>());
        AddReadOnlyQueries(services, ReadOnlyConnection.From(configuration));
        services.AddScoped<ISearchIndex>(sp => new PostgresSearchIndex(sp.GetRequiredKeyedService<HsWorksDbContext>(ReadOnlyQueries.Key)));

        services.AddSingleton(sp => new FieldProtector(configuration.GetSection("Encryption").Get<EncryptionOptions>() ?? new EncryptionOptions()));
        services.AddSingleton<KeyRingRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<KeyRingRefresher>());
        services.AddOptions<JwtOptions>().Bind(configuration.GetSection("Jwt"));
        services.AddOptions<SignInOptions>().Bind(configuration.GetSection("SignIn"));
        services.AddOptions<StartupOptions>().Bind(configuration.GetSection("Startup"));
        services.AddSingleton<IPasswordHasher, PasswordHasher>();
        services.AddSingleton<ITokenIssuer, JwtTokenIssuer>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<EncryptionRotation>();
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection("Storage"));
        services.AddSingleton<IRecordingStore, FileRecordingStore>();
        services.AddScoped<IMarketingSelections, PostgresMarketingSelections>();
        services.AddKeyedScoped<IMarketingSelections>(ReadOnlyQueries.Key,
            (sp, key) => new PostgresMarketingSelections(sp.GetRequiredKeyedService<HsWorksDbContext>(key)));
        services.AddScoped<IPersonErasure, Erasure.PostgresPersonErasure>();
        services.AddOptions<SuppressionOptions>().Bind(configuration.GetSection("Suppression"));
        services.AddSingleton<ISuppressionHasher, SuppressionHasher>();
        services.AddSingleton<IdentityCodeLookup>();
        services.AddSingleton<ICsvExportWriter, Exports.CsvExportWriter>();
        services.AddScoped<RegisterImportRunner>();
        services.AddSingleton<RegisterImportService>();
        services.AddSingleton<IRegisterImports>(sp => sp.GetRequiredService<RegisterImportService>());
        services.AddHostedService(sp => sp.GetRequiredService<RegisterImportService>());
        services.AddScoped<PopulationRegister.PopulationRegisterImportRunner>();
        services.AddSingleton<PopulationRegister.PopulationRegisterImportService>();
        services.AddSingleton<IPopulationRegisterImports>(sp => sp.GetRequiredService<PopulationRegister.PopulationRegisterImportService>());
        services.AddHostedService(sp => sp.GetRequiredService<PopulationRegister.PopulationRegisterImportService>());
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection("Webhooks"));
        services.AddSingleton<IWebhookTargets, WebhookTargets>();
        services.AddHttpClient(WebhookDispatcher.HttpClientName,
                (sp, client) => client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value.TimeoutSeconds))
            .ConfigurePrimaryHttpMessageHandler(sp => WebhookHttp.Handler(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value));
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        services.AddOptions<Retention.RetentionOptions>().Bind(configuration.GetSection("Retention"));
        services.AddSingleton<MatchKeysAtStart>();
        services.AddHostedService(sp => sp.GetRequiredService<MatchKeysAtStart>());
        services.AddSingleton<Retention.RetentionScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<Retention.RetentionScheduler>());
        return services;
    }

    private static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder options, string connectionString) => options
        .UseNpgsql(PreparingStatements(connectionString), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
        .UseSnakeCaseNamingConvention();

    /// <summary>Statements a pooled connection runs again and again, prepared on it unless the connection string says otherwise.</summary>
    public const int AutoPreparedStatements = 64;

    /// <summary>
    /// Npgsql's automatic preparation: a statement sent five times on a physical connection is prepared there and then only
    /// executed, so PostgreSQL stops planning it for every request. At 1,000,000 persons planning was most of the database's time
    /// for the person overview (pg_stat_statements: 0.43 ms planning beside 0.11 ms executing its customers' UNION; bench/overview/README.md).
    /// The pool's reset keeps prepared statements and still resets the session (RESET ALL, advisory locks, temp tables).
    /// </summary>
    public static string PreparingStatements(string connectionString)
    {
        if (string.IsNullOrEmpty(connectionString)) return connectionString;
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")) return connectionString;
        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = AutoPreparedStatements }.ConnectionString;
    }

    /// <summary>
    /// The read-only queries' context (<see cref="ReadOnlyQueries"/>): one of its own on <c>ConnectionStrings:ReadOnly</c>, not
    /// tracking and refusing to save; without that setting, the request's primary context itself.
    /// </summary>
    private static void AddReadOnlyQueries(IServiceCollection services, string? readOnlyConnectionString)
    {
        if (readOnlyConnectionString is null)
            services.AddKeyedScoped(ReadOnlyQueries.Key, (sp, _) => sp.GetRequiredService<HsWorksDbContext>());
        else
        {
            services.AddKeyedSingleton(ReadOnlyQueries.Key, (sp, _) => (DbContextOptions<HsWorksDbContext>)UsePostgres(
                    new DbContextOptionsBuilder<HsWorksDbContext>().UseLoggerFactory(sp.GetRequiredService<ILoggerFactory>()), readOnlyConnectionString)
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options);
            services.AddKeyedScoped(ReadOnlyQueries.Key, (sp, key) => new HsWorksDbContext(
                sp.GetRequiredKeyedService<DbContextOptions<HsWorksDbContext>>(key), sp.GetRequiredService<FieldProtector>()) { ReadsOnly = true });
        }
        services.AddKeyedScoped<IHsWorksDb>(ReadOnlyQueries.Key, (sp, key) => sp.GetRequiredKeyedService<HsWorksDbContext>(key));
    }
}
