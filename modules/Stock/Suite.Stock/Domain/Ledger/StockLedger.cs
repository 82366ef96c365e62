using Suite.Stock.Domain.Products;

namespace Suite.Stock.Domain.Ledger;

/// <summary>
/// The ledger of the products and warehouses one posting touches, loaded up front and locked by the caller:
/// books goods in and out, values what goes out by each product's method, and collects the new moves and layers.
/// </summary>
public sealed class StockLedger
{
    private readonly Dictionary<(Guid Product, Guid Warehouse), StockBalance> _balances;
    private readonly Dictionary<(Guid Product, Guid Warehouse), List<CostLayer>> _layers;
    private readonly IReadOnlyDictionary<Guid, ValuationMethod> _methods;

    public StockLedger(IEnumerable<StockBalance> balances, IEnumerable<CostLayer> openLayers, IReadOnlyDictionary<Guid, ValuationMethod> methods)
    {
        _balances = balances.ToDictionary(b => (b.ProductId, b.WarehouseId));
        _layers = openLayers.GroupBy(l => (l.ProductId, l.WarehouseId))
            .ToDictionary(g => g.Key, g => g.OrderBy(l => l.Sequence).ThenBy(l => l.Part).ToList());
        _methods = methods;
    }

    public List<StockBalance> NewBalances { get; } = [];
    public List<StockMove> NewMoves { get; } = [];
    public List<CostLayer> NewLayers { get; } = [];

    public StockBalance Balance(Guid productId, Guid warehouseId)
    {
        if (_balances.TryGetValue((productId, warehouseId), out var balance))
            return balance;
        balance = new StockBalance(productId, warehouseId);
        _balances[(productId, warehouseId)] = balance;
        NewBalances.Add(balance);
        return balance;
    }

    /// <summary>Books goods in at <paramref name="value"/> (FIFO: as one new layer).</summary>
    public StockMove Receive(Guid productId, Guid warehouseId, decimal quantity, decimal value, LedgerEntry entry)
    {
        var balance = Balance(productId, warehouseId);
        balance.Add(quantity, value, entry.Date);
        var move = Record(balance, entry, quantity, value);
        if (_methods[productId] == ValuationMethod.Fifo)
        {
            var layer = new CostLayer(productId, warehouseId, move.Id, move.Sequence, quantity, value);
            Layers(productId, warehouseId).Add(layer);
            NewLayers.Add(layer);
        }

        return move;
    }

    /// <summary>
    /// Books goods out at their cost: FIFO consumes the oldest layers (those of <paramref name="ownLayersOf"/> first,
    /// when a receipt is being reversed); moving average takes the average cost. The caller has checked the quantity.
    /// </summary>
    public StockMove Issue(Guid productId, Guid warehouseId, decimal quantity, LedgerEntry entry, Guid? ownLayersOf = null)
    {
        var balance = Balance(productId, warehouseId);
        var value = _methods[productId] == ValuationMethod.Fifo
            ? ConsumeLayers(productId, warehouseId, quantity, ownLayersOf)
            : AverageCost(balance, quantity);
        balance.Remove(quantity, value, entry.Date);
        return Record(balance, entry, -quantity, -value);
    }

    /// <summary>Takes goods out at a given value (reversing a receipt under moving average), never more than is left.</summary>
    public StockMove IssueAt(Guid productId, Guid warehouseId, decimal quantity, decimal value, LedgerEntry entry)
    {
        var balance = Balance(productId, warehouseId);
        value = quantity == balance.OnHand ? balance.Value : Math.Min(value, balance.Value);
        balance.Remove(quantity, value, entry.Date);
        return Record(balance, entry, -quantity, -value);
    }

    /// <summary>
    /// Moves goods between warehouses at their cost: out of <paramref name="from"/> as an issue, into <paramref name="to"/>
    /// at the same value. Under FIFO the consumed layers arrive as they were, oldest first, so the target ships them
    /// in the order and at the cost the source would have. Returns the outgoing move.
    /// </summary>
    public StockMove Transfer(Guid productId, Guid from, Guid to, decimal quantity, LedgerEntry entry)
    {
        var source = Balance(productId, from);
        var fifo = _methods[productId] == ValuationMethod.Fifo;
        var pieces = fifo ? ConsumeLayerPieces(productId, from, quantity, null) : [(quantity, AverageCost(source, quantity))];
        var value = pieces.Sum(p => p.Value);
        source.Remove(quantity, value, entry.Date);
        var outMove = Record(source, entry, -quantity, -value);

        var target = Balance(productId, to);
        target.Add(quantity, value, entry.Date);
        var inMove = Record(target, entry, quantity, value);
        if (fifo)
        {
            for (var i = 0; i < pieces.Count; i++)
            {
                var layer = new CostLayer(productId, to, inMove.Id, inMove.Sequence, pieces[i].Quantity, pieces[i].Value, i);
                Layers(productId, to).Add(layer);
                NewLayers.Add(layer);
            }
        }

        return outMove;
    }

    private static decimal AverageCost(StockBalance balance, decimal quantity) =>
        quantity == balance.OnHand
            ? balance.Value
            : Math.Round(balance.Value * quantity / balance.OnHand, 2, MidpointRounding.AwayFromZero);

    private decimal ConsumeLayers(Guid productId, Guid warehouseId, decimal quantity, Guid? ownLayersOf) =>
        ConsumeLayerPieces(productId, warehouseId, quantity, ownLayersOf).Sum(p => p.Value);

    /// <summary>Takes <paramref name="quantity"/> from the oldest layers and returns what was taken from each, in order.</summary>
    private List<(decimal Quantity, decimal Value)> ConsumeLayerPieces(Guid productId, Guid warehouseId, decimal quantity, Guid? ownLayersOf)
    {
        var layers = Layers(productId, warehouseId);
        var order = ownLayersOf is { } moveId
            ? layers.Where(l => l.MoveId == moveId).Concat(layers.Where(l => l.MoveId != moveId))
            : layers;
        var left = quantity;
        var pieces = new List<(decimal Quantity, decimal Value)>();
        foreach (var layer in order.Where(l => l.RemainingQuantity > 0).ToList())
        {
            if (left == 0)
                break;
            var (taken, cost) = layer.Take(left);
            left -= taken;
            pieces.Add((taken, cost));
        }

        if (left > 0)
            throw new InvalidOperationException($"FIFO layers of product {productId} in warehouse {warehouseId} are {left} short of the balance.");
        return pieces;
    }

    private List<CostLayer> Layers(Guid productId, Guid warehouseId)
    {
        if (!_layers.TryGetValue((productId, warehouseId), out var layers))
            _layers[(productId, warehouseId)] = layers = [];
        return layers;
    }

    private StockMove Record(StockBalance balance, LedgerEntry entry, decimal quantity, decimal value)
    {
        var move = new StockMove(balance, entry.DocumentId, entry.LineId, entry.Date, entry.PostedAt, quantity, value);
        NewMoves.Add(move);
        return move;
    }
}

/// <summary>The document line a move is booked for, and when.</summary>
public sealed record LedgerEntry(Guid DocumentId, Guid LineId, DateOnly Date, DateTimeOffset PostedAt);
