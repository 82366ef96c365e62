namespace Suite.Framework.Events;

/// <summary>Writes a received message into one module's inbox; a second delivery of the same id is dropped.</summary>
public interface IInboxWriter
{
    string Module { get; }

    /// <returns>False when the message was already in the inbox.</returns>
    Task<bool> WriteAsync(Guid messageId, string eventName, string payload, CancellationToken cancellationToken);
}
