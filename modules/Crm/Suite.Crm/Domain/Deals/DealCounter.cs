namespace Suite.Crm.Domain.Deals;

/// <summary>
/// How many deals, and for how much, sit in one stage of one pipeline with one owner, status and furthest stage
/// reached: kept up to date in the transaction of every deal change (see <c>DealCounterDeltas</c>), so the board
/// header, the funnel and the manager ranking add up a few hundred rows instead of a million deals. The weighted
/// amount is not kept: it is this amount times the stage's probability, which an admin may change at any time.
/// </summary>
public sealed class DealCounter
{
    /// <summary>Stands for "not kept" in <see cref="ReachedStageOrder"/> (deals saved before it was), a key cannot be null.</summary>
    public const int ReachedUnknown = -1;

    private DealCounter()
    {
    }

    public Guid PipelineId { get; private set; }
    public Guid StageId { get; private set; }
    public Guid OwnerId { get; private set; }
    public DealStatus Status { get; private set; }

    /// <summary>The deals' <see cref="Deal.ReachedStageOrder"/>, or <see cref="ReachedUnknown"/>.</summary>
    public int ReachedStageOrder { get; private set; }

    public long Count { get; private set; }
    public decimal Amount { get; private set; }
}
