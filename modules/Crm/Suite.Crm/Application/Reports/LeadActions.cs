using Suite.Crm.Data;
using Suite.Crm.Domain.Leads;
using Suite.Crm.Domain.Timeline;
using Suite.Crm.Timeline;
using Suite.Framework.Data;

namespace Suite.Crm.Application.Reports;

/// <summary>
/// When a person first acted on a lead, from what Crm records about leads (there is no other record of it):
/// <list type="bullet">
/// <item>the lead's timeline: an item written by a person (it has a user) of the kinds <see cref="Kinds"/> — a comment,
/// a call, a meeting, an e-mail logged on the card, a task set on it by a person (a rule's task has no user), a task on it
/// done, a document sent from it, its conversion;</item>
/// <item>the lead's change log (<c>CrmEntityChanges</c>): a change of its status by a person (new → in work, junk,
/// converted, or back to new), and a lead a person entered already in work (created with a status other than new).</item>
/// </list>
/// Not actions: the lead's creation itself (a web form or a person typing it in), an edit of its other fields, a transfer
/// to another owner, a task reassigned, and whatever the system does (overdue tasks, generated documents).
/// </summary>
internal static class LeadActions
{
    /// <summary>The timeline kinds that are a person acting on the lead.</summary>
    public static readonly string[] Kinds =
    [
        TimelineKinds.Comment, TimelineKinds.Call, TimelineKinds.Meeting, TimelineKinds.Email, TimelineKinds.Converted,
        TaskCreatedTimelineHandler.Kind, TaskCompletedTimelineHandler.Kind, DocumentSentTimelineHandler.Kind,
    ];

    // The change log keeps each change as JSON [{ field, oldValue, newValue }] (SuiteDbContext); these are its exact spellings.
    private const string StatusChange = "\"field\":\"status\"";
    private const string CreatedAsNew = "\"field\":\"status\",\"oldValue\":null,\"newValue\":\"New\"";

    /// <summary>
    /// Each lead with the moment of its first action by a person; null while nobody has acted on it. Two correlated
    /// subqueries per lead, each answered by an existing index: timeline (EntityType, EntityId, OccurredAt) and change
    /// log (EntityType, EntityId, ChangedAt).
    /// </summary>
    public static IQueryable<LeadWithFirstAction> WithFirstAction(this IQueryable<Lead> leads, CrmDbContext db) =>
        leads.Select(l => new LeadWithFirstAction
        {
            Id = l.Id,
            Title = l.Title,
            Name = l.Name,
            OwnerId = l.OwnerId,
            SourceId = l.SourceId,
            Status = l.Status,
            CreatedAt = l.CreatedAt,
            FirstItemAt = db.TimelineItems
                .Where(t => t.EntityType == TimelineEntityTypes.Lead && t.EntityId == l.Id && t.UserId != null && Kinds.Contains(t.Kind))
                .OrderBy(t => t.OccurredAt).Select(t => (DateTimeOffset?)t.OccurredAt).FirstOrDefault(),
            FirstStatusAt = db.EntityChanges
                .Where(c => c.EntityType == nameof(Lead) && c.EntityId == l.Id && c.UserId != null
                            && ((c.Kind == EntityChangeKind.Updated && c.Changes.Contains(StatusChange))
                                || (c.Kind == EntityChangeKind.Created && !c.Changes.Contains(CreatedAsNew))))
                .OrderBy(c => c.ChangedAt).Select(c => (DateTimeOffset?)c.ChangedAt).FirstOrDefault(),
        });
}
