using System.Text.Json;
using Suite.Crm.Domain.Timeline;

namespace Suite.Crm.Application.Timeline;

/// <summary>
/// One item of a card's timeline. <c>title</c> is a heading in the request's language; <c>details</c> is a JSON object
/// whose shape depends on <c>kind</c> (field changes are <c>changes: [{ field, oldValue, newValue }]</c>).
/// </summary>
internal sealed record TimelineItemDto(
    Guid Id,
    DateTimeOffset OccurredAt,
    string Kind,
    string EntityType,
    Guid EntityId,
    string Title,
    string? Subject,
    JsonElement Details,
    Guid? UserId)
{
    /// <summary>The author's full name from Crm's copy of people; null for the system and for users the copy does not know.</summary>
    public string? UserFullName { get; init; }

    internal static TimelineItemDto From(TimelineItem t) => new(
        t.Id, t.OccurredAt, t.Kind, t.EntityType, t.EntityId, TimelineTitles.For(t), t.Title,
        JsonDocument.Parse(t.Details).RootElement.Clone(), t.UserId);
}
