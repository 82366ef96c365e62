using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Suite.Framework.Events;

namespace Suite.Framework.Data;

/// <summary>
/// A DbContext with its own outbox, inbox and entity change log tables (<see cref="EventBusModelBuilderExtensions.ConfigureEventBusAndAudit"/>).
/// Every <see cref="SuiteDbContext"/> is one; a context that must derive from another base (identity's
/// IdentityDbContext) implements it to publish through the same outbox sender.
/// </summary>
public interface IEventBusDbContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }
    DbSet<InboxMessage> InboxMessages { get; }
    DbSet<EntityChange> EntityChanges { get; }
    DatabaseFacade Database { get; }
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
