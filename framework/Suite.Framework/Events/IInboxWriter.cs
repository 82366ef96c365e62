namespace Suite.Framework.Events;

/// <summary>Writes received messages into one module's inbox; a second delivery of the same id is dropped.</summary>
public interface IInboxWriter
{
    string Module { get; }

    /// <returns>False when the message was already in the inbox.</returns>
    Task<bool> WriteAsync(Guid messageId, string eventName, string payload, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="messages"/> in one transaction, in their order; returns only once they are committed.</summary>
    /// <returns>How many were new.</returns>
    Task<int> WriteAllAsync(IReadOnlyList<ReceivedEvent> messages, CancellationToken cancellationToken);
}

/// <summary>
/// A message as the transport received it: its id (the sender's outbox row id), its event name, its JSON and the publisher's
/// W3C traceparent (null when it was published outside a trace).
/// </summary>
public sealed record ReceivedEvent(Guid MessageId, string EventName, string Payload, string? TraceParent = null);
