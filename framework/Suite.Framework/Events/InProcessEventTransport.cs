namespace Suite.Framework.Events;

/// <summary>The embedded mode's transport: straight into the handling modules' inboxes, same semantics as RabbitMQ.</summary>
internal sealed class InProcessEventTransport(EventSubscriptions subscriptions, IEnumerable<IInboxWriter> inboxes) : IEventTransport
{
    public async Task SendAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var inbox in inboxes)
        {
            var handled = subscriptions.EventsHandledBy(inbox.Module).ToHashSet();
            var received = messages.Where(m => handled.Contains(m.EventName))
                .Select(m => new ReceivedEvent(m.Id, m.EventName, m.Payload, m.TraceParent)).ToList();
            await inbox.WriteAllAsync(received, cancellationToken);
        }
    }
}
