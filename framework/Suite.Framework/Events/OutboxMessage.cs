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
}
