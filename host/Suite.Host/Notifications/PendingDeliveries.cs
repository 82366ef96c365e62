namespace Suite.Host.Notifications;

/// <summary>The notifications recorded in this scope's transaction, delivered (pushed, e-mailed) only once it commits.</summary>
internal sealed class PendingDeliveries
{
    private readonly List<PendingDelivery> _items = [];

    public void Add(PendingDelivery delivery) => _items.Add(delivery);

    public IReadOnlyList<PendingDelivery> TakeAll()
    {
        var items = _items.ToList();
        _items.Clear();
        return items;
    }

    public void Discard() => _items.Clear();
}

/// <summary><paramref name="PushHere"/>: to this host's browsers directly (one host, no NOTIFY to carry it).</summary>
internal sealed record PendingDelivery(Guid NotificationId, bool PushHere, bool Email);
