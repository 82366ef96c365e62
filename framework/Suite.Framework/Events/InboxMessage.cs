namespace Suite.Framework.Events;

/// <summary>
/// An integration event received by a module. The primary key is the message id, so a second delivery
/// is dropped by the database itself; handling and marking processed commit together.
/// </summary>
public sealed class InboxMessage
{
    public required Guid Id { get; init; }
    public required string EventName { get; init; }
    public required string Payload { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The handling order (<see cref="EventSequence"/>).</summary>
    public long Sequence { get; init; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>Set when the retries ran out; the row stays with its error until someone looks at it.</summary>
    public DateTimeOffset? ParkedAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>The publisher's W3C traceparent as it came with the message; the handler's span is its child.</summary>
    public string? TraceParent { get; init; }
}
