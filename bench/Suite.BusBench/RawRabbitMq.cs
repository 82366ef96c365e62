using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Suite.Framework.Events;

namespace Suite.BusBench;

/// <summary>
/// The reference: RabbitMQ.Client alone, a durable queue, persistent messages of the bench event's size, publisher
/// confirms awaited per batch, one consumer with manual acks and the same prefetch as Suite's. No database.
/// </summary>
internal sealed class RawRabbitMq(IConnection connection, IChannel publisher, IChannel consumer, string queue, Arrivals arrivals)
    : IAsyncDisposable
{
    public Arrivals Arrivals => arrivals;

    public static async Task<RawRabbitMq> StartAsync(string uri, string suffix)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(uri), ClientProvidedName = "suite-bus-bench-raw" }.CreateConnectionAsync();
        var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        var consumerChannel = await connection.CreateChannelAsync();
        var queue = "bench.raw." + suffix;
        await consumerChannel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: true);
        await consumerChannel.BasicQosAsync(0, 100, false);
        var arrivals = new Arrivals();
        var consumer = new AsyncEventingBasicConsumer(consumerChannel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            arrivals.Done([long.Parse(delivery.BasicProperties.MessageId!)]);
            await consumerChannel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await consumerChannel.BasicConsumeAsync(queue, autoAck: false, consumer);
        return new RawRabbitMq(connection, publisher, consumerChannel, queue, arrivals);
    }

    /// <summary>Publishes <paramref name="count"/> messages and returns when the broker confirmed all of them.</summary>
    public async Task PublishAsync(long first, int count)
    {
        var confirms = new List<Task>(count);
        for (var n = first; n < first + count; n++)
        {
            arrivals.Sent(n);
            var body = Encoding.UTF8.GetBytes(EventSerializer.Serialize(new BenchThingHappened(Guid.CreateVersion7(), n, SuiteBus.Note)));
            var properties = new BasicProperties
            {
                MessageId = n.ToString(), ContentType = "application/json", DeliveryMode = DeliveryModes.Persistent,
            };
            confirms.Add(publisher.BasicPublishAsync("", queue, false, properties, body).AsTask());
        }
        await Task.WhenAll(confirms);
    }

    public async ValueTask DisposeAsync()
    {
        await consumer.CloseAsync();
        await publisher.CloseAsync();
        await connection.CloseAsync();
        connection.Dispose();
    }
}
