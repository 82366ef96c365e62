using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Framework.Data;
using Suite.Framework.Hosting;
using Suite.Framework.RabbitMq;

namespace Suite.BusBench;

/// <summary>
/// A host-like process: the framework as the host composes it (default event bus settings), the two bench modules,
/// RabbitMQ as the transport. Publishing is what a module's write path does: its own transaction, Publish, commit.
/// </summary>
internal sealed class SuiteBus(IHost host, Arrivals arrivals) : IAsyncDisposable
{
    public static readonly string Note = new('x', 150);

    public static async Task<SuiteBus> StartAsync(string connectionString, string rabbitMq, string suffix)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The bench modules have no migrations: EF logs the missing history table as an error at start.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Critical);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Bench:Suffix"] = suffix });
        var arrivals = new Arrivals();
        builder.Services.AddSingleton(arrivals);
        builder.Services.AddSuiteModules(builder.Configuration, new DatabaseSettings(DatabaseProvider.PostgreSql, connectionString),
            typeof(BenchHostModule));
        builder.Services.AddRabbitMqEventBus(rabbitMq);
        var host = builder.Build();
        await host.StartAsync();
        return new SuiteBus(host, arrivals);
    }

    public Arrivals Arrivals => arrivals;

    /// <summary>One business transaction that publishes <paramref name="count"/> events numbered from <paramref name="first"/>.</summary>
    public async Task PublishAsync(long first, int count)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PublisherDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        for (var n = first; n < first + count; n++)
            db.Publish(new BenchThingHappened(Guid.CreateVersion7(), n, Note));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        for (var n = first; n < first + count; n++)
            arrivals.Sent(n);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
