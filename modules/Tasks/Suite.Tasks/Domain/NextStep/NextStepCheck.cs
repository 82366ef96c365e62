namespace Suite.Tasks.Domain.NextStep;

/// <summary>
/// The record that the daily "deal without a next step" check ran for a company day. The day is the key: the host that
/// inserts it is the one whose events go out, so with several hosts the deals are flagged once a day.
/// </summary>
public sealed class NextStepCheck
{
    private NextStepCheck() { }

    public NextStepCheck(DateOnly day, DateTimeOffset ranAt, int dealsFlagged)
    {
        Day = day;
        RanAt = ranAt;
        DealsFlagged = dealsFlagged;
    }

    public DateOnly Day { get; private set; }
    public DateTimeOffset RanAt { get; private set; }
    public int DealsFlagged { get; private set; }
}
