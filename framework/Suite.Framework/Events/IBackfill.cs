using Microsoft.EntityFrameworkCore;

namespace Suite.Framework.Events;

/// <summary>
/// A one-time re-publication of the current state of a publishing module's records, so that a module which starts
/// keeping a copy later also gets the records that existed before it (register with
/// <see cref="BackfillRegistration.AddBackfill{TContext, TBackfill}"/>). It runs once per database, after
/// migrations and seeding, in one transaction with its <see cref="Backfill"/> record.
/// <para>
/// Publish snapshot events of your own (<c>[EventName("Crm.Deal.Snapshot")]</c>), never the usual Created/Updated
/// events: a consumer must not take a re-published state for a fresh change (Crm's own timeline listens to its deal
/// events). Copies handle the snapshot like an update, and one that arrives after a newer change is harmless when the
/// copy keeps the state's <c>ChangedAt</c> and ignores older ones.
/// </para>
/// </summary>
public interface IBackfill<in TContext> where TContext : DbContext
{
    /// <summary>Stable and unique in the module; a new name (say "Crm.Deals.v2") runs again.</summary>
    string Name { get; }

    /// <summary>
    /// Adds the snapshot events to <paramref name="db"/>'s outbox (<c>SuiteDbContext.Publish</c>, or
    /// <c>db.Set&lt;OutboxMessage&gt;().Add(OutboxMessage.For(...))</c> in a context that is not a SuiteDbContext).
    /// Do not save: the runner saves them together with the record that the backfill is done.
    /// </summary>
    Task PublishAsync(TContext db, CancellationToken cancellationToken);
}
