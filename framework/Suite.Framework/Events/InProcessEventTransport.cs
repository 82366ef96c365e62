namespace Suite.Framework.Events;

/// <summary>The embedded mode's transport: straight into the handling modules' inboxes, same semantics as RabbitMQ.</summary>
internal sealed class InProcessEventTransport(EventSubscriptions subscriptions, IEnumerable<IInboxWriter> inboxes) : IEventTransport
{
    public async Task SendAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
            foreach (var module in subscriptions.ModulesHandling(message.EventName))
            {
                var inbox = inboxes.Single(i => i.Module == module);
                await inbox.WriteAsync(message.Id, message.EventName, message.Payload, cancellationToken);
            }
    }
}
