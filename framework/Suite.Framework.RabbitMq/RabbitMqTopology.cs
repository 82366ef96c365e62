using RabbitMQ.Client;
using Suite.Framework.Events;

namespace Suite.Framework.RabbitMq;

/// <summary>
/// The durable topic exchange and each module's durable queue, bound to the event names the module handles. The
/// consumers declare it, and so does the publisher before its first message: the broker drops a message whose name no
/// queue is bound to yet, and on a deployment's first start the outbox sender publishes the seeds' events (the admin,
/// the demo people, the backfills) while the consumers may still be binding their queues. Declaring is idempotent, so
/// whichever comes first makes it.
/// </summary>
internal static class RabbitMqTopology
{
    public static Task DeclareExchangeAsync(IChannel channel, RabbitMqOptions options, CancellationToken cancellationToken) =>
        channel.ExchangeDeclareAsync(options.Exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: cancellationToken);

    public static async Task<string> DeclareQueueAsync(IChannel channel, RabbitMqOptions options, string module, IEnumerable<string> events,
        CancellationToken cancellationToken)
    {
        var queue = options.QueueOf(module);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        foreach (var eventName in events)
            await channel.QueueBindAsync(queue, options.Exchange, eventName, cancellationToken: cancellationToken);
        return queue;
    }

    /// <summary>Every module's queue this process consumes, before anything is published.</summary>
    public static async Task DeclareAllAsync(IChannel channel, RabbitMqOptions options, EventSubscriptions subscriptions, CancellationToken cancellationToken)
    {
        await DeclareExchangeAsync(channel, options, cancellationToken);
        foreach (var module in subscriptions.All.Select(s => s.Module).Distinct())
            await DeclareQueueAsync(channel, options, module, subscriptions.EventsHandledBy(module), cancellationToken);
    }
}
