using System.Text.Json;
using Suite.Docs.Data;
using Suite.Docs.Domain.Cards;
using Suite.Framework.Events;

namespace Suite.Docs.EventHandlers;

/// <summary>The one way the copy handlers write a card: find or add it, then apply the change unless it is older.</summary>
internal static class CardCopies
{
    public static async Task<Card> FindOrAddAsync(this DocsDbContext db, string entityType, Guid id, CancellationToken cancellationToken)
    {
        var card = await db.Cards.FindAsync([id], cancellationToken);
        if (card is null)
        {
            card = new Card(entityType, id);
            db.Cards.Add(card);
        }

        return card;
    }

    public static async Task ApplyAsync<TData>(this DocsDbContext db, string entityType, Guid id, string title, Guid ownerId,
        Guid? companyId, Guid? dealId, TData data, DateTimeOffset changedAt, CancellationToken cancellationToken)
    {
        var card = await db.FindOrAddAsync(entityType, id, cancellationToken);
        card.Apply(title, ownerId, companyId, dealId, Write(data), changedAt);
    }

    public static string Write<TData>(TData data) => JsonSerializer.Serialize(data, EventSerializer.Options);

    public static TData Read<TData>(this Card card) => JsonSerializer.Deserialize<TData>(card.Data, EventSerializer.Options)!;
}
