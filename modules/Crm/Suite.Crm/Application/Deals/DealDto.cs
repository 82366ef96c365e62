using Suite.Crm.Domain.Deals;

namespace Suite.Crm.Application.Deals;

/// <summary>A deal as clients see it.</summary>
internal sealed record DealDto(
    Guid Id,
    string Title,
    Guid CompanyId,
    Guid? ContactId,
    Guid PipelineId,
    Guid StageId,
    decimal Amount,
    string Currency,
    DateOnly? ExpectedCloseDate,
    Guid OwnerId,
    Guid? SourceId,
    DealStatus Status,
    Guid? LossReasonId,
    string? LossComment,
    IReadOnlyList<DealLineDto> Lines,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ModifiedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset StageEnteredAt,
    string ConcurrencyStamp)
{
    /// <summary>The owner's full name from Crm's copy of people; null until the copy knows the user.</summary>
    public string? OwnerName { get; init; }

    /// <summary>The deal's next open task, from Tasks; null when it has none.</summary>
    public NextTaskDto? NextTask { get; init; }

    internal static DealDto From(Deal d) => new(
        d.Id, d.Title, d.CompanyId, d.ContactId, d.PipelineId, d.StageId, d.Amount, d.Currency, d.ExpectedCloseDate, d.OwnerId,
        d.SourceId, d.Status, d.LossReasonId, d.LossComment, d.Lines.OrderBy(l => l.Position).Select(DealLineDto.From).ToList(),
        d.CreatedAt, d.ModifiedAt, d.ClosedAt, d.StageEnteredAt, d.ConcurrencyStamp);
}

internal sealed record DealLineDto(Guid? ProductId, string Description, decimal Quantity, decimal UnitPrice, decimal Amount)
{
    internal static DealLineDto From(DealLine l) => new(l.ProductId, l.Description, l.Quantity, l.UnitPrice, l.Amount);
}
