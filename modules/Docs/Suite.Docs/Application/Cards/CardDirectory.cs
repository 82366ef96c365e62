using Microsoft.EntityFrameworkCore;
using Suite.Docs.Data;
using Suite.Docs.Domain.Cards;
using Suite.Framework.Domain;
using Suite.Framework.Users;

namespace Suite.Docs.Application.Cards;

/// <summary>
/// The cards a user may reach documents and attachments through: their own (or every owner's with
/// <c>Docs.Documents.ViewAll</c>), and those without an owner (shipments, products). Anything else is "not found".
/// </summary>
internal sealed class CardDirectory(DocsDbContext db, ICurrentUser user)
{
    /// <exception cref="EntityNotFoundException">Unknown to Docs (perhaps not yet), deleted, or another owner's.</exception>
    public async Task<Card> GetVisibleAsync(string entityType, Guid id, CancellationToken cancellationToken)
    {
        var card = await db.Cards.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == id && c.EntityType == entityType && !c.IsDeleted, cancellationToken);
        if (card is null || !Sees(card))
            throw new EntityNotFoundException(entityType, id);
        return card;
    }

    public bool Sees(Card card) => card.OwnerId == Guid.Empty || user.Sees<Card>(card.OwnerId);

    /// <summary>A card's related card (a deal's company) for printing; not subject to the rule, since the card itself is visible.</summary>
    public Task<Card?> FindAsync(string entityType, Guid? id, CancellationToken cancellationToken) =>
        id is null
            ? Task.FromResult<Card?>(null)
            : db.Cards.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.EntityType == entityType, cancellationToken);

    /// <summary>Our requisites as Finance last published them; null before they were ever entered.</summary>
    public Task<Card?> OrganisationAsync(CancellationToken cancellationToken) =>
        FindAsync(CardTypes.Organisation, Guid.Empty, cancellationToken);
}
