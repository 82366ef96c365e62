using Suite.Framework.Domain;

namespace Suite.Crm.Domain.Deals;

/// <summary>One stay of a deal in a stage, from entering to leaving it: what velocity reports are built from.</summary>
public sealed class DealStageHistory : Entity
{
    private DealStageHistory()
    {
    }

    internal DealStageHistory(Guid dealId, Guid stageId, DateTimeOffset enteredAt)
    {
        DealId = dealId;
        StageId = stageId;
        EnteredAt = enteredAt;
    }

    public Guid DealId { get; private set; }
    public Guid StageId { get; private set; }
    public DateTimeOffset EnteredAt { get; private set; }

    /// <summary>Null while the deal is still in the stage.</summary>
    public DateTimeOffset? LeftAt { get; private set; }

    internal void Leave(DateTimeOffset at) => LeftAt = at;
}
