using Suite.Crm.Domain.Pipelines;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Crm.Domain.Deals;

/// <summary>
/// A sale in progress with one client: it moves through its pipeline's open stages and ends won or lost.
/// Every stage it enters is written to <see cref="StageHistory"/>.
/// </summary>
public sealed class Deal : AuditedEntity, IOwnedRecord
{
    public static string ViewAllPermission => CrmPermissions.Deals.ViewAll;

    private Deal()
    {
        Title = null!;
        SearchText = null!;
        Currency = null!;
    }

    public Deal(DealDetails details, Guid ownerId, Stage stage, DateTimeOffset now)
    {
        Title = null!;
        SearchText = null!;
        Currency = null!;
        OwnerId = ownerId;
        if (stage.Kind != StageKind.Open)
            throw UseWinOrLose();
        PipelineId = stage.PipelineId;
        Apply(details);
        Enter(stage.Id, now);
        Reach(stage);
    }

    public string Title { get; private set; }

    /// <summary>The title in lower case, so search matches Cyrillic the same way on every database.</summary>
    public string SearchText { get; private set; }

    public Guid CompanyId { get; private set; }

    /// <summary>The person at the client the deal is done with, if the manager named one.</summary>
    public Guid? ContactId { get; private set; }
    public Guid PipelineId { get; private set; }
    public Guid StageId { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; }
    public DateOnly? ExpectedCloseDate { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? SourceId { get; private set; }
    public DealStatus Status { get; private set; }
    public Guid? LossReasonId { get; private set; }
    public string? LossComment { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public DateTimeOffset StageEnteredAt { get; private set; }

    /// <summary>
    /// The order of the furthest open stage of its pipeline the deal has been in (its stage history, kept on the
    /// deal so the funnel report is one GROUP BY). Null on deals saved before it was kept: reports read the history then.
    /// </summary>
    public int? ReachedStageOrder { get; private set; }

    /// <summary>The open stage a closed deal was in before it was won or lost; reopening returns it there.</summary>
    public Guid? ReopenStageId { get; private set; }

    public List<DealLine> Lines { get; private set; } = [];

    /// <summary>Loaded only as far as the caller needs: moving the deal needs the open entry.</summary>
    public List<DealStageHistory> StageHistory { get; private set; } = [];

    public bool IsClosed => Status != DealStatus.Open;

    public void Update(DealDetails details) => Apply(details);

    public void TransferTo(Guid ownerId) => OwnerId = ownerId;

    /// <summary>Moves an open deal to another open stage of its pipeline; stages may be skipped. Returns the stage it left.</summary>
    public Guid MoveTo(Stage stage, DateTimeOffset now)
    {
        EnsureOpen();
        if (stage.PipelineId != PipelineId)
            throw new BusinessRuleException(DealErrors.StageOfAnotherPipeline, Text.Pick(
                "Этот этап из другой воронки.", "This stage belongs to another pipeline."));
        if (stage.Kind != StageKind.Open)
            throw UseWinOrLose();
        var from = StageId;
        Enter(stage.Id, now);
        Reach(stage);
        return from;
    }

    /// <summary>Puts an open deal into an open stage of another pipeline. Returns the stage it left.</summary>
    public Guid MoveToPipeline(Stage stage, DateTimeOffset now)
    {
        EnsureOpen();
        if (stage.Kind != StageKind.Open)
            throw UseWinOrLose();
        var from = StageId;
        PipelineId = stage.PipelineId;
        Enter(stage.Id, now);
        ReachedStageOrder = stage.Order;
        return from;
    }

    public Guid Win(Stage wonStage, DateTimeOffset now) => Close(wonStage, StageKind.Won, DealStatus.Won, now);

    public Guid Lose(Stage lostStage, Guid lossReasonId, string? comment, DateTimeOffset now)
    {
        var from = Close(lostStage, StageKind.Lost, DealStatus.Lost, now);
        LossReasonId = lossReasonId;
        LossComment = comment;
        return from;
    }

    /// <summary>Opens a won or lost deal again, in the stage it was in before it closed. Returns the stage it left.</summary>
    public Guid Reopen(DateTimeOffset now)
    {
        if (!IsClosed || ReopenStageId is not { } back)
            throw new BusinessRuleException(DealErrors.NotClosed, Text.Pick("Сделка и так открыта.", "The deal is already open."));
        var from = StageId;
        Status = DealStatus.Open;
        ClosedAt = null;
        LossReasonId = null;
        LossComment = null;
        ReopenStageId = null;
        Enter(back, now);
        return from;
    }

    private Guid Close(Stage stage, StageKind kind, DealStatus status, DateTimeOffset now)
    {
        EnsureOpen();
        if (stage.PipelineId != PipelineId || stage.Kind != kind)
            throw new ArgumentException($"Expected the {kind} stage of pipeline {PipelineId}.", nameof(stage));
        var from = StageId;
        ReopenStageId = from;
        Status = status;
        ClosedAt = now;
        Enter(stage.Id, now);
        return from;
    }

    private void Enter(Guid stageId, DateTimeOffset now)
    {
        foreach (var open in StageHistory.Where(h => h.LeftAt is null))
            open.Leave(now);
        StageHistory.Add(new DealStageHistory(Id, stageId, now));
        StageId = stageId;
        StageEnteredAt = now;
    }

    private void Reach(Stage stage)
    {
        if (ReachedStageOrder is null || stage.Order > ReachedStageOrder)
            ReachedStageOrder = stage.Order;
    }

    private void EnsureOpen()
    {
        if (IsClosed)
            throw new BusinessRuleException(DealErrors.Closed, Text.Pick(
                "Сделка закрыта. Сначала откройте её заново.", "The deal is closed. Reopen it first."));
    }

    private static BusinessRuleException UseWinOrLose() =>
        new(DealErrors.UseWinOrLose, Text.Pick(
            "В этапы «Успешно» и «Отказ» сделку переводят действиями «Выиграна» и «Проиграна».",
            "Use win or lose to put a deal into the won or lost stage."));

    private void Apply(DealDetails details)
    {
        Title = details.Title;
        SearchText = details.Title.ToLowerInvariant();
        CompanyId = details.CompanyId;
        ContactId = details.ContactId;
        Currency = details.Currency;
        ExpectedCloseDate = details.ExpectedCloseDate;
        SourceId = details.SourceId;
        Lines = details.Lines.Select((l, i) => new DealLine(i, l.ProductId, l.Description, l.Quantity, l.UnitPrice)).ToList();
        // With lines the amount is what they add up to; without, it is the estimate the manager typed.
        Amount = Lines.Count > 0 ? Lines.Sum(l => l.Amount) : details.Amount;
    }
}

/// <summary>The editable fields of a deal, already trimmed and validated.</summary>
public sealed record DealDetails(
    string Title,
    Guid CompanyId,
    Guid? ContactId,
    decimal Amount,
    string Currency,
    DateOnly? ExpectedCloseDate,
    Guid? SourceId,
    IReadOnlyList<DealLineDraft> Lines);

public sealed record DealLineDraft(Guid? ProductId, string Description, decimal Quantity, decimal UnitPrice);
