using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Paging;
using Suite.Stock.Domain.Documents;

namespace Suite.Stock.Application.Documents;

/// <summary>The body of creating or updating a draft. The kind is fixed at creation.</summary>
internal sealed record DocumentInput
{
    public DocumentKind? Kind { get; init; }
    public Guid? WarehouseId { get; init; }
    public Guid? TargetWarehouseId { get; init; }

    /// <summary>Today when left out.</summary>
    public DateOnly? Date { get; init; }
    public Guid? CompanyId { get; init; }
    public Guid? DealId { get; init; }
    public Guid? InvoiceId { get; init; }
    public string? Reason { get; init; }
    public string? Comment { get; init; }
    public List<DocumentLineInputDto>? Lines { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

internal sealed record DocumentLineInputDto
{
    public Guid? ProductId { get; init; }

    /// <summary>On a count: the quantity counted.</summary>
    public decimal? Quantity { get; init; }
    public decimal? UnitCost { get; init; }
}

internal sealed class DocumentListRequest : PageRequest
{
    [FromQuery(Name = "kind")] public DocumentKind? Kind { get; set; }
    [FromQuery(Name = "status")] public DocumentStatus? Status { get; set; }
    [FromQuery(Name = "warehouseId")] public Guid? WarehouseId { get; set; }
    [FromQuery(Name = "productId")] public Guid? ProductId { get; set; }
    [FromQuery(Name = "dealId")] public Guid? DealId { get; set; }
    [FromQuery(Name = "companyId")] public Guid? CompanyId { get; set; }
    [FromQuery(Name = "dateFrom")] public DateOnly? DateFrom { get; set; }
    [FromQuery(Name = "dateTo")] public DateOnly? DateTo { get; set; }
}
