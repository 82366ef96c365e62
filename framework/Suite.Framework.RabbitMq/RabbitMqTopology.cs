using RabbitMQ.Client;
using Suite.Framework.Events;

namespace Suite.Framework.RabbitMq;

/// <summary>
/// The exchange, each module's queue and its bindings, declared by the consumers and by the publisher alike: a host on
/// a new broker (or a new RabbitMq:Name, as after a restore) may send its waiting outbox rows before its consumers have
/// declared their queues, and a message the exchange cannot route is confirmed and dropped.
/// </summary>
internal static class RabbitMqTopology
{
    public static async Task DeclareAsync(IChannel channel, RabbitMqOptions options, string module, IEnumerable<string> events, CancellationToken cancellationToken)
    {
        await channel.ExchangeDeclareAsync(options.Exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        var queue = options.QueueOf(module);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        foreach (var eventName in events)
            await channel.QueueBindAsync(queue, options.Exchange, eventName, cancellationToken: cancellationToken);
    }
}
