using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Suite.Framework.Localization;
using Suite.Framework.Paging;

namespace Suite.Stock.Application.Reservations;

/// <summary>
/// Goods held for a deal, as the reservations list and the product card show them. The deal's title and client come from
/// Stock's copy of Crm's deals; null while the copy does not hold the deal.
/// </summary>
internal sealed record ReservationDto(
    Guid Id, Guid ProductId, string Sku, string ProductName, string Unit, Guid WarehouseId, string WarehouseName, Guid DealId,
    decimal Quantity, string? Comment, DateTimeOffset CreatedAt, Guid? CreatedBy, string? DealTitle, Guid? CompanyId, string? CompanyName)
{
    /// <summary>Who reserved, by full name from Stock's copy of people; null for automatic reservations and unknown users.</summary>
    public string? CreatedByName { get; init; }
}

/// <summary>A reservation joined with its product and warehouse; an initializer so the database can sort and page by any member.</summary>
internal sealed record ReservationRow
{
    public Guid Id { get; init; }
    public Guid ProductId { get; init; }
    public string Sku { get; init; } = "";
    public string ProductName { get; init; } = "";
    public string Unit { get; init; } = "";
    public Guid WarehouseId { get; init; }
    public string WarehouseName { get; init; } = "";
    public Guid DealId { get; init; }
    public decimal Quantity { get; init; }
    public string? Comment { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public Guid? CreatedBy { get; init; }
    public string? DealTitle { get; init; }
    public Guid? CompanyId { get; init; }
    public string? CompanyName { get; init; }

    internal ReservationDto ToDto() =>
        new(Id, ProductId, Sku, ProductName, Unit, WarehouseId, WarehouseName, DealId, Quantity, Comment, CreatedAt, CreatedBy,
            DealTitle, CompanyId, CompanyName);
}

internal sealed class ReservationListRequest : PageRequest
{
    [FromQuery(Name = "productId")] public Guid? ProductId { get; set; }
    [FromQuery(Name = "warehouseId")] public Guid? WarehouseId { get; set; }
    [FromQuery(Name = "dealId")] public Guid? DealId { get; set; }
}

/// <summary>Reserve <see cref="Quantity"/> of a product in a warehouse for a deal; adds to what the deal already holds there.</summary>
internal sealed record ReservationInput
{
    public Guid? ProductId { get; init; }
    public Guid? WarehouseId { get; init; }
    public Guid? DealId { get; init; }
    public decimal? Quantity { get; init; }
    public string? Comment { get; init; }
}

/// <summary>Release part of a reservation; all of it when the quantity is left out.</summary>
internal sealed record ReleaseInput
{
    public decimal? Quantity { get; init; }
}

internal sealed class ReservationInputValidator : AbstractValidator<ReservationInput>
{
    public ReservationInputValidator()
    {
        RuleFor(r => r.ProductId).NotEmpty().WithMessage(_ => Text.Pick("Выберите товар.", "Choose the product."));
        RuleFor(r => r.WarehouseId).NotEmpty().WithMessage(_ => Text.Pick("Выберите склад.", "Choose the warehouse."));
        RuleFor(r => r.DealId).NotEmpty().WithMessage(_ => Text.Pick("Укажите сделку.", "Choose the deal."));
        RuleFor(r => r.Quantity).NotNull().WithMessage(_ => Text.Pick("Укажите количество.", "Enter the quantity."))
            .GreaterThan(0m).WithMessage(_ => Text.Pick("Количество должно быть больше нуля.", "The quantity must be above zero."))
            .Quantity();
        RuleFor(r => r.Comment).MaximumLength(500);
    }
}

internal sealed class ReleaseInputValidator : AbstractValidator<ReleaseInput>
{
    public ReleaseInputValidator()
    {
        RuleFor(r => r.Quantity)
            .GreaterThan(0m).WithMessage(_ => Text.Pick("Количество должно быть больше нуля.", "The quantity must be above zero."))
            .Quantity();
    }
}
