using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Data;

namespace Suite.TestBase;

/// <summary>
/// Puts an integration event into a module's outbox, as that module's own code would, so the real bus delivers it to
/// every subscriber. For testing a subscriber before (or apart from) the publisher's own API; the module is found by
/// its name ("finance"), so the test needs nothing of its implementation.
/// </summary>
public static class ModuleOutbox
{
    public static async Task PublishAsync<TEvent>(SuiteHost host, string module, TEvent integrationEvent) where TEvent : class
    {
        var context = host.Services.GetServices<ModuleDbContextType>()
                          .SingleOrDefault(m => string.Equals(m.Module.Module, module, StringComparison.OrdinalIgnoreCase))
                      ?? throw new InvalidOperationException($"No module {module} with a database.");
        using var scope = host.Services.CreateScope();
        var db = (SuiteDbContext)scope.ServiceProvider.GetRequiredService(context.ContextType);
        db.Publish(integrationEvent);
        await db.SaveChangesAsync();
    }
}
