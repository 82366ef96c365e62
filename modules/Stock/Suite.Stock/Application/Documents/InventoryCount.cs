using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Exports;
using Suite.Framework.Localization;
using Suite.Framework.Time;
using Suite.Stock.Data;
using Suite.Stock.Domain.Documents;

namespace Suite.Stock.Application.Documents;

/// <summary>What to count: one category, or everything in stock when left out.</summary>
internal sealed record CountFillInput
{
    public string? Category { get; init; }
}

/// <summary>A product on a count with the quantity the books hold now.</summary>
internal sealed record CountSheetRow(Guid ProductId, string Sku, string Name, string Unit, decimal BookQuantity);

/// <summary>
/// The inventory count workflow around a count draft: fill it with what the books say is in the warehouse, print
/// the count sheet, let the user correct the counted quantities, and post, which books only the differences.
/// </summary>
internal sealed class InventoryCount(StockDbContext db, BusinessClock clock)
{
    public const string NotACount = "Stock.Document.NotACount";

    /// <summary>
    /// Replaces the draft's lines with one per product with stock (on hand or reserved) in its warehouse, each at its book
    /// quantity, so the user only changes what was counted differently.
    /// </summary>
    public async Task<DocumentDto> FillFromBalancesAsync(Guid id, CountFillInput? input, CancellationToken cancellationToken)
    {
        var document = await FindCountAsync(db.Documents, id, cancellationToken);
        document.EnsureDraft();
        var book = await InStockAsync(document.WarehouseId, input?.Category, cancellationToken);
        var header = new DocumentHeader(document.Date, document.WarehouseId, null, document.CompanyId, document.DealId,
            document.InvoiceId, document.Reason, document.Comment);
        db.RemoveRange(document.Lines);
        document.Update(header, book.Select(b => new DocumentLineInput(b.ProductId, b.BookQuantity, null)));
        db.AddRange(document.Lines);
        await db.SaveChangesAsync(cancellationToken);
        return DocumentDto.From(document);
    }

    /// <summary>The count sheet to print: the document's products (or, before it is filled, everything in stock) at today's book quantity.</summary>
    public async Task<ExportFile> CountSheetAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await FindCountAsync(db.Documents.AsNoTracking(), id, cancellationToken);
        var warehouse = await db.Warehouses.AsNoTracking().Where(w => w.Id == document.WarehouseId).Select(w => w.Name)
            .FirstOrDefaultAsync(cancellationToken) ?? "";
        List<CountSheetRow> rows;
        if (document.Lines.Count == 0)
            rows = await InStockAsync(document.WarehouseId, null, cancellationToken);
        else
        {
            var productIds = document.Lines.Select(l => l.ProductId).ToList();
            var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, cancellationToken);
            var onHand = await db.Balances.AsNoTracking()
                .Where(b => b.WarehouseId == document.WarehouseId && productIds.Contains(b.ProductId))
                .ToDictionaryAsync(b => b.ProductId, b => b.OnHand, cancellationToken);
            rows = document.Lines.OrderBy(l => l.LineNo).Where(l => products.ContainsKey(l.ProductId)).Select(l => products[l.ProductId])
                .Select(p => new CountSheetRow(p.Id, p.Sku, p.Name, p.Unit, onHand.GetValueOrDefault(p.Id))).ToList();
        }

        return CountSheet.Write(document, warehouse, rows, clock.Now);
    }

    private async Task<List<CountSheetRow>> InStockAsync(Guid warehouseId, string? category, CancellationToken cancellationToken)
    {
        var products = db.Products.AsNoTracking().Where(p => !p.IsService);
        if (!string.IsNullOrWhiteSpace(category))
        {
            var trimmed = category.Trim();
            products = products.Where(p => p.Category == trimmed);
        }

        return await (from b in db.Balances.AsNoTracking()
                where b.WarehouseId == warehouseId && (b.OnHand > 0 || b.Reserved > 0)
                join p in products on b.ProductId equals p.Id
                orderby p.Name, p.Sku
                select new CountSheetRow(p.Id, p.Sku, p.Name, p.Unit, b.OnHand))
            .ToListAsync(cancellationToken);
    }

    private static async Task<StockDocument> FindCountAsync(IQueryable<StockDocument> documents, Guid id, CancellationToken cancellationToken)
    {
        var document = await documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException("StockDocument", id);
        if (document.Kind != DocumentKind.Count)
            throw new BusinessRuleException(NotACount, Text.Pick(
                $"Документ {document.Number} — не инвентаризация.", $"Document {document.Number} is not an inventory count."));
        return document;
    }
}
