using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Framework.Data;
using Suite.Framework.Events;
using Suite.Framework.Hosting;
using Suite.Framework.RabbitMq;
using Suite.TestBase;

namespace Suite.IntegrationTests.Probe;

/// <summary>The framework's real event bus with the probe modules, on a fresh database and either transport.</summary>
public sealed class BusHarness : IAsyncDisposable
{
    public const int MaxAttempts = 3;

    private readonly IHost _host;
    private readonly TestDatabase _database;

    private BusHarness(IHost host, TestDatabase database, string runId, ManualClock clock)
    {
        Clock = clock;
        _host = host;
        _database = database;
        RunId = runId;
    }

    /// <summary>Stamped into every probe event, so a run counts only its own effects.</summary>
    public string RunId { get; }

    public IServiceProvider Services => _host.Services;

    /// <summary>The bus's clock: move it to make retention windows and retry delays pass.</summary>
    public ManualClock Clock { get; }

    public static async Task<BusHarness> StartAsync(DatabaseProvider provider, bool rabbitMq, IDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateEmptyAsync(provider);
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Probe:Suffix"] = suffix,
            ["EventBus:PollInterval"] = "00:00:00.100",
            ["EventBus:RetryBaseDelay"] = "00:00:00.100",
            ["EventBus:MaxAttempts"] = MaxAttempts.ToString(),
            ["EventBus:CleanupInterval"] = "00:00:00.200",
        });
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);

        var clock = new ManualClock();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSuiteModules(builder.Configuration, new DatabaseSettings(provider, database.ConnectionString), typeof(ProbeHostModule));
        if (rabbitMq)
            builder.Services.AddRabbitMqEventBus(TestEnvironment.RabbitMq);

        var host = builder.Build();
        await host.StartAsync();
        return new BusHarness(host, database, suffix, clock);
    }

    /// <summary>Publishes the events from the sender module in one transaction.</summary>
    public async Task PublishAsync<TEvent>(params TEvent[] events) where TEvent : class
    {
        await using var scope = Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<SenderDbContext>();
        foreach (var e in events)
            sender.Publish(e);
        await sender.SaveChangesAsync();
    }

    public ThingHappened Thing(int number) => new(RunId, number);

    public ProbeNames Names => Services.GetRequiredService<ProbeNames>();

    public async Task<T> WithScope<T>(Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = Services.CreateAsyncScope();
        return await act(scope.ServiceProvider);
    }

    public async Task<T> ReceiverAsync<T>(Func<ReceiverDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReceiverDbContext>());
    }

    public async Task<T> SenderAsync<T>(Func<SenderDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SenderDbContext>());
    }

    public Task<List<int>> EffectNumbersAsync() =>
        ReceiverAsync(db => db.Effects.Where(e => e.RunId == RunId).Select(e => e.Number).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _database.DisposeAsync();
    }
}
