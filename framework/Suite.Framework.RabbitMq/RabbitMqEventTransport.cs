using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using Suite.Framework.Events;
using Suite.Framework.Telemetry;

namespace Suite.Framework.RabbitMq;

/// <summary>
/// Publishes outbox rows to the durable topic exchange as persistent messages with publisher confirms;
/// returns only when the broker confirmed every one of them. Every module's queue is bound before the first publish
/// (<see cref="RabbitMqTopology"/>), so no event is published into the void on a first start.
/// </summary>
internal sealed class RabbitMqEventTransport(RabbitMqConnection connection, IOptions<RabbitMqOptions> options, EventSubscriptions subscriptions)
    : IEventTransport, IAsyncDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private IChannel? _channel;

    public async Task SendAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var channel = await ChannelAsync(cancellationToken);
        var confirms = messages.Select(message =>
        {
            // Current while the publish call starts, so a broker client's own instrumentation stays in the event's trace.
            using var sending = EventTracing.StartSending(message);
            var traceParent = sending?.Id ?? message.TraceParent;
            var properties = new BasicProperties
            {
                MessageId = message.Id.ToString(),
                Type = message.EventName,
                ContentType = "application/json",
                DeliveryMode = DeliveryModes.Persistent,
                Timestamp = new AmqpTimestamp(message.CreatedAt.ToUnixTimeSeconds()),
                Headers = traceParent is null ? null : new Dictionary<string, object?> { [EventTracing.Header] = traceParent },
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
            await RabbitMqTopology.DeclareAllAsync(_channel, options.Value, subscriptions, cancellationToken);
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
