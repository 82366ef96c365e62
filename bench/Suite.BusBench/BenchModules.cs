using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;
using Suite.Framework.Events;
using Suite.Framework.Modularity;

namespace Suite.BusBench;

/// <summary>What the publishing module tells: a number the receiving module records, padded to a typical event's size.</summary>
[EventName("Bench.Thing.Happened")]
public sealed record BenchThingHappened(Guid Id, long Number, string Note);

/// <summary>The two modules' names, with a per-run suffix so a run never shares a queue or schema with another.</summary>
public sealed class BenchNames(string suffix)
{
    public ModuleDatabase Publisher { get; } = new($"bench-publisher-{suffix}", $"bench_publisher_{suffix}", "BenchPublisher");
    public ModuleDatabase Receiver { get; } = new($"bench-receiver-{suffix}", $"bench_receiver_{suffix}", "BenchReceiver");
}

public sealed class BenchEffect
{
    public required Guid Id { get; init; }
    public required long Number { get; init; }
}

public sealed class PublisherDbContext(DbContextOptions<PublisherDbContext> options, SuiteDbContextServices services, BenchNames names)
    : SuiteDbContext(options, services, names.Publisher);

public sealed class ReceiverDbContext(DbContextOptions<ReceiverDbContext> options, SuiteDbContextServices services, BenchNames names)
    : SuiteDbContext(options, services, names.Receiver)
{
    /// <summary>Numbers handled in the open transaction; <see cref="HandledOnCommit"/> stamps them when it commits.</summary>
    public List<long> Handled { get; } = [];

    public DbSet<BenchEffect> Effects => Set<BenchEffect>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<BenchEffect>().ToTable("BenchEffects");
    }
}

/// <summary>A typical handler: one row written in the inbox's transaction.</summary>
internal sealed class BenchThingHandler(ReceiverDbContext db) : IIntegrationEventHandler<BenchThingHappened>
{
    public Task HandleAsync(BenchThingHappened e, CancellationToken cancellationToken)
    {
        db.Effects.Add(new BenchEffect { Id = e.Id, Number = e.Number });
        db.Handled.Add(e.Number);
        return Task.CompletedTask;
    }
}

public sealed class BenchPublisherModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context) =>
        context.AddModuleDbContext<PublisherDbContext>(Names(context).Publisher);

    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        CreateTablesAsync(services.GetRequiredService<PublisherDbContext>(), cancellationToken);

    internal static BenchNames Names(ModuleServiceContext context)
    {
        var existing = context.Services.FirstOrDefault(d => d.ServiceType == typeof(BenchNames))?.ImplementationInstance;
        if (existing is BenchNames names)
            return names;
        names = new BenchNames(context.Configuration["Bench:Suffix"]!);
        context.Services.AddSingleton(names);
        return names;
    }

    /// <summary>The bench modules have no migrations: their tables are created from the model.</summary>
    internal static Task CreateTablesAsync(DbContext db, CancellationToken cancellationToken) =>
        db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
}

public sealed class BenchReceiverModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.AddModuleDbContext<ReceiverDbContext>(BenchPublisherModule.Names(context).Receiver)
            .Subscribe<BenchThingHappened, BenchThingHandler>();
        context.Services.AddScoped<HandledOnCommit>();
        context.Services.ConfigureDbContext<ReceiverDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<HandledOnCommit>()));
    }

    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        BenchPublisherModule.CreateTablesAsync(services.GetRequiredService<ReceiverDbContext>(), cancellationToken);
}

[DependsOn(typeof(BenchPublisherModule), typeof(BenchReceiverModule))]
public sealed class BenchHostModule : SuiteModule;
