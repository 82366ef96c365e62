using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;
using Suite.Framework.Events;
using Suite.Framework.Modularity;

namespace Suite.IntegrationTests.Probe;

/// <summary>
/// Two throwaway modules that talk over the real event bus: the sender only publishes, the receiver records
/// one effect row per handled event. Names carry a per-run suffix so runs never share a queue or schema.
/// </summary>
public sealed class ProbeNames(string suffix)
{
    public ModuleDatabase Sender { get; } = new($"probe-sender-{suffix}", $"probe_sender_{suffix}", "ProbeSender");
    public ModuleDatabase Receiver { get; } = new($"probe-receiver-{suffix}", $"probe_receiver_{suffix}", "ProbeReceiver");
}

public sealed class Effect
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string RunId { get; init; }
    public required int Number { get; init; }

    /// <summary>When the handler ran, in <see cref="EventSequence"/> order (GUID v7 ids are random within a millisecond).</summary>
    public long HandledOrder { get; init; } = EventSequence.Next(TimeProvider.System);
}

public sealed class SenderDbContext(DbContextOptions<SenderDbContext> options, SuiteDbContextServices services, ProbeNames names)
    : SuiteDbContext(options, services, names.Sender);

public sealed class ReceiverDbContext(DbContextOptions<ReceiverDbContext> options, SuiteDbContextServices services, ProbeNames names)
    : SuiteDbContext(options, services, names.Receiver)
{
    public DbSet<Effect> Effects => Set<Effect>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Effect>().ToTable("ProbeReceiverEffects");
    }
}

internal sealed class ThingHandler(ReceiverDbContext db) : IIntegrationEventHandler<ThingHappened>
{
    public Task HandleAsync(ThingHappened e, CancellationToken cancellationToken)
    {
        db.Effects.Add(new Effect { RunId = e.RunId, Number = e.Number });
        return Task.CompletedTask;
    }
}

internal sealed class FlakyHandler(ReceiverDbContext db) : IIntegrationEventHandler<FlakyArrived>
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int), bool> Failed = new();

    public Task HandleAsync(FlakyArrived e, CancellationToken cancellationToken)
    {
        db.Effects.Add(new Effect { RunId = e.RunId, Number = e.Number });
        if (Failed.TryAdd((e.RunId, e.Number), true))
            throw new InvalidOperationException("flaky: fails the first time");
        return Task.CompletedTask;
    }
}

internal sealed class PoisonHandler : IIntegrationEventHandler<PoisonArrived>
{
    public Task HandleAsync(PoisonArrived e, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("poison: this handler always fails");
}

internal sealed class BrokenHandler(ReceiverDbContext db) : IIntegrationEventHandler<BrokenArrived>
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Broken = new();

    public static void Break(string runId) => Broken[runId] = true;

    public static void Mend(string runId) => Broken.TryRemove(runId, out _);

    public Task HandleAsync(BrokenArrived e, CancellationToken cancellationToken)
    {
        db.Effects.Add(new Effect { RunId = e.RunId, Number = e.Number });
        if (Broken.ContainsKey(e.RunId))
            throw new InvalidOperationException("broken: the handler fails until it is mended");
        return Task.CompletedTask;
    }
}

public sealed class ProbeSenderModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context) =>
        context.AddModuleDbContext<SenderDbContext>(Names(context).Sender);

    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        CreateTablesAsync(services.GetRequiredService<SenderDbContext>(), cancellationToken);

    internal static ProbeNames Names(ModuleServiceContext context)
    {
        var existing = context.Services.FirstOrDefault(d => d.ServiceType == typeof(ProbeNames))?.ImplementationInstance;
        if (existing is ProbeNames names)
            return names;
        names = new ProbeNames(context.Configuration["Probe:Suffix"]!);
        context.Services.AddSingleton(names);
        return names;
    }

    /// <summary>The probe has no migrations: its tables are created from the model.</summary>
    internal static Task CreateTablesAsync(DbContext db, CancellationToken cancellationToken) =>
        db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
}

public sealed class ProbeReceiverModule : SuiteModule
{
    public override void ConfigureServices(ModuleServiceContext context) =>
        context.AddModuleDbContext<ReceiverDbContext>(ProbeSenderModule.Names(context).Receiver)
            .Subscribe<ThingHappened, ThingHandler>()
            .Subscribe<PoisonArrived, PoisonHandler>()
            .Subscribe<FlakyArrived, FlakyHandler>()
            .Subscribe<BrokenArrived, BrokenHandler>();

    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        ProbeSenderModule.CreateTablesAsync(services.GetRequiredService<ReceiverDbContext>(), cancellationToken);
}

[DependsOn(typeof(ProbeSenderModule), typeof(ProbeReceiverModule))]
public sealed class ProbeHostModule : SuiteModule;
