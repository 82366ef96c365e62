using Suite.Crm.Domain.Deals;

namespace Suite.Crm.Application.Deals;

/// <summary>The body of creating or updating a deal.</summary>
internal sealed record DealInput
{
    public string? Title { get; init; }
    public Guid? CompanyId { get; init; }

    /// <summary>A contact of the deal's company (or one with no company) the user may see.</summary>
    public Guid? ContactId { get; init; }

    /// <summary>Null means the default pipeline on create and the deal's own pipeline on update.</summary>
    public Guid? PipelineId { get; init; }

    /// <summary>An open stage of the pipeline; null means the first open stage on create and no move on update.</summary>
    public Guid? StageId { get; init; }

    /// <summary>The estimate when the deal has no lines; with lines the amount is their sum and this is ignored.</summary>
    public decimal? Amount { get; init; }

    /// <summary>ISO 4217 code, e.g. RUB (the default).</summary>
    public string? Currency { get; init; }

    public DateOnly? ExpectedCloseDate { get; init; }
    public Guid? OwnerId { get; init; }
    public Guid? SourceId { get; init; }
    public List<DealLineInput>? Lines { get; init; }

    /// <summary>On update, the stamp of the version the user edited; a stale one is refused with 409.</summary>
    public string? ConcurrencyStamp { get; init; }

    internal DealDetails ToDetails() => new(
        Title!.Trim(),
        CompanyId!.Value,
        ContactId,
        Amount ?? 0,
        string.IsNullOrWhiteSpace(Currency) ? "RUB" : Currency.Trim(),
        ExpectedCloseDate,
        SourceId,
        (Lines ?? []).Select(l => new DealLineDraft(l.ProductId, l.Description!.Trim(), l.Quantity!.Value, l.UnitPrice!.Value)).ToList());
}

internal sealed record DealLineInput
{
    /// <summary>The product of the catalogue, when the line is one; free text lines leave it null.</summary>
    public Guid? ProductId { get; init; }

    public string? Description { get; init; }
    public decimal? Quantity { get; init; }
    public decimal? UnitPrice { get; init; }
}

internal sealed record MoveDealInput
{
    public Guid? StageId { get; init; }
}

internal sealed record LoseDealInput
{
    public Guid? LossReasonId { get; init; }
    public string? Comment { get; init; }
}
