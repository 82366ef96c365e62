namespace Suite.Tasks.Domain.Recurrence;

/// <summary>How often a recurring task comes back: RRULE's FREQ.</summary>
internal enum RecurrenceFrequency
{
    Daily,
    Weekly,
    Monthly,
    Yearly,
}
