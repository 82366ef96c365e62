using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using Suite.Framework.Events;

namespace Suite.Framework.RabbitMq;

/// <summary>
/// Publishes outbox rows to the durable topic exchange as persistent messages with publisher confirms;
/// returns only when the broker confirmed every one of them.
/// </summary>
internal sealed class RabbitMqEventTransport(
    RabbitMqConnection connection, IOptions<RabbitMqOptions> options, EventSubscriptions subscriptions, IEnumerable<IInboxWriter> inboxes)
    : IEventTransport, IAsyncDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private IChannel? _channel;

    public async Task SendAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var channel = await ChannelAsync(cancellationToken);
        var confirms = messages.Select(message =>
        {
            var properties = new BasicProperties
            {
                MessageId = message.Id.ToString(),
                Type = message.EventName,
                ContentType = "application/json",
                DeliveryMode = DeliveryModes.Persistent,
                Timestamp = new AmqpTimestamp(message.CreatedAt.ToUnixTimeSeconds()),
            };
            var body = System.Text.Encoding.UTF8.GetBytes(message.Payload);
            return channel.BasicPublishAsync(options.Value.Exchange, message.EventName, false, properties, body, cancellationToken).AsTask();
        }).ToList();
        await Task.WhenAll(confirms);
    }

    private async Task<IChannel> ChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true })
            return _channel;
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_channel is { IsOpen: true })
                return _channel;
            var open = await connection.GetAsync(cancellationToken);
            if (!open.IsOpen)
                throw new InvalidOperationException("The RabbitMQ connection is down; waiting for it to recover.");
            if (_channel is not null)
                await _channel.DisposeAsync();
            _channel = await open.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
                cancellationToken);
            await _channel.ExchangeDeclareAsync(options.Value.Exchange, ExchangeType.Topic, durable: true, autoDelete: false,
                cancellationToken: cancellationToken);
            // Every queue is bound before the first message goes out, so none is dropped for want of a queue.
            foreach (var inbox in inboxes)
                if (subscriptions.EventsHandledBy(inbox.Module).ToList() is { Count: > 0 } events)
                    await RabbitMqTopology.DeclareAsync(_channel, options.Value, inbox.Module, events, cancellationToken);
            return _channel;
        }
        finally
        {
            _lock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_channel is not null)
            await _channel.DisposeAsync();
    }
}
