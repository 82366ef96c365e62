using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Framework.Data;
using Suite.Framework.Domain;
using Suite.Framework.Events;
using Suite.IntegrationTests.Probe;
using Suite.TestBase;
using Xunit;

namespace Suite.IntegrationTests;

/// <summary>What an admin does with a parked event: replay it once its cause is mended, or discard it; both audited.</summary>
public abstract class ParkedEventTests(DatabaseProvider provider, bool rabbitMq) : IAsyncLifetime
{
    protected BusHarness Bus { get; private set; } = null!;

    public async Task InitializeAsync() => Bus = await BusHarness.StartAsync(provider, rabbitMq);

    public async Task DisposeAsync()
    {
        BrokenHandler.Mend(Bus.RunId);
        await Bus.DisposeAsync();
    }

    [Fact]
    public async Task Should_Apply_A_Replayed_Event_Once_And_Refuse_A_Second_Replay()
    {
        var parked = await ParkBrokenEventAsync(7);
        BrokenHandler.Mend(Bus.RunId);

        await WithParkedEvents(p => p.ReplayAsync(parked.Module, parked.Id, CancellationToken.None));
        await Eventually.Until(Bus.EffectNumbersAsync, n => n.Contains(7), what: "the replayed event to be handled");

        var again = await Should.ThrowAsync<BusinessRuleException>(() => WithParkedEvents(p => p.ReplayAsync(parked.Module, parked.Id, CancellationToken.None)));
        again.Code.ShouldBe(Suite.Framework.Errors.ErrorCodes.EventNotParked);
        await Bus.PublishAsync(Bus.Thing(8)); // handled after anything a second replay could have queued
        await Eventually.Until(Bus.EffectNumbersAsync, n => n.Contains(8), what: "the marker event");
        (await Bus.EffectNumbersAsync()).Order().ShouldBe([7, 8]);
        (await WithParkedEvents(p => p.ListAsync(null, CancellationToken.None))).ShouldNotContain(e => e.Id == parked.Id);
        (await AuditOfAsync(parked.Id)).ShouldBe([("status", "parked", "replayed")]);
    }

    [Fact]
    public async Task Should_Discard_An_Event_Without_Its_Effect_Leave_An_Audit_Entry_And_Drop_A_Later_Redelivery()
    {
        var parked = await ParkBrokenEventAsync(5);
        BrokenHandler.Mend(Bus.RunId);

        await WithParkedEvents(p => p.DiscardAsync(parked.Module, parked.Id, CancellationToken.None));
        // The same message arriving again (a broker redelivery) is dropped: the discarded row still holds its id.
        var message = new OutboxMessage { Id = parked.Id, EventName = parked.EventName, Payload = parked.Payload, CreatedAt = DateTimeOffset.UtcNow };
        await Bus.Services.GetRequiredService<IEventTransport>().SendAsync([message], CancellationToken.None);
        await Bus.PublishAsync(Bus.Thing(6));
        await Eventually.Until(Bus.EffectNumbersAsync, n => n.Contains(6), what: "the marker event");

        (await Bus.EffectNumbersAsync()).ShouldBe([6]);
        (await WithParkedEvents(p => p.ListAsync(null, CancellationToken.None))).ShouldNotContain(e => e.Id == parked.Id);
        (await AuditOfAsync(parked.Id)).ShouldBe([("status", "parked", "discarded")]);
        await Should.ThrowAsync<BusinessRuleException>(() => WithParkedEvents(p => p.ReplayAsync(parked.Module, parked.Id, CancellationToken.None)));
    }

    [Fact]
    public async Task Should_Say_Which_Event_Or_Module_Is_Unknown()
    {
        await Should.ThrowAsync<EntityNotFoundException>(() => WithParkedEvents(p => p.ReplayAsync(Bus.Names.Receiver.Module, Guid.NewGuid(), CancellationToken.None)));
        await Should.ThrowAsync<EntityNotFoundException>(() => WithParkedEvents(p => p.DiscardAsync("no-such-module", Guid.NewGuid(), CancellationToken.None)));
    }

    private async Task<ParkedEventDto> ParkBrokenEventAsync(int number)
    {
        BrokenHandler.Break(Bus.RunId);
        await Bus.PublishAsync(new BrokenArrived(Bus.RunId, number));
        var parked = await Eventually.Until(() => WithParkedEvents(p => p.ListAsync(Bus.Names.Receiver.Module, CancellationToken.None)),
            list => list.Any(e => e.EventName == "Probe.Broken.Arrived"), what: "the broken event to be parked");
        var theEvent = parked.Single(e => e.EventName == "Probe.Broken.Arrived");
        theEvent.LastError!.ShouldContain("broken: the handler fails until it is mended");
        theEvent.Attempts.ShouldBe(BusHarness.MaxAttempts);
        (await Bus.EffectNumbersAsync()).ShouldBeEmpty("a failed attempt leaves no effect");
        var state = await Bus.WithScope(s => s.GetRequiredService<EventBusState>().ReadAsync(CancellationToken.None));
        state.Single(s => s.Module == Bus.Names.Receiver.Module).Parked.ShouldBe(1);
        return theEvent;
    }

    private Task<T> WithParkedEvents<T>(Func<ParkedEvents, Task<T>> act) => Bus.WithScope(s => act(s.GetRequiredService<ParkedEvents>()));

    private Task WithParkedEvents(Func<ParkedEvents, Task> act) => Bus.WithScope(async s => { await act(s.GetRequiredService<ParkedEvents>()); return true; });

    private async Task<List<(string, string?, string?)>> AuditOfAsync(Guid messageId)
    {
        var changes = await Bus.ReceiverAsync(db => db.EntityChanges.AsNoTracking()
            .Where(c => c.EntityType == ParkedEvents.AuditEntityType && c.EntityId == messageId).ToListAsync());
        return changes.SelectMany(c => System.Text.Json.JsonSerializer.Deserialize<List<FieldChange>>(c.Changes, EventSerializer.Options)!)
            .Where(f => f.Field == "status").Select(f => (f.Field, f.OldValue, f.NewValue)).ToList();
    }
}

public sealed class ParkedEventTestsOnRabbitMqAndPostgreSql() : ParkedEventTests(DatabaseProvider.PostgreSql, rabbitMq: true);

public sealed class ParkedEventTestsInProcessOnSqlite() : ParkedEventTests(DatabaseProvider.Sqlite, rabbitMq: false);
