using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using HsWorks.Api.Endpoints;
using HsWorks.Api.Http;
using HsWorks.Api.OpenApi;
using HsWorks.Application;
using HsWorks.Application.Common.Behaviours;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Infrastructure;
using HsWorks.Infrastructure.Security;
using HsWorks.Infrastructure.Seeding;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

var exportPath = args.SkipWhile(a => a != "--export-openapi").Skip(1).FirstOrDefault();
var builder = WebApplication.CreateBuilder(args);

// Structured logs, ids only: no request paths with query strings, no SQL parameters. JSON for
// machines; one line per event for a person at a terminal (Logging:Format=simple, set by ./hsworks run).
builder.Logging.ClearProviders();
var logFormat = builder.Configuration["Logging:Format"] ?? (builder.Environment.IsDevelopment() ? "simple" : "json");
if (logFormat == "simple") builder.Logging.AddSimpleConsole(o => (o.SingleLine, o.TimestampFormat) = (true, "HH:mm:ss "));
else builder.Logging.AddJsonConsole();

builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration)
    .AddMediator(options =>
    {
        options.ServiceLifetime = ServiceLifetime.Scoped;
        options.Assemblies = [typeof(HsWorks.Application.DependencyInjection)];
        // Outermost first. Written out here: the source generator reads this array at compile time.
        options.PipelineBehaviors =
        [
            typeof(RefusalAuditBehaviour<,>),
            typeof(AuthorizationBehaviour<,>),
            typeof(ValidationBehaviour<,>),
            typeof(TransactionBehaviour<,>),
            typeof(AuditBehaviour<,>),
        ];
    });

builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
// Every closed set travels by its wire name (EnumNames), in bodies, answers and the OpenAPI document alike.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new EnumJsonConverter()));
builder.Services.AddHsWorksSwagger();
builder.Services.AddHealthChecks().AddCheck<HsWorks.Infrastructure.Persistence.DatabaseHealthCheck>("database", tags: [HsWorks.Infrastructure.Persistence.DatabaseHealthCheck.ReadyTag]);
builder.Services.AddBrowserProtections(builder.Configuration);
builder.Services.AddSignInThrottling();
// Binding failures reach the exception handler in every environment, so they answer as problem details naming the field.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
    .Configure<IOptions<JwtOptions>>((bearer, jwt) =>
    {
        bearer.MapInboundClaims = false;
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = JwtOptions.Issuer,
            // Staff and partner tokens are told apart by audience in the policies below.
            ValidAudiences = [JwtOptions.Audience, JwtOptions.PartnerAudience],
            ValidAlgorithms = [JwtOptions.Algorithm],
            IssuerSigningKey = exportPath is null ? jwt.Value.SecurityKey() : new SymmetricSecurityKey(new byte[32]),
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = "unique_name",
        };
        bearer.Events = new JwtBearerEvents
        {
            OnTokenValidated = AccessTokenRevalidation.OnTokenValidated,
            // 401 as problem details like every other error.
            OnChallenge = async context =>
            {
                context.HandleResponse();
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = 401, Type = ProblemTypes.Unauthorized, Title = "Unauthorized", Detail = "Sign in and send the access token as a Bearer token." },
                });
            },
        };
    });
// Staff endpoints need a staff token (an access level); the partner API needs a partner's client token.
builder.Services.AddAuthorizationBuilder()
    .SetDefaultPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
        .RequireClaim("aud", JwtOptions.Audience).RequireClaim(HsWorksClaims.AccessLevel).Build())
    .AddPolicy(PartnerApiEndpoints.Policy, policy => policy.RequireAuthenticatedUser()
        .RequireClaim("aud", JwtOptions.PartnerAudience).RequireClaim(HsWorksClaims.ApiClient));
builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RefusedStaffCallAudit>();
builder.Services.AddRateLimiter(options =>
{
    var perMinute = builder.Configuration.GetValue("PartnerApi:RequestsPerMinute", 120);
    options.AddPolicy(PartnerApiEndpoints.RateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
        context.User.FindFirst(HsWorksClaims.ApiClient)?.Value ?? "anonymous",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    options.AddSignInLimiters();
    options.OnRejected = (context, _) => SignInThrottling.WriteRejectionAsync(context,
        context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == PartnerApiEndpoints.RateLimit
            ? $"At most {perMinute} requests a minute per client."
            : "Too many sign-in attempts from your address. Wait a moment and try again.");
});

var app = builder.Build();

app.UseBrowserProtections();
// Validation messages in the caller's language (fi, sv, en); English when not asked.
app.UseRequestLocalization(options => options
    .SetDefaultCulture("en")
    .AddSupportedCultures("en", "fi", "sv")
    .AddSupportedUICultures("en", "fi", "sv"));
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseSwagger();
// The UI only where configured (./hsworks run and Development); tokens typed into it are not kept in localStorage.
if (app.Configuration.GetValue("Swagger:UiEnabled", app.Environment.IsDevelopment()))
{
    app.UseSwaggerUI(options =>
    {
        options.SwaggerEndpoint("/swagger/v1/swagger.json", "HsWorks API v1");
        options.DocumentTitle = "HsWorks API";
    });
}
app.UseAuthentication();
app.UseAuthorization();
app.Use(PartnerCallAudit.InvokeAsync);
app.UseRateLimiter();
app.Use(EnumQueryBinding.InvokeAsync);

app.MapAuthEndpoints();
app.MapUsersEndpoints();
app.MapPersonsEndpoints();
app.MapCustomersEndpoints();
app.MapSearchEndpoints();
app.MapHealthEndpoints();
app.MapContactsEndpoints();
app.MapProblemsEndpoints();
app.MapInterestsEndpoints();
app.MapPurchasesEndpoints();
app.MapAssetsEndpoints();
app.MapRemoteAccessEndpoints();
app.MapInvoicesEndpoints();
app.MapRecordingsEndpoints();
app.MapWarrantiesEndpoints();
app.MapProductGroupsEndpoints();
app.MapAuditEndpoints();
app.MapPurposesEndpoints();
app.MapConsentsEndpoints();
app.MapProhibitionsEndpoints();
app.MapNonDisclosureEndpoints();
app.MapProhibitionRegistersEndpoints();
app.MapPopulationRegisterEndpoints();
app.MapMarketingEndpoints();
app.MapRecipientsEndpoints();
app.MapDisclosuresEndpoints();
app.MapApiClientsEndpoints();
app.MapPartnerApiEndpoints();
app.MapRequestsEndpoints();
app.MapControllerEndpoints();
app.MapPrivacyNoticeEndpoints();
app.MapProcessingRecordEndpoints();
app.MapRetentionEndpoints();
app.MapFallback("/api/{**rest}", ApiFallback.Answer)
    .ExcludeFromDescription();
app.MapFallbackToFile("index.html");

if (exportPath is not null)
{
    // Used by ./hsworks openapi: the document only, no database. The endpoints are known once the app has started.
    app.Urls.Add("http://127.0.0.1:0");
    await app.StartAsync();
    var document = app.Services.GetRequiredService<ISwaggerProvider>().GetSwagger("v1");
    await using (var file = File.Create(exportPath)) await document.SerializeAsJsonAsync(file, OpenApiSpecVersion.OpenApi3_0);
    await app.StopAsync();
    return;
}

// Used by ./hsworks rotate-keys (docs/keys.md): a key command, then exit.
if (await EncryptionCommands.TryRunAsync(app.Services, args)) return;

if (app.Services.GetRequiredService<IOptions<StartupOptions>>().Value.Migrate)
{
    using var scope = app.Services.CreateScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(CancellationToken.None);
}

await app.RunAsync();

/// <summary>Entry point; public for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
