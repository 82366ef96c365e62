using System.Text.Json;

namespace Suite.Framework.Events;

/// <summary>Events travel as camelCase JSON: the wire format is the contract, not the CLR type.</summary>
public static class EventSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(object integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);

    public static object Deserialize(string payload, Type eventType) =>
        JsonSerializer.Deserialize(payload, eventType, Options)
        ?? throw new JsonException($"The payload of {eventType.Name} is empty.");
}
