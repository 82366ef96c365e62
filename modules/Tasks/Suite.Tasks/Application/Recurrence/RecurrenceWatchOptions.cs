namespace Suite.Tasks.Application.Recurrence;

/// <summary>How often recurring tasks due by now get their next occurrence (<c>Tasks:RecurrenceCheckInterval</c>, 15 seconds by default).</summary>
internal sealed record RecurrenceWatchOptions(TimeSpan Interval);
