namespace Suite.Stock;

/// <summary>
/// What Stock's goods are worth, read from the stock ledger, for the modules that must agree with it (Finance's
/// account 41). Resolve it in a scope: it reads Stock's database.
/// </summary>
public interface IStockValuation
{
    /// <summary>
    /// The value of all stock in all warehouses at the end of the company day <paramref name="asOf"/>: every posting
    /// and cancellation dated on or before it counts, later ones do not. Rounded to kopecks as the ledger keeps it.
    /// </summary>
    Task<decimal> TotalValueAsync(DateOnly asOf, CancellationToken cancellationToken);
}
