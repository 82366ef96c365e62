using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Time;
using Suite.Framework.Users;
using Suite.Stock.Data;
using Suite.Stock.Domain.Documents;
using Suite.Stock.Domain.Ledger;
using Suite.Stock.Domain.Products;
using Suite.Stock.Events;

namespace Suite.Stock.Application.Documents;

/// <summary>
/// Posts a draft or cancels a posted document in one transaction: every line's moves, balances, cost layers,
/// reservations and events are written together, or nothing is. The document and then its products are locked
/// first (<see cref="StockLocks"/>), so concurrent postings of the same goods queue up and each sees the last one's result.
/// </summary>
internal sealed class DocumentPosting(
    StockDbContext db, DocumentNumbers numbers, StockChanges changes, ICurrentUser user, BusinessClock clock)
{
    public const string Backdated = "Stock.Document.Backdated";
    public const string FutureDate = "Stock.Document.FutureDate";
    public const string Empty = "Stock.Document.Empty";

    public async Task<DocumentDto> PostAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockDocumentAsync(id, cancellationToken);
        var document = await FindAsync(id, cancellationToken);
        document.EnsureDraft();
        var products = await db.LockedProductsAsync(document.Lines.Select(l => l.ProductId), cancellationToken);
        await PostDraftAsync(document, products, numberLast: false, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        StockMetrics.DocumentPosted(document.Kind);
        return DocumentDto.From(document);
    }

    /// <summary>
    /// Posts a document created in the same call (<c>post: true</c>), inside the caller's transaction, which has added the
    /// unnumbered document and locked and read its <paramref name="products"/>. The number is taken last: its counter row
    /// is the one lock all postings of a kind share, so it is held only for the final writes, and a refused posting
    /// takes none.
    /// </summary>
    public Task PostNewAsync(StockDocument document, IReadOnlyDictionary<Guid, Product> products, CancellationToken cancellationToken) =>
        PostDraftAsync(document, products, numberLast: true, cancellationToken);

    private async Task PostDraftAsync(StockDocument document, IReadOnlyDictionary<Guid, Product> products, bool numberLast,
        CancellationToken cancellationToken)
    {
        if (document.Lines.Count == 0)
            throw new BusinessRuleException(Empty, Text.Pick("В документе нет строк.", "The document has no lines."));
        if (document.Date > Today)
            throw new BusinessRuleException(FutureDate, Text.Pick(
                $"Документ датирован {document.Date:dd.MM.yyyy}, это будущая дата; провести его можно в этот день.",
                $"The document is dated {document.Date:yyyy-MM-dd}, in the future; it can be posted on that day."));

        var books = await OpenBooksAsync(document, products, goodsGoOut: document.Kind != DocumentKind.Receipt, cancellationToken);
        await EnsureNotBackdatedAsync(document, books, cancellationToken);
        await EnsureAvailableAsync(document, books, Outgoing(document), cancellationToken);

        var now = clock.UtcNow;
        var reservations = document is { Kind: DocumentKind.Shipment, DealId: { } dealId }
            ? await db.Reservations.Where(r => r.DealId == dealId && r.WarehouseId == document.WarehouseId).ToListAsync(cancellationToken)
            : [];
        foreach (var line in document.Lines.OrderBy(l => l.LineNo))
        {
            var entry = new LedgerEntry(document.Id, line.Id, document.Date, now);
            line.RecordCost(Book(document, line, books.Ledger, entry));
            if (document.Kind == DocumentKind.Shipment)
                Release(reservations.Where(r => r.ProductId == line.ProductId), books.Ledger.Balance(line.ProductId, document.WarehouseId), line.Quantity);
        }

        document.MarkPosted(now);
        await WatchAsync(books, cancellationToken);
        if (numberLast)
            document.TakeNumber(await numbers.NextAsync(document.Kind, cancellationToken));
        if (document.Kind == DocumentKind.Shipment)
            db.Publish(new ShipmentPostedEto(document.Id, document.Number, document.Date, document.WarehouseId, document.CompanyId,
                document.DealId, document.InvoiceId, ShipmentLines(document, books.Products), document.TotalCost, user.Id, now));
        var values = Values(document, document, books.Products);
        db.Publish(new StockDocumentPostedEto(document.Id, document.Number, Wire(document.Kind), document.Date, document.WarehouseId,
            document.TargetWarehouseId, document.CompanyId, document.DealId, values, values.Sum(v => v.Value), user.Id, now));
        await changes.SaveWatchedAsync(cancellationToken);
    }

    /// <summary>
    /// Reverses a posted document with a counter-document dated today that undoes each of its moves at the value it
    /// was booked with, so the quantity and the value come back as they were.
    /// </summary>
    public async Task<DocumentDto> CancelAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockDocumentAsync(id, cancellationToken);
        var document = await FindAsync(id, cancellationToken);
        // Products before the number, in the order every posting takes its locks (StockLocks), so none waits in a circle.
        var products = await db.LockedProductsAsync(document.Lines.Select(l => l.ProductId), cancellationToken);
        var books = await OpenBooksAsync(document, products, goodsGoOut: true, cancellationToken);
        var reversal = document.Reverse(await numbers.NextAsync(document.Kind, cancellationToken), Today);
        var moves = await db.Moves.AsNoTracking().Where(m => m.DocumentId == id).OrderBy(m => m.PostedAt).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        await EnsureNotBackdatedAsync(reversal, books, cancellationToken);
        await EnsureAvailableAsync(reversal, books, moves.Where(m => m.Quantity > 0)
            .Select(m => (m.ProductId, m.WarehouseId, m.Quantity)).ToList(), cancellationToken);

        var now = clock.UtcNow;
        var lineOf = document.Lines.ToDictionary(l => l.Id, l => reversal.Lines.Single(r => r.LineNo == l.LineNo));
        var costs = reversal.Lines.ToDictionary(l => l.Id, _ => 0m);
        foreach (var move in moves)
        {
            var line = lineOf[move.DocumentLineId];
            var entry = new LedgerEntry(reversal.Id, line.Id, reversal.Date, now);
            var undo = move.Quantity > 0
                ? books.Methods[move.ProductId] == ValuationMethod.Fifo
                    ? books.Ledger.Issue(move.ProductId, move.WarehouseId, move.Quantity, entry, ownLayersOf: move.Id)
                    : books.Ledger.IssueAt(move.ProductId, move.WarehouseId, move.Quantity, move.Value, entry)
                : books.Ledger.Receive(move.ProductId, move.WarehouseId, -move.Quantity, -move.Value, entry);
            // A line's cost is what its goods were worth (one side of a transfer); a count's is signed, so its reversal's is the opposite.
            if (document.Kind != DocumentKind.Transfer || undo.Quantity > 0)
                costs[line.Id] += document.Kind == DocumentKind.Count ? undo.Value : Math.Abs(undo.Value);
        }

        foreach (var line in reversal.Lines)
            line.RecordCost(costs[line.Id]);
        reversal.MarkPosted(now);
        db.Documents.Add(reversal);
        if (document.Kind == DocumentKind.Shipment)
            db.Publish(new ShipmentCancelledEto(document.Id, document.Number, reversal.Id, reversal.Number, reversal.Date,
                document.WarehouseId, document.CompanyId, document.DealId, document.InvoiceId, ShipmentLines(reversal, books.Products),
                reversal.TotalCost, user.Id, now));
        var reversed = Values(document, reversal, books.Products);
        db.Publish(new StockDocumentCancelledEto(document.Id, document.Number, Wire(document.Kind), reversal.Id, reversal.Number,
            reversal.Date, document.WarehouseId, document.TargetWarehouseId, reversed, reversed.Sum(v => v.Value), user.Id, now));
        await WatchAsync(books, cancellationToken);
        await changes.SaveWatchedAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return DocumentDto.From(document);
    }

    /// <summary>The company's calendar day: a document dated today may be posted from the company's midnight on.</summary>
    private DateOnly Today => clock.Today;

    private async Task<StockDocument> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException("StockDocument", id);

    /// <summary>
    /// The ledger of the document's products (locked and read by the caller) in the warehouses it touches: their balances,
    /// and the open FIFO layers when goods may go out of a FIFO product (nothing else reads them).
    /// </summary>
    private async Task<Books> OpenBooksAsync(StockDocument document, IReadOnlyDictionary<Guid, Product> products, bool goodsGoOut,
        CancellationToken cancellationToken)
    {
        var productIds = products.Keys.ToList();
        var warehouseIds = new[] { document.WarehouseId, document.TargetWarehouseId }.OfType<Guid>().ToList();
        var balances = await db.Balances.Where(b => productIds.Contains(b.ProductId) && warehouseIds.Contains(b.WarehouseId))
            .ToListAsync(cancellationToken);
        var methods = products.ToDictionary(p => p.Key, p => p.Value.ValuationMethod);
        var fifo = methods.Where(m => m.Value == ValuationMethod.Fifo).Select(m => m.Key).ToList();
        var layers = goodsGoOut && fifo.Count > 0
            ? await db.CostLayers
                .Where(l => fifo.Contains(l.ProductId) && warehouseIds.Contains(l.WarehouseId) && l.RemainingQuantity > 0)
                .ToListAsync(cancellationToken)
            : [];
        return new Books(new StockLedger(balances, layers, methods), products, methods);
    }

    /// <summary>A warehouse's name, for an error message: read only when one is written.</summary>
    private Task<string> WarehouseNameAsync(Guid warehouseId, CancellationToken cancellationToken) =>
        db.Warehouses.Where(w => w.Id == warehouseId).Select(w => w.Name).SingleAsync(cancellationToken);

    /// <summary>ADR 0011: a posting dated before a product's last move in a warehouse would rewrite costs already booked.</summary>
    private async Task EnsureNotBackdatedAsync(StockDocument document, Books books, CancellationToken cancellationToken)
    {
        foreach (var (productId, warehouseId) in Touched(document))
        {
            var balance = books.Ledger.Balance(productId, warehouseId);
            if (balance.LastMoveDate is { } last && last > document.Date)
            {
                var product = books.Products[productId];
                var warehouse = await WarehouseNameAsync(warehouseId, cancellationToken);
                throw new BusinessRuleException(Backdated, Text.Pick(
                    $"По товару {product.Sku} «{product.Name}» на складе «{warehouse}» уже есть движение от {last:dd.MM.yyyy}; " +
                    $"документ от {document.Date:dd.MM.yyyy} провести задним числом нельзя. Поставьте дату не раньше {last:dd.MM.yyyy}.",
                    $"{product.Sku} \"{product.Name}\" already has a move in \"{warehouse}\" dated {last:yyyy-MM-dd}; " +
                    $"a document dated {document.Date:yyyy-MM-dd} cannot be posted before it. Date it {last:yyyy-MM-dd} or later."));
            }
        }
    }

    private static IEnumerable<(Guid Product, Guid Warehouse)> Touched(StockDocument document) =>
        document.Lines.SelectMany(l => new[] { document.WarehouseId, document.TargetWarehouseId }.OfType<Guid>()
            .Select(w => (l.ProductId, w))).Distinct();

    /// <summary>What the document takes out of which warehouse, before any valuation: a count takes nothing it has not counted.</summary>
    private static List<(Guid Product, Guid Warehouse, decimal Quantity)> Outgoing(StockDocument document) =>
        document.Kind is DocumentKind.Shipment or DocumentKind.WriteOff or DocumentKind.Transfer
            ? document.Lines.Select(l => (l.ProductId, document.WarehouseId, l.Quantity)).ToList()
            : [];

    /// <summary>
    /// Refuses, naming every short product at once, when the goods going out exceed what is available: on hand less
    /// reserved, where a shipment for a deal may also take what is reserved for that deal.
    /// </summary>
    private async Task EnsureAvailableAsync(StockDocument document, Books books,
        IReadOnlyList<(Guid Product, Guid Warehouse, decimal Quantity)> outgoing, CancellationToken cancellationToken)
    {
        var reservedForDeal = document is { Kind: DocumentKind.Shipment, DealId: { } dealId, ReversalOfId: null }
            ? await db.Reservations.AsNoTracking().Where(r => r.DealId == dealId && r.WarehouseId == document.WarehouseId)
                .ToDictionaryAsync(r => r.ProductId, r => r.Quantity, cancellationToken)
            : [];
        var shortages = new List<StockShortage>();
        foreach (var need in outgoing.GroupBy(o => (o.Product, o.Warehouse)))
        {
            var requested = need.Sum(o => o.Quantity);
            var balance = books.Ledger.Balance(need.Key.Product, need.Key.Warehouse);
            var available = balance.Available + reservedForDeal.GetValueOrDefault(need.Key.Product);
            if (requested <= available)
                continue;
            var product = books.Products[need.Key.Product];
            shortages.Add(new StockShortage(product.Id, product.Sku, product.Name, need.Key.Warehouse,
                await WarehouseNameAsync(need.Key.Warehouse, cancellationToken),
                requested, Math.Max(available, 0), requested - Math.Max(available, 0)));
        }

        if (shortages.Count > 0)
            throw InsufficientStock.For(shortages);
    }

    /// <summary>Books one line and returns its cost: what came in, went out or moved; for a count, the signed difference's value.</summary>
    private static decimal Book(StockDocument document, StockDocumentLine line, StockLedger ledger, LedgerEntry entry)
    {
        var warehouseId = document.WarehouseId;
        switch (document.Kind)
        {
            case DocumentKind.Receipt:
                var value = Math.Round(line.Quantity * line.UnitCost!.Value, 2, MidpointRounding.AwayFromZero);
                ledger.Receive(line.ProductId, warehouseId, line.Quantity, value, entry);
                return value;
            case DocumentKind.Shipment or DocumentKind.WriteOff:
                return -ledger.Issue(line.ProductId, warehouseId, line.Quantity, entry).Value;
            case DocumentKind.Transfer:
                return -ledger.Transfer(line.ProductId, warehouseId, document.TargetWarehouseId!.Value, line.Quantity, entry).Value;
            default:
                var balance = ledger.Balance(line.ProductId, warehouseId);
                var book = balance.OnHand;
                line.RecordBookQuantity(book);
                var difference = line.Quantity - book;
                if (difference > 0)
                {
                    var surplus = Math.Round(difference * (line.UnitCost ?? balance.UnitCost), 2, MidpointRounding.AwayFromZero);
                    return ledger.Receive(line.ProductId, warehouseId, difference, surplus, entry).Value;
                }

                return difference < 0 ? ledger.Issue(line.ProductId, warehouseId, -difference, entry).Value : 0m;
        }
    }

    /// <summary>A deal's shipment takes its own reserved units first and releases them.</summary>
    private static void Release(IEnumerable<Domain.Reservations.Reservation> reservations, StockBalance balance, decimal shipped)
    {
        foreach (var reservation in reservations)
        {
            var released = reservation.Release(shipped);
            balance.Release(released);
            shipped -= released;
        }
    }

    private static List<ShipmentLineCost> ShipmentLines(StockDocument document, IReadOnlyDictionary<Guid, Product> products) =>
        document.Lines.OrderBy(l => l.LineNo)
            .Select(l => new ShipmentLineCost(l.ProductId, products[l.ProductId].Sku, products[l.ProductId].Name, l.Quantity, l.Cost ?? 0m))
            .ToList();

    /// <summary>
    /// Each line's quantity and value as Finance books them: <paramref name="posted"/> is the document itself, or the
    /// reversal whose costs undo it. A count's line is its difference from the books, signed; a count's reversal
    /// undoes it with the opposite sign, so its value is turned back to the original's sign.
    /// </summary>
    private static List<StockDocumentLineValue> Values(StockDocument document, StockDocument posted, IReadOnlyDictionary<Guid, Product> products)
    {
        // A reversal's lines keep the numbers of the lines they undo.
        var costs = posted.Lines.ToDictionary(l => l.LineNo, l => l.Cost ?? 0m);
        return document.Lines.OrderBy(l => l.LineNo).Select(l =>
        {
            var product = products[l.ProductId];
            var cost = costs[l.LineNo];
            return document.Kind == DocumentKind.Count
                ? new StockDocumentLineValue(l.ProductId, product.Sku, product.Name, l.Quantity - (l.BookQuantity ?? 0m), posted == document ? cost : -cost)
                : new StockDocumentLineValue(l.ProductId, product.Sku, product.Name, l.Quantity, cost);
        }).ToList();
    }

    /// <summary>The kind as the documents' JSON spells it: receipt, shipment, transfer, writeOff or count.</summary>
    internal static string Wire(DocumentKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    /// <summary>
    /// Adds what the ledger created to the context and lets the low-stock watch see the balances as changed; the save
    /// follows (<see cref="StockChanges.SaveWatchedAsync"/>).
    /// </summary>
    private async Task WatchAsync(Books books, CancellationToken cancellationToken)
    {
        db.Balances.AddRange(books.Ledger.NewBalances);
        db.Moves.AddRange(books.Ledger.NewMoves);
        db.CostLayers.AddRange(books.Ledger.NewLayers);
        db.Reservations.RemoveRange(db.Reservations.Local.Where(r => r.Quantity == 0).ToList());
        await changes.WatchAsync(books.Products.Values.ToList(), cancellationToken);
    }

    private sealed record Books(
        StockLedger Ledger, IReadOnlyDictionary<Guid, Product> Products, IReadOnlyDictionary<Guid, ValuationMethod> Methods);
}
