namespace Suite.Tasks.Application.Overdue;

/// <summary>How often the overdue scan runs (<c>Tasks:OverdueCheckInterval</c>, 15 seconds by default).</summary>
internal sealed record OverdueWatchOptions(TimeSpan Interval);
