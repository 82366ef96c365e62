using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.Time;
using Suite.Stock.Data;
using Suite.Stock.Domain.Documents;

namespace Suite.Stock.Application.Documents;

/// <summary>Drafts: create, edit, delete, and the documents list. Posting and cancelling are <see cref="DocumentPosting"/>.</summary>
internal sealed class DocumentService(StockDbContext db, DocumentNumbers numbers, BusinessClock clock)
{
    private static readonly SortMap<StockDocument> Sorting = new SortMap<StockDocument>("date desc, number desc")
        .Add("date", d => d.Date)
        .Add("number", d => d.Number)
        .Add("kind", d => d.Kind)
        .Add("status", d => d.Status)
        .Add("createdAt", d => d.CreatedAt);

    public Task<PagedResult<DocumentListItemDto>> ListAsync(DocumentListRequest request, CancellationToken cancellationToken)
    {
        var query = db.Documents.IgnoreAutoIncludes().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim();
            query = query.Where(d => d.Number.Contains(term) || (d.Comment != null && d.Comment.Contains(term)));
        }

        if (request.KindFilter() is { } kind)
            query = query.Where(d => d.Kind == kind);
        if (request.StatusFilter() is { } status)
            query = query.Where(d => d.Status == status);
        if (request.WarehouseId is { } warehouseId)
            query = query.Where(d => d.WarehouseId == warehouseId || d.TargetWarehouseId == warehouseId);
        if (request.ProductId is { } productId)
            query = query.Where(d => d.Lines.Any(l => l.ProductId == productId));
        if (request.DealId is { } dealId)
            query = query.Where(d => d.DealId == dealId);
        if (request.CompanyId is { } companyId)
            query = query.Where(d => d.CompanyId == companyId);
        if (request.DateFrom is { } from)
            query = query.Where(d => d.Date >= from);
        if (request.DateTo is { } to)
            query = query.Where(d => d.Date <= to);

        request.Validate();
        return ListPageAsync(query, request, cancellationToken);
    }

    private static async Task<PagedResult<DocumentListItemDto>> ListPageAsync(
        IQueryable<StockDocument> query, DocumentListRequest request, CancellationToken cancellationToken)
    {
        var total = await query.LongCountAsync(cancellationToken);
        var items = await Sorting.Apply(query, request.Sorting).Skip(request.Skip).Take(request.Take)
            .Select(d => new DocumentListItemDto(d.Id, d.Kind, d.Number, d.Status, d.Date, d.WarehouseId, d.TargetWarehouseId,
                d.CompanyId, d.DealId, d.Comment, d.Lines.Count, d.TotalCost, d.PostedAt, d.ReversalOfId))
            .ToListAsync(cancellationToken);
        return new PagedResult<DocumentListItemDto>(total, items);
    }

    public async Task<DocumentDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        DocumentDto.From(await FindAsync(id, cancellationToken));

    public async Task<DocumentDto> CreateAsync(DocumentInput input, CancellationToken cancellationToken)
    {
        var kind = input.Kind!.Value;
        var (header, lines) = await CheckedAsync(kind, input, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var document = new StockDocument(kind, await numbers.NextAsync(kind, cancellationToken), header, lines);
        db.Documents.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return DocumentDto.From(document);
    }

    public async Task<DocumentDto> UpdateAsync(Guid id, DocumentInput input, CancellationToken cancellationToken)
    {
        var document = await FindAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(document, input.ConcurrencyStamp);
        document.EnsureDraft();
        if (input.Kind is { } kind && kind != document.Kind)
            throw InputValidationException.For("kind", Text.Pick("Вид документа изменить нельзя.", "A document's kind cannot change."));
        var (header, lines) = await CheckedAsync(document.Kind, input, cancellationToken);
        db.RemoveRange(document.Lines);
        document.Update(header, lines);
        db.AddRange(document.Lines);
        // An edit of the lines alone leaves the header unchanged; marking it changed checks and renews its stamp all the
        // same, so two people editing one draft's lines cannot overwrite each other unseen.
        db.Entry(document).Property(d => d.ConcurrencyStamp).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return DocumentDto.From(document);
    }

    /// <summary>Only a draft can be deleted; a posted document is cancelled instead, so the ledger keeps its history.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await FindAsync(id, cancellationToken);
        document.EnsureDraft();
        db.Documents.Remove(document);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<StockDocument> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException("StockDocument", id);

    /// <summary>Checks what the validator cannot: that the warehouses and products exist and that no line is a service.</summary>
    private async Task<(DocumentHeader, List<DocumentLineInput>)> CheckedAsync(DocumentKind kind, DocumentInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var warehouseIds = new[] { input.WarehouseId, input.TargetWarehouseId }.OfType<Guid>().ToList();
        var warehouses = await db.Warehouses.Where(w => warehouseIds.Contains(w.Id)).Select(w => w.Id).ToListAsync(cancellationToken);
        if (!warehouses.Contains(input.WarehouseId!.Value))
            errors["warehouseId"] = [Text.Pick("Склад не найден.", "The warehouse was not found.")];
        if (kind == DocumentKind.Transfer && !warehouses.Contains(input.TargetWarehouseId!.Value))
            errors["targetWarehouseId"] = [Text.Pick("Склад не найден.", "The warehouse was not found.")];

        var lines = input.Lines ?? [];
        var productIds = lines.Select(l => l.ProductId!.Value).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.IsService, cancellationToken);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!products.TryGetValue(lines[i].ProductId!.Value, out var isService))
                errors[$"lines[{i}].productId"] = [Text.Pick("Товар не найден.", "The product was not found.")];
            else if (isService)
                errors[$"lines[{i}].productId"] = [Text.Pick("Услуги не хранятся на складе.", "Services are not stocked.")];
        }

        if (errors.Count > 0)
            throw new InputValidationException(errors);

        var header = new DocumentHeader(
            input.Date ?? clock.Today, input.WarehouseId!.Value,
            kind == DocumentKind.Transfer ? input.TargetWarehouseId : null, input.CompanyId, input.DealId, input.InvoiceId,
            Clean(input.Reason), Clean(input.Comment));
        return (header, lines.Select(l => new DocumentLineInput(l.ProductId!.Value, l.Quantity!.Value, l.UnitCost)).ToList());
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
