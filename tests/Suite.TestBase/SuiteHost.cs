using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Suite.Framework.Data;
using Xunit;

namespace Suite.TestBase;

/// <summary>
/// Suite's real host in memory on a fresh database, with fast event bus timings. Signs users in through the
/// public API, so tests exercise the same path as clients.
/// </summary>
public class SuiteHost(DatabaseProvider provider, string? rabbitMqUri = null) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "Admin-Test-123!";
    public const string UserPassword = "User-Test-123!";

    private readonly Dictionary<string, string?> _settings = new();
    private TestDatabase? _database;

    public DatabaseProvider Provider { get; } = provider;
    public bool UsesRabbitMq => rabbitMqUri is not null;
    public TestDatabase Database => _database ?? throw new InvalidOperationException("The host is not started.");

    /// <summary>Overrides a configuration value; call before the first request.</summary>
    public SuiteHost With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        _ = Server; // starts the host: migrations and seeding run now, not in the first test
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Suite", Provider == DatabaseProvider.PostgreSql ? Database.ConnectionString : "");
        builder.UseSetting("Suite:DataPath", Database.Folder);
        builder.UseSetting("Suite:AdminPassword", AdminPassword);
        builder.UseSetting("Suite:DemoData", "false");
        builder.UseSetting("Suite:Login:AttemptsPerMinute", "100000");
        builder.UseSetting("RabbitMq:Uri", rabbitMqUri ?? "");
        // Hosts of other test databases run at the same time on the one broker: each database gets its own exchange and
        // queues, so no host takes another's messages, while two hosts on one database still share theirs.
        builder.UseSetting("RabbitMq:Name", "suite-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(_settings.GetValueOrDefault("ConnectionStrings:Suite") ?? Database.ConnectionString)))[..16].ToLowerInvariant());
        builder.UseSetting("EventBus:PollInterval", "00:00:00.200");
        builder.UseSetting("EventBus:RetryBaseDelay", "00:00:00.100");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/account/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public Task<HttpClient> AdminAsync() => SignInAsync("admin", AdminPassword);

    /// <summary>Creates a user with the given roles through the users API and returns it signed in, with its id.</summary>
    public async Task<(HttpClient Client, Guid Id)> UserAsync(string role, string? userName = null)
    {
        userName ??= $"{role}-{Guid.NewGuid():N}"[..20];
        var admin = await AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/identity/users",
            new { userName, email = $"{userName}@test.local", password = UserPassword, roles = new[] { role } });
        created.EnsureSuccessStatusCode();
        var user = await created.Content.ReadFromJsonAsync<UserResponse>();
        // Modules refuse to give records to users they do not know yet: wait for their copies of this one.
        await IdentityEvents.UserCreatedAsync(this, user!.Id);
        return (await SignInAsync(userName, UserPassword), user.Id);
    }

    private sealed record TokenResponse(string AccessToken);

    private sealed record UserResponse(Guid Id);
}

public sealed class SqliteHost() : SuiteHost(DatabaseProvider.Sqlite);

public sealed class PostgreSqlHost() : SuiteHost(DatabaseProvider.PostgreSql);
