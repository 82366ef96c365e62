namespace Suite.Tasks.Application.NextStep;

/// <summary>
/// When the daily check runs: <c>Tasks:NextStepCheckTime</c>, the company-local time of day (09:00 by default), and
/// <c>Tasks:NextStepCheckInterval</c>, how often the watch looks whether it is due (a minute by default).
/// </summary>
internal sealed record NextStepWatchOptions(TimeOnly TimeOfDay, TimeSpan Interval);
