namespace Suite.Docs.Domain.Cards;

// What Docs keeps of each kind of card (Card.Data as JSON): only what documents print.

public sealed record CompanyData(string Name, string? TaxId, string? Kpp, string? Address);

public sealed record ContactData(string FullName, Guid? CompanyId, string? Phone, string? Email);

public sealed record DealData(
    string Title, Guid CompanyId, Guid PipelineId, Guid StageId, string Status, decimal Amount, string Currency,
    IReadOnlyList<DealLineData> Lines);

public sealed record DealLineData(int Position, Guid? ProductId, string Description, decimal Quantity, decimal UnitPrice, decimal Amount);

public sealed record LeadData(string Title, string? Name, string? Phone, string? Email, string? CompanyName);

public sealed record ProductData(string Sku, string Name, string Unit, decimal SalePrice, decimal? VatRate, bool IsService);

/// <summary>A posted shipment: its lines (product, quantity) are priced when a waybill is printed.</summary>
public sealed record ShipmentData(
    string Number, DateOnly Date, Guid WarehouseId, Guid? CompanyId, Guid? DealId, Guid? InvoiceId,
    IReadOnlyList<ShipmentLineData> Lines, bool IsCancelled);

public sealed record ShipmentLineData(Guid ProductId, string Sku, string Name, decimal Quantity);
