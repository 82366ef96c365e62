using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Paging;

namespace Suite.Crm.Application.Timeline;

/// <summary>Which card's timeline: entityType company, contact, deal or lead, and its id; newest first.</summary>
internal sealed class TimelineRequest
{
    [FromQuery(Name = "entityType")] public string? EntityType { get; set; }
    [FromQuery(Name = "entityId")] public Guid? EntityId { get; set; }
    [FromQuery(Name = "skipCount")] public int? SkipCount { get; set; }
    [FromQuery(Name = "maxResultCount")] public int? MaxResultCount { get; set; }

    internal PageRequest ToPage() => new() { SkipCount = SkipCount, MaxResultCount = MaxResultCount };
}

/// <summary>The card an entry is written on.</summary>
internal abstract record TimelineEntryInput
{
    /// <summary>company, contact, deal or lead.</summary>
    public string? EntityType { get; init; }
    public Guid? EntityId { get; init; }
}

internal sealed record CommentInput : TimelineEntryInput
{
    public string? Text { get; init; }
}

/// <summary>A phone call logged on the card.</summary>
internal sealed record CallInput : TimelineEntryInput
{
    /// <summary>incoming or outgoing.</summary>
    public string? Direction { get; init; }
    public int? DurationSeconds { get; init; }

    /// <summary>How it went, in a few words ("agreed to a meeting", "no answer").</summary>
    public string? Result { get; init; }
    public string? Note { get; init; }

    /// <summary>When the call took place; now if not given.</summary>
    public DateTimeOffset? OccurredAt { get; init; }
}

/// <summary>An e-mail to or from the client, logged on the card by hand the way a call is (Suite does not read mailboxes).</summary>
internal sealed record EmailInput : TimelineEntryInput
{
    /// <summary>incoming or outgoing.</summary>
    public string? Direction { get; init; }
    public string? Subject { get; init; }

    /// <summary>The client's address it went to or came from.</summary>
    public string? Address { get; init; }
    public string? Note { get; init; }

    /// <summary>When it was sent or received; now if not given.</summary>
    public DateTimeOffset? OccurredAt { get; init; }
}

/// <summary>A meeting with the client, held or planned; it sits on the timeline at its start.</summary>
internal sealed record MeetingInput : TimelineEntryInput
{
    public string? Subject { get; init; }
    public DateTimeOffset? StartsAt { get; init; }
    public int? DurationMinutes { get; init; }
    public string? Place { get; init; }
    public string? Note { get; init; }
}
