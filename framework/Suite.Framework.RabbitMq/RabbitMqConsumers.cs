using System.Text;
using System.Threading.Channels;
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
/// One durable queue per module, bound to the event names the module handles. Deliveries are stored in the
/// module's inbox in batches and acknowledged only after that commit, so a crash in between re-delivers them and
/// the inbox drops the copies.
/// </summary>
internal sealed class RabbitMqConsumers(
    RabbitMqConnection connection,
    EventSubscriptions subscriptions,
    IEnumerable<IInboxWriter> inboxes,
    IOptions<RabbitMqOptions> options,
    ILogger<RabbitMqConsumers> logger) : IHostedService
{
    private readonly List<IChannel> _channels = [];
    private readonly List<Task> _storing = [];
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
        await RabbitMqTopology.DeclareAsync(channel, options.Value, inbox.Module, events, cancellationToken);
        await channel.BasicQosAsync(0, options.Value.Prefetch, false, cancellationToken);

        var deliveries = Channel.CreateUnbounded<Delivery>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        _storing.Add(StoreAsync(channel, inbox, deliveries.Reader));
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) => ReceiveAsync(inbox, delivery, deliveries.Writer);
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer, cancellationToken);
        logger.LogInformation("Consuming {Queue} for {Events}", queue, string.Join(", ", events));
        return channel;
    }

    /// <summary>Hands the delivery to the queue's storing loop; the delivery's body is only valid until this returns.</summary>
    private Task ReceiveAsync(IInboxWriter inbox, BasicDeliverEventArgs delivery, ChannelWriter<Delivery> deliveries)
    {
        if (!Guid.TryParse(delivery.BasicProperties.MessageId, out var messageId))
        {
            logger.LogError("Dropped a message without a message id from {Queue} ({RoutingKey})",
                options.Value.QueueOf(inbox.Module), delivery.RoutingKey);
            // Rejected by the storing loop, in tag order: a multiple ack sent before it would take it along.
            deliveries.TryWrite(new Delivery(delivery.DeliveryTag, null));
            return Task.CompletedTask;
        }

        var payload = Encoding.UTF8.GetString(delivery.Body.Span);
        deliveries.TryWrite(new Delivery(delivery.DeliveryTag, new ReceivedEvent(messageId, delivery.RoutingKey, payload)));
        return Task.CompletedTask;
    }

    /// <summary>
    /// Stores what has arrived meanwhile (up to the prefetch) in one inbox transaction and acknowledges it with one
    /// multiple ack after the commit. Deliveries come and are stored in tag order, so the last tag covers exactly the
    /// batch (and messages rejected before it, which are no longer outstanding). After a connection recovery the client
    /// drops acks for tags of the old channel: those messages come again and the inbox drops the copies.
    /// </summary>
    private async Task StoreAsync(IChannel channel, IInboxWriter inbox, ChannelReader<Delivery> deliveries)
    {
        var batch = new List<Delivery>();
        try
        {
            while (await deliveries.WaitToReadAsync(_stopping.Token))
            {
                while (batch.Count < options.Value.Prefetch && deliveries.TryRead(out var delivery))
                {
                    if (delivery.Message is null)
                        await channel.BasicRejectAsync(delivery.Tag, requeue: false);
                    else
                        batch.Add(delivery);
                }
                if (batch.Count == 0)
                    continue;
                var last = batch[^1].Tag;
                try
                {
                    await inbox.WriteAllAsync(batch.Select(d => d.Message!).ToList(), _stopping.Token);
                    await channel.BasicAckAsync(last, multiple: true);
                }
                catch (Exception e) when (!_stopping.IsCancellationRequested)
                {
                    logger.LogWarning("Could not store {Count} messages in the {Module} inbox ({Error}); they will be redelivered",
                        batch.Count, inbox.Module, e.Message);
                    await Task.Delay(TimeSpan.FromSeconds(1));
                    if (channel.IsOpen)
                        await channel.BasicNackAsync(last, multiple: true, requeue: true);
                }
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Unacknowledged deliveries go back to the queue when the channel closes.
        }
        catch (Exception e)
        {
            logger.LogError(e, "The {Module} consumer stopped storing messages", inbox.Module);
        }
    }

    /// <summary>A delivery to store, or (without a message) one to reject.</summary>
    private sealed record Delivery(ulong Tag, ReceivedEvent? Message);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_storing);
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
