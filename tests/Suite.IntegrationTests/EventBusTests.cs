using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Suite.Framework.Data;
using Suite.Framework.Events;
using Suite.IntegrationTests.Probe;
using Suite.TestBase;
using Xunit;

namespace Suite.IntegrationTests;

/// <summary>The outbox → transport → inbox path; the same tests run over RabbitMQ on PostgreSQL and in process on SQLite.</summary>
public abstract class EventBusTests(DatabaseProvider provider, bool rabbitMq) : IAsyncLifetime
{
    protected BusHarness Bus { get; private set; } = null!;

    public async Task InitializeAsync() => Bus = await BusHarness.StartAsync(provider, rabbitMq);

    public async Task DisposeAsync() => await Bus.DisposeAsync();

    [Fact]
    public async Task Should_Handle_A_Message_Delivered_Three_Times_Once()
    {
        var message = new OutboxMessage
        {
            EventName = "Probe.Thing.Happened",
            Payload = EventSerializer.Serialize(Bus.Thing(1)),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var transport = Bus.Services.GetRequiredService<IEventTransport>();

        for (var i = 0; i < 3; i++)
            await transport.SendAsync([message], CancellationToken.None);
        await Bus.PublishAsync(Bus.Thing(2)); // sent after the copies, so handled after them

        await Eventually.Until(async () => (await Bus.EffectNumbersAsync()).Contains(2), what: "the marker event");
        (await Bus.EffectNumbersAsync()).Count(n => n == 1).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Park_A_Message_Whose_Handler_Always_Fails_And_Handle_The_Ones_Behind_It()
    {
        using var failures = new MeasurementRecorder("suite.eventbus.handler_failures");
        await Bus.PublishAsync(new PoisonArrived(Bus.RunId));
        await Bus.PublishAsync(Enumerable.Range(1, 20).Select(Bus.Thing).ToArray());

        await Eventually.Until(async () => (await Bus.EffectNumbersAsync()).Count == 20, what: "the 20 good events");
        var poison = await Eventually.Until(
            () => Bus.ReceiverAsync(db => db.InboxMessages.AsNoTracking().SingleAsync(m => m.EventName == "Probe.Poison.Arrived")),
            m => m.ParkedAt is not null, what: "the poison message to be parked");

        poison.Attempts.ShouldBe(BusHarness.MaxAttempts);
        poison.ProcessedAt.ShouldBeNull();
        poison.LastError!.ShouldContain("poison: this handler always fails");
        (await Bus.EffectNumbersAsync()).Order().ShouldBe(Enumerable.Range(1, 20));
        failures.Sum(("event", "Probe.Poison.Arrived")).ShouldBe(BusHarness.MaxAttempts, "each failed attempt is counted on /metrics");
    }

    [Fact]
    public async Task Should_Never_Publish_An_Event_Whose_Transaction_Rolled_Back()
    {
        await using (var scope = Bus.Services.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<SenderDbContext>();
            await using var transaction = await sender.Database.BeginTransactionAsync();
            sender.Publish(Bus.Thing(1));
            await sender.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await Bus.PublishAsync(Bus.Thing(2));

        await Eventually.Until(async () => (await Bus.EffectNumbersAsync()).Contains(2), what: "the committed event");
        (await Bus.EffectNumbersAsync()).ShouldBe([2]);
        (await Bus.SenderAsync(db => db.OutboxMessages.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Should_Delete_Handled_Messages_After_The_Retention_Window_But_Keep_Parked_Ones()
    {
        await Bus.PublishAsync(new PoisonArrived(Bus.RunId));
        await Bus.PublishAsync(Bus.Thing(1));
        await Eventually.Until(async () => (await Bus.EffectNumbersAsync()).Count == 1, what: "the good event");
        await Eventually.Until(() => Bus.ReceiverAsync(db => db.InboxMessages.AnyAsync(m => m.ParkedAt != null)), what: "the poison to be parked");

        await Task.Delay(TimeSpan.FromMilliseconds(600)); // several cleanup rounds: nothing is old enough yet
        (await Bus.ReceiverAsync(db => db.InboxMessages.CountAsync())).ShouldBe(2);
        (await Bus.SenderAsync(db => db.OutboxMessages.CountAsync())).ShouldBe(2);

        Bus.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        await Eventually.Until(() => Bus.ReceiverAsync(db => db.InboxMessages.CountAsync(m => m.ProcessedAt != null)), n => n == 0,
            what: "the handled inbox row to be deleted");
        await Eventually.Until(() => Bus.SenderAsync(db => db.OutboxMessages.CountAsync()), n => n == 0, what: "the sent outbox rows to be deleted");
        (await Bus.ReceiverAsync(db => db.InboxMessages.SingleAsync())).EventName.ShouldBe("Probe.Poison.Arrived");
    }

    [Fact]
    public async Task Should_Handle_The_Rest_Of_A_Batch_Once_And_Retry_Only_The_Message_Whose_Handler_Failed()
    {
        await using (var scope = Bus.Services.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<SenderDbContext>();
            foreach (var number in Enumerable.Range(1, 10))
                sender.Publish(Bus.Thing(number));
            sender.Publish(new FlakyArrived(Bus.RunId, 100));
            foreach (var number in Enumerable.Range(11, 10))
                sender.Publish(Bus.Thing(number));
            await sender.SaveChangesAsync();
        }

        var numbers = await Eventually.Until(Bus.EffectNumbersAsync, n => n.Count >= 21, what: "the 20 events and the retried one");
        await Task.Delay(TimeSpan.FromMilliseconds(500)); // a second effect of any of them would show up now
        numbers = await Bus.EffectNumbersAsync();

        numbers.Order().ShouldBe(Enumerable.Range(1, 20).Append(100), "each message's work done once; the failed attempt's rolled back");
        var flaky = await Bus.ReceiverAsync(db => db.InboxMessages.AsNoTracking().SingleAsync(m => m.EventName == "Probe.Flaky.Arrived"));
        flaky.Attempts.ShouldBe(2);
        flaky.ProcessedAt.ShouldNotBeNull();
        flaky.LastError!.ShouldContain("flaky: fails the first time");
        (await Bus.ReceiverAsync(db => db.InboxMessages.CountAsync(m => m.EventName == "Probe.Thing.Happened" && m.Attempts == 1 && m.ProcessedAt != null)))
            .ShouldBe(20);
    }

    [Fact]
    public async Task Should_Drop_The_Redelivery_Of_A_Batch_Published_By_A_Sender_That_Crashed_Before_Marking_It_Sent()
    {
        var batch = Enumerable.Range(1, 30).Select(n => OutboxMessage.For(Bus.Thing(n), Bus.Clock)).ToList();
        // The crashed sender got the broker's confirms for the whole batch...
        await Bus.Services.GetRequiredService<IEventTransport>().SendAsync(batch, CancellationToken.None);
        await Eventually.Until(Bus.EffectNumbersAsync, n => n.Count == 30, what: "the first delivery to be handled");

        // ...but its rows stayed unsent: the next sender publishes them again.
        await using (var scope = Bus.Services.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<SenderDbContext>();
            sender.OutboxMessages.AddRange(batch);
            await sender.SaveChangesAsync();
        }
        await Eventually.Until(() => Bus.SenderAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)), n => n == 0,
            what: "the batch to be sent again");
        await Bus.PublishAsync(Bus.Thing(31)); // sent after the copies, so handled after them
        await Eventually.Until(async () => (await Bus.EffectNumbersAsync()).Contains(31), what: "the marker event");

        (await Bus.EffectNumbersAsync()).Order().ShouldBe(Enumerable.Range(1, 31));
        (await Bus.ReceiverAsync(db => db.InboxMessages.CountAsync())).ShouldBe(31);
    }

    [Fact]
    public async Task Should_Deliver_Events_In_The_Order_They_Were_Committed()
    {
        for (var batch = 0; batch < 5; batch++)
            await Bus.PublishAsync(Enumerable.Range(batch * 10 + 1, 10).Select(Bus.Thing).ToArray());

        var numbers = await Eventually.Until(
            () => Bus.ReceiverAsync(db => db.Effects.Where(e => e.RunId == Bus.RunId).OrderBy(e => e.HandledOrder).Select(e => e.Number).ToListAsync()),
            n => n.Count == 50, what: "50 events");
        numbers.ShouldBe(Enumerable.Range(1, 50));
    }
}

public sealed class EventBusTestsOnRabbitMqAndPostgreSql() : EventBusTests(DatabaseProvider.PostgreSql, rabbitMq: true);

public sealed class EventBusTestsInProcessOnSqlite() : EventBusTests(DatabaseProvider.Sqlite, rabbitMq: false);
