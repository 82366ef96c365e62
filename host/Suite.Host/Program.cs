using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;
using Serilog;
using Suite.Framework.Data;
using Suite.Framework.Events;
using Suite.Framework.Hosting;
using Suite.Framework.RabbitMq;
using Suite.Host;
using Suite.Host.Backups;
using Suite.Host.Hosting;
using Suite.Host.Identity;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = WebRoot.Find() });
var mode = RunMode.From(builder.Configuration, builder.Environment.ContentRootPath);
var jsonLogs = Logs.AreJson(builder.Configuration, mode);
builder.Host.UseSerilog((context, logger) => logger.ReadFrom.Configuration(context.Configuration).ToConsole(jsonLogs));
if (!string.IsNullOrEmpty(mode.AdminPassword))
    builder.Configuration["Suite:AdminPassword"] = mode.AdminPassword;
builder.Configuration["Suite:DemoData"] = mode.DemoData.ToString();

// Keys survive restarts, so signed-in users stay signed in; several server instances share the folder.
builder.Services.AddDataProtection().SetApplicationName("Suite")
    .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(RunMode.DataPath(builder.Configuration, builder.Environment.ContentRootPath), "keys")));
builder.Services.AddReverseProxy(builder.Configuration);
builder.Services.AddSecurityHeaders();
builder.Services.ConfigureHttpJsonOptions(o =>
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
// Messages follow the UI language the web app sends in Accept-Language; Russian otherwise.
builder.Services.AddRequestLocalization(o =>
{
    o.SetDefaultCulture("ru").AddSupportedCultures("ru", "en").AddSupportedUICultures("ru", "en");
    o.RequestCultureProviders = [new Microsoft.AspNetCore.Localization.AcceptLanguageHeaderRequestCultureProvider()];
});
builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "Suite API";
    document.Info.Description = "The public HTTP contract of Suite: CRM, tasks, documents, finance and stock.";
    document.Servers = []; // the document must not depend on the address it was fetched from (the Angular client is generated from it)
    return Task.CompletedTask;
}));
builder.Services.AddAuthorization(o => o.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
    .RequireAuthenticatedUser().Build());
builder.Services.AddHealthChecks()
    .Add(new("outbox-backlog", sp => new OutboxBacklogHealthCheck(
        sp.GetRequiredService<IServiceScopeFactory>(),
        builder.Configuration.GetValue("EventBus:BacklogAlarm", TimeSpan.FromMinutes(5))), null, ["ready"]));

builder.Services.AddSuiteTelemetry(builder.Configuration, mode);
builder.Services.AddSingleton(new Suite.Host.Operations.HostFacts(DateTimeOffset.UtcNow, mode.RabbitMqUri is null ? "in-process" : "rabbitmq"));
var modules = builder.Services.AddSuiteModules(builder.Configuration, mode.Database, typeof(SuiteHostModule));
if (mode.RabbitMqUri is not null)
{
    builder.Services.AddRabbitMqEventBus(mode.RabbitMqUri);
    builder.Services.Configure<RabbitMqOptions>(builder.Configuration.GetSection("RabbitMq")); // Name, Prefetch
}

var app = builder.Build();
if (args.Contains(AdminRecovery.Option))
    return await AdminRecovery.RunAsync(app.Services);
if (args.Contains(DatabaseMigrations.Option))
    return await DatabaseMigrations.RunAsync(app.Services);
if (BackupCommand.IsAsked(args))
    return await BackupCommand.RunAsync(app.Services, args);

app.UseReverseProxy();
if (jsonLogs)
    app.UseSerilogRequestLogging(Logs.Requests);
app.UseSecurityHeaders(mode);
app.UseRequestLocalization();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaticAssets();
app.UseRateLimiter();
app.UseCors(); // only endpoints that ask for it: web form submissions from clients' websites
app.UseAuthentication();
app.UseSessionCheck();
app.UseCookieAntiforgery();
app.UseAuthorization();

app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthReport.WriteAsync })
    .AllowAnonymous();
app.MapMetrics();
app.MapSuiteModules(modules);
app.MapFallback("/api/{**path}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such API route."))
    .AllowAnonymous().ExcludeFromDescription();
app.MapFallbackToFile("index.html", StaticAssets.Options).AllowAnonymous();

app.Lifetime.ApplicationStarted.Register(() => Announce(app, mode));

try
{
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is StartupException || e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    var reason = e is StartupException ? e.Message : $"{e.Message} Stop the other program or set ASPNETCORE_URLS to another port.";
    Console.Error.WriteLine($"Suite cannot start: {reason}");
    return 1;
}

static void Announce(WebApplication app, RunMode mode)
{
    var urls = string.Join(", ", app.Urls);
    app.Logger.LogInformation("Suite is running on {Urls} ({Mode} mode: {Provider}, {Bus} event bus)", urls,
        mode.IsEmbedded ? "embedded" : "server", mode.Database.Provider, mode.RabbitMqUri is null ? "in-process" : "RabbitMQ");
    if (mode.AdminPasswordIsDefault)
        Console.WriteLine($"""

            Suite is ready at {urls}
              Sign in as admin / {RunMode.DefaultAdminPassword}
              Demo users (password {DemoUsers.Password}): {string.Join(", ", DemoUsers.All.Select(u => $"{u.UserName} ({u.Role})"))}

            """);
}

public partial class Program;
