using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Suite.Framework.Data;
using Suite.Framework.Events;
using Suite.Framework.Hosting;
using Suite.Framework.Modularity;
using Suite.Framework.Permissions;

namespace Suite.Host.Identity;

/// <summary>
/// Users, roles and sign-in: bearer tokens for API clients, a cookie with antiforgery for the browser,
/// lockout after repeated failures, PBKDF2 with 210,000 iterations.
/// </summary>
public sealed class IdentityModule : SuiteModule
{
    public const string AuthCookie = "suite.auth";
    public const int FailedLoginsBeforeLockout = 5;

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddDbContext<SuiteIdentityDbContext>(o => o.UseSuiteDatabase(context.Database, SuiteIdentityDbContext.Module));
        services.AddSingleton(new ModuleDbContextType(SuiteIdentityDbContext.Module, typeof(SuiteIdentityDbContext)));
        services.AddHealthChecks().AddDbContextCheck<SuiteIdentityDbContext>("database-identity", HealthStatus.Unhealthy, ["ready"]);
        services.AddModuleOutbox<SuiteIdentityDbContext>(SuiteIdentityDbContext.Module);
        services.AddBackfill<SuiteIdentityDbContext, UsersBackfill>();

        services.AddIdentityApiEndpoints<SuiteUser>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = FailedLoginsBeforeLockout;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<SuiteRole>()
            .AddEntityFrameworkStores<SuiteIdentityDbContext>()
            .AddSignInManager<SuiteSignInManager>();
        // How long a token or cookie stays usable after logout, a password or role change or disabling; tests shorten it.
        services.Configure<SecurityStampValidatorOptions>(o =>
            o.ValidationInterval = context.Configuration.GetValue("Suite:Identity:SessionCheckInterval", TimeSpan.FromMinutes(1)));
        services.AddMemoryCache();
        services.AddSingleton<SessionStamps>();
        services.AddScoped<UserAccounts>();
        // OWASP's current figure for PBKDF2-HMAC-SHA512; the framework default is lower.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = AuthCookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });
        services.AddAntiforgery(o =>
        {
            o.HeaderName = Antiforgery.HeaderName;
            o.Cookie.Name = "suite.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // https behind a proxy too (Hosting/ReverseProxy.cs)
        });

        services.AddSingleton<PermissionDefinitionProvider, IdentityPermissionDefinitions>();
        services.AddScoped<IdentitySeeder>();
        services.AddSingleton<LoginRateLimit>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAccount();
        endpoints.MapUsersAndRoles();
    }

    public override async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var seeder = services.GetRequiredService<IdentitySeeder>();
        await seeder.SeedRolesAsync();
        await seeder.FillSearchTextAsync(services.GetRequiredService<SuiteIdentityDbContext>());
        var password = services.GetRequiredService<IConfiguration>()["Suite:AdminPassword"]
                       ?? throw new StartupException("Set Suite:AdminPassword (environment variable Suite__AdminPassword) for the first start.");
        await seeder.SeedAdminAsync(password);
    }

    public override Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IdentitySeeder>().SeedDemoUsersAsync();
}
