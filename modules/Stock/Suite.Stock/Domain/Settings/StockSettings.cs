using Suite.Framework.Domain;

namespace Suite.Stock.Domain.Settings;

/// <summary>The company's stock settings: one record.</summary>
public sealed class StockSettings : AuditedEntity
{
    public static readonly Guid SingletonId = new("5a7c0000-0000-7000-8000-000000000001");

    public StockSettings() => Id = SingletonId;

    /// <summary>The method new products get unless their card says otherwise.</summary>
    public Products.ValuationMethod DefaultValuationMethod { get; private set; }

    /// <summary>When a deal is won, reserve its products in <see cref="ReservationWarehouseId"/>.</summary>
    public bool ReserveOnDealWon { get; private set; }
    public Guid? ReservationWarehouseId { get; private set; }

    public void Update(Products.ValuationMethod defaultMethod, bool reserveOnDealWon, Guid? reservationWarehouseId)
    {
        DefaultValuationMethod = defaultMethod;
        ReserveOnDealWon = reserveOnDealWon;
        ReservationWarehouseId = reservationWarehouseId;
    }
}
