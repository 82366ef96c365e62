namespace Suite.Framework.Events;

/// <summary>The stable wire name of an integration event; it is also the RabbitMQ routing key.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    public static string For(Type eventType) =>
        eventType.GetCustomAttributes(typeof(EventNameAttribute), false) is [EventNameAttribute attribute, ..]
            ? attribute.Name
            : throw new InvalidOperationException($"{eventType.Name} has no [EventName]: a CLR type name never goes on the wire.");
}
