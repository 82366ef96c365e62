using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Stock.Data;
using Suite.Stock.Domain.Products;
using Suite.Stock.Domain.Settings;

namespace Suite.Stock.Application.Settings;

internal sealed record StockSettingsDto(
    ValuationMethod DefaultValuationMethod, bool ReserveOnDealWon, Guid? ReservationWarehouseId, string ConcurrencyStamp)
{
    internal static StockSettingsDto From(StockSettings s) =>
        new(s.DefaultValuationMethod, s.ReserveOnDealWon, s.ReservationWarehouseId, s.ConcurrencyStamp);
}

internal sealed record StockSettingsInput
{
    public ValuationMethod? DefaultValuationMethod { get; init; }
    public bool? ReserveOnDealWon { get; init; }
    public Guid? ReservationWarehouseId { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

/// <summary>The company's stock settings; the record is created with the defaults (FIFO, no automatic reservation) on first read.</summary>
internal sealed class StockSettingsService(StockDbContext db)
{
    public async Task<StockSettings> CurrentAsync(CancellationToken cancellationToken)
    {
        var settings = await db.Settings.FindAsync([StockSettings.SingletonId], cancellationToken);
        if (settings is not null)
            return settings;
        settings = new StockSettings();
        db.Settings.Add(settings);
        return settings;
    }

    public async Task<StockSettingsDto> GetAsync(CancellationToken cancellationToken) =>
        StockSettingsDto.From(await CurrentAsync(cancellationToken));

    public async Task<StockSettingsDto> UpdateAsync(StockSettingsInput input, CancellationToken cancellationToken)
    {
        var settings = await CurrentAsync(cancellationToken);
        if (db.Entry(settings).State != EntityState.Added)
            db.ExpectConcurrencyStamp(settings, input.ConcurrencyStamp);
        var reserve = input.ReserveOnDealWon ?? settings.ReserveOnDealWon;
        var warehouseId = input.ReservationWarehouseId;
        if (reserve && warehouseId is null)
            throw InputValidationException.For("reservationWarehouseId", Text.Pick(
                "Укажите склад, на котором резервировать товары выигранных сделок.", "Choose the warehouse to reserve won deals' products in."));
        if (warehouseId is { } id && !await db.Warehouses.AnyAsync(w => w.Id == id, cancellationToken))
            throw InputValidationException.For("reservationWarehouseId", Text.Pick("Склад не найден.", "The warehouse was not found."));
        settings.Update(input.DefaultValuationMethod ?? settings.DefaultValuationMethod, reserve, warehouseId);
        await db.SaveChangesAsync(cancellationToken);
        return StockSettingsDto.From(settings);
    }
}
