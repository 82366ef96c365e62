namespace Suite.Framework.Events;

/// <summary>
/// Reacts to an integration event inside the receiving module. Runs in the module's transaction together
/// with marking the inbox row processed: use the module's DbContext and do not commit yourself.
/// </summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : class
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
