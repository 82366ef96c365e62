using Suite.Framework.Telemetry;

namespace Suite.Framework.Events;

/// <summary>An integration event written in the same transaction as the business change that raised it, waiting to be sent.</summary>
public sealed class OutboxMessage
{
    /// <summary>Also the message id on the wire: consumers drop a second delivery of the same id.</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string EventName { get; init; }
    public required string Payload { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The sending order (<see cref="EventSequence"/>).</summary>
    public long Sequence { get; init; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The W3C traceparent of the code that published the event, so its handlers join that trace (<see cref="EventTracing"/>).</summary>
    public string? TraceParent { get; init; }

    /// <summary>The row that sends <paramref name="integrationEvent"/>; for contexts that are not a SuiteDbContext (which has Publish).</summary>
    public static OutboxMessage For<TEvent>(TEvent integrationEvent, TimeProvider clock) where TEvent : class => new()
    {
        EventName = EventNameAttribute.For(typeof(TEvent)),
        Payload = EventSerializer.Serialize(integrationEvent),
        CreatedAt = clock.GetUtcNow(),
        Sequence = EventSequence.Next(clock),
        TraceParent = EventTracing.Current(),
    };
}
