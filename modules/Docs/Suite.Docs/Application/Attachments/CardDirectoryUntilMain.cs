using System.Collections.Concurrent;
using Suite.Crm;
using Suite.Crm.Events;
using Suite.Framework.Domain;
using Suite.Framework.Events;
using Suite.Framework.Users;

namespace Suite.Docs.Application.Cards;

// Temporary stand-in for the lead's CardDirectory (same signature); deleted when main's lands.
internal sealed record Card(string EntityType, Guid Id, string Title, Guid OwnerId);

internal sealed class CardDirectory(CompanyCards companies, ICurrentUser user)
{
    public Task<Card> GetVisibleAsync(string entityType, Guid id, CancellationToken cancellationToken)
    {
        if (entityType == "company" && companies.Cards.TryGetValue(id, out var card)
            && (card.OwnerId == user.Id || user.HasPermission(CrmPermissions.Companies.ViewAll)))
            return Task.FromResult(card);
        throw new EntityNotFoundException(entityType, id);
    }
}

internal sealed class CompanyCards
{
    public ConcurrentDictionary<Guid, Card> Cards { get; } = new();
}

internal sealed class CompanyCardHandler(CompanyCards companies) : IIntegrationEventHandler<CompanyCreatedEto>
{
    public Task HandleAsync(CompanyCreatedEto e, CancellationToken cancellationToken)
    {
        companies.Cards[e.CompanyId] = new Card("company", e.CompanyId, e.Name, e.OwnerId);
        return Task.CompletedTask;
    }
}
