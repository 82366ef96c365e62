using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;
using Suite.Framework.Events;
using Suite.Framework.Hosting;

namespace Suite.Framework.RabbitMq;

/// <summary>
/// One durable queue per module, bound to the event names the module handles. A delivery is acknowledged
/// only after it is committed to the module's inbox, so a crash in between re-delivers it and the inbox
/// drops the copy.
/// </summary>
internal sealed class RabbitMqConsumers(
    RabbitMqConnection connection,
    EventSubscriptions subscriptions,
    IEnumerable<IInboxWriter> inboxes,
    IOptions<RabbitMqOptions> options,
    ILogger<RabbitMqConsumers> logger) : IHostedService
{
    private readonly List<IChannel> _channels = [];
    private readonly CancellationTokenSource _stopping = new();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        IConnection open;
        try
        {
            open = await connection.GetAsync(cancellationToken);
        }
        catch (BrokerUnreachableException e)
        {
            throw new StartupException(
                $"Cannot reach RabbitMQ at {connection.Endpoint.Host}:{connection.Endpoint.Port} (RabbitMq:Uri): {e.InnerException?.Message ?? e.Message}", e);
        }

        foreach (var inbox in inboxes)
        {
            var events = subscriptions.EventsHandledBy(inbox.Module).ToList();
            if (events.Count == 0)
                continue;
            _channels.Add(await ConsumeAsync(open, inbox, events, cancellationToken));
        }
    }

    private async Task<IChannel> ConsumeAsync(IConnection open, IInboxWriter inbox, List<string> events, CancellationToken cancellationToken)
    {
        var queue = options.Value.QueueOf(inbox.Module);
        var channel = await open.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.ExchangeDeclareAsync(options.Value.Exchange, ExchangeType.Topic, durable: true, autoDelete: false,
            cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        foreach (var eventName in events)
            await channel.QueueBindAsync(queue, options.Value.Exchange, eventName, cancellationToken: cancellationToken);
        await channel.BasicQosAsync(0, options.Value.Prefetch, false, cancellationToken);

        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) => ReceiveAsync(channel, inbox, delivery);
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer, cancellationToken);
        logger.LogInformation("Consuming {Queue} for {Events}", queue, string.Join(", ", events));
        return channel;
    }

    private async Task ReceiveAsync(IChannel channel, IInboxWriter inbox, BasicDeliverEventArgs delivery)
    {
        var payload = Encoding.UTF8.GetString(delivery.Body.Span);
        if (!Guid.TryParse(delivery.BasicProperties.MessageId, out var messageId))
        {
            logger.LogError("Dropped a message without a message id from {Queue} ({RoutingKey})",
                options.Value.QueueOf(inbox.Module), delivery.RoutingKey);
            await channel.BasicRejectAsync(delivery.DeliveryTag, requeue: false);
            return;
        }

        try
        {
            await inbox.WriteAsync(messageId, delivery.RoutingKey, payload, _stopping.Token);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        }
        catch (Exception e) when (!_stopping.IsCancellationRequested)
        {
            logger.LogWarning("Could not store message {MessageId} in the {Module} inbox ({Error}); it will be redelivered",
                messageId, inbox.Module, e.Message);
            await Task.Delay(TimeSpan.FromSeconds(1));
            if (channel.IsOpen)
                await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        // The host may stop twice (a test factory disposes after stopping): close each channel once.
        var channels = _channels.ToList();
        _channels.Clear();
        foreach (var channel in channels)
        {
            try
            {
                if (channel.IsOpen)
                    await channel.CloseAsync(cancellationToken);
            }
            catch (Exception e)
            {
                // Stopping must not fail: the connection may already be gone with the container that owned it.
                logger.LogDebug("Closing a consumer channel failed: {Error}", e.Message);
            }
        }
    }
}
