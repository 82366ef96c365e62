using Suite.Crm.Domain.SalesFacts;

namespace Suite.Crm.Application.SalesFacts;

/// <summary>A sales fact with whom and which channel it counts for now (a class with setters so the database can group and add it up).</summary>
internal sealed class AttributedSalesFact
{
    public SalesFactKind Kind { get; init; }
    public DateOnly Date { get; init; }
    public Guid? DealId { get; init; }
    public Guid? ProductId { get; init; }

    /// <summary>The deal's owner, else the company's; null when Crm knows neither.</summary>
    public Guid? OwnerId { get; init; }

    /// <summary>The deal's source, else the company's; null for "no source".</summary>
    public Guid? SourceId { get; init; }

    public decimal Quantity { get; init; }
    public decimal Amount { get; init; }
}
