namespace Suite.Tasks.Domain.Rules;

/// <summary>What a rule's "due in N" counts: clock minutes or hours, or the company calendar's working days.</summary>
public enum DueUnit
{
    Minutes,
    Hours,
    WorkingDays,
}
