using Microsoft.EntityFrameworkCore;
using Suite.Crm.Events;
using Suite.Framework.Events;
using Suite.Framework.Localization;
using Suite.Stock.Application.Reservations;
using Suite.Stock.Data;
using Suite.Stock.Domain.Settings;

namespace Suite.Stock.EventHandlers;

/// <summary>
/// When the settings say so, a won deal's products are reserved in the reservation warehouse: each line's quantity, or
/// what is available when there is less (a shortage never fails the event; the manager sees what is missing). Services
/// and products Stock does not know are skipped; what the deal already holds counts, so a repeated event reserves nothing more.
/// </summary>
internal sealed class DealWonReservationHandler(StockDbContext db, ReservationService reservations)
    : IIntegrationEventHandler<DealWonEto>
{
    public async Task HandleAsync(DealWonEto e, CancellationToken cancellationToken)
    {
        if (e.Lines is not { Count: > 0 } lines)
            return;
        var settings = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == StockSettings.SingletonId, cancellationToken);
        if (settings is not { ReserveOnDealWon: true, ReservationWarehouseId: { } warehouseId })
            return;
        await reservations.ReserveForDealAsync(e.DealId, warehouseId, lines.Select(l => (l.ProductId, l.Quantity)).ToList(),
            Text.Pick($"Сделка выиграна {e.ChangedAt:dd.MM.yyyy}", $"Deal won on {e.ChangedAt:yyyy-MM-dd}"), cancellationToken);
    }
}
