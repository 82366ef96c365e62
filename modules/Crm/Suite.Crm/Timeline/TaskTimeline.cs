using Suite.Crm.Data;
using Suite.Framework.People;

namespace Suite.Crm.Timeline;

/// <summary>
/// Puts Tasks' facts about a task on the card it was set on (a deal, company, contact or lead); a task on another
/// record (an invoice, a product) or on none is not a card's history. People are named as Crm knows them when the
/// fact arrives, so the heading reads "for Boris Petrov", not an id.
/// </summary>
internal sealed class TaskTimeline(CrmDbContext db, TimelineWriter timeline)
{
    public async Task AddAsync(object integrationEvent, string? entityType, Guid? entityId, DateTimeOffset occurredAt, string kind,
        string title, Func<IReadOnlyDictionary<Guid, string>, object> details, IEnumerable<Guid?> people, Guid? userId,
        CancellationToken cancellationToken)
    {
        if (entityId is not { } id || entityType is null)
            return;
        var names = await db.People.NamesAsync(people, cancellationToken);
        await timeline.AddToCardAsync(integrationEvent, entityType, id, occurredAt, kind, title, details(names), userId, cancellationToken);
    }

    public static string? NameOf(IReadOnlyDictionary<Guid, string> names, Guid? id) =>
        id is { } userId ? names.GetValueOrDefault(userId) : null;
}
