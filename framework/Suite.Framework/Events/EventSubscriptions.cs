namespace Suite.Framework.Events;

/// <summary>Which module handles which event with which handler; transports bind queues from it.</summary>
public sealed class EventSubscriptions
{
    private readonly List<EventSubscription> _items = [];

    public IReadOnlyList<EventSubscription> All => _items;

    internal void Add(EventSubscription subscription)
    {
        if (_items.Contains(subscription))
            throw new InvalidOperationException($"{subscription.HandlerType.Name} is subscribed to {subscription.EventName} twice.");
        _items.Add(subscription);
    }

    public IEnumerable<string> ModulesHandling(string eventName) =>
        _items.Where(s => s.EventName == eventName).Select(s => s.Module).Distinct();

    public IEnumerable<string> EventsHandledBy(string module) =>
        _items.Where(s => s.Module == module).Select(s => s.EventName).Distinct();

    public IEnumerable<EventSubscription> For(string module, string eventName) =>
        _items.Where(s => s.Module == module && s.EventName == eventName);
}

public sealed record EventSubscription(string Module, string EventName, Type EventType, Type HandlerType);
