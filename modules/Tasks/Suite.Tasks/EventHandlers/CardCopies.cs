using Suite.Tasks.Data;
using Suite.Tasks.Domain.Cards;

namespace Suite.Tasks.EventHandlers;

/// <summary>The one way the copy handlers write a card: find or add it, then apply the change unless it is older.</summary>
internal static class CardCopies
{
    public static async Task<Card> FindOrAddAsync(this TasksDbContext db, string entityType, Guid id, CancellationToken cancellationToken)
    {
        var card = await db.Cards.FindAsync([id], cancellationToken);
        if (card is null)
        {
            card = new Card(entityType, id);
            db.Cards.Add(card);
        }

        return card;
    }

    /// <returns>The card when the change was applied; null when the copy already reflects a newer one.</returns>
    public static async Task<Card?> ApplyAsync(this TasksDbContext db, string entityType, Guid id, string title, Guid ownerId,
        Guid? companyId, DateTimeOffset changedAt, CancellationToken cancellationToken)
    {
        var card = await db.FindOrAddAsync(entityType, id, cancellationToken);
        return card.Apply(title, ownerId, companyId, changedAt) ? card : null;
    }

    public static async Task DeleteAsync(this TasksDbContext db, Guid id, DateTimeOffset changedAt, CancellationToken cancellationToken) =>
        (await db.Cards.FindAsync([id], cancellationToken))?.Delete(changedAt);
}
