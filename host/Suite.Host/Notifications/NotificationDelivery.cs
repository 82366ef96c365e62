using System.Threading.Channels;

namespace Suite.Host.Notifications;

/// <summary>
/// The committed notifications still to push or e-mail from this host. Kept in memory: a host that stops before
/// sending loses the e-mail, never the stored notification.
/// </summary>
internal sealed class NotificationDelivery
{
    private readonly Channel<PendingDelivery> _queue = Channel.CreateUnbounded<PendingDelivery>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(PendingDelivery delivery) => _queue.Writer.TryWrite(delivery);

    public IAsyncEnumerable<PendingDelivery> ReadAllAsync(CancellationToken cancellationToken) => _queue.Reader.ReadAllAsync(cancellationToken);
}
