namespace Suite.Framework.Events;

/// <summary>
/// Carries sent outbox rows to the modules that handle them. Returns only when delivery is certain
/// (broker confirms, or inbox rows committed); a throw leaves the rows in the outbox for the next try.
/// </summary>
public interface IEventTransport
{
    Task SendAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);
}
