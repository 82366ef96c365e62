using Microsoft.EntityFrameworkCore;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Framework.Time;
using Suite.Framework.Users;
using Suite.Stock.Application.Companies;
using Suite.Stock.Application.Deals;
using Suite.Stock.Data;
using Suite.Stock.Domain.Deals;
using Suite.Stock.Domain.Documents;

namespace Suite.Stock.Application.Documents;

/// <summary>
/// Drafts: create, edit, delete, and the documents list. Posting and cancelling are <see cref="DocumentPosting"/>. A document
/// made for a deal or a company belongs to its owner: a user without <see cref="StockPermissions.Sales.ViewAll"/> sees
/// and makes documents only for deals and companies they own.
/// </summary>
internal sealed class DocumentService(
    StockDbContext db, DocumentNumbers numbers, DocumentPosting posting, BusinessClock clock, DealService deals, CompanyService companies,
    ICurrentUser user)
{
    private static readonly KeysetOrder<StockDocument> Sorting = new KeysetOrder<StockDocument>("date desc, number desc")
        .Add("date", d => d.Date)
        .Add("number", d => d.Number)
        // Stored as their names: sorted by, but the cursor's comparisons are for plain columns.
        .AddOffsetOnly("kind", d => d.Kind)
        .AddOffsetOnly("status", d => d.Status)
        .Add("createdAt", d => d.CreatedAt)
        .ThenByUnique(d => d.Id);

    public Task<KeysetPage<DocumentListItemDto>> ListAsync(DocumentListRequest request, CancellationToken cancellationToken)
    {
        var query = Visible(db.Documents.IgnoreAutoIncludes().AsNoTracking());
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

    /// <summary>The documents of the deals and companies the user may see (<see cref="OwnerRule"/> over Stock's copies), and those of neither.</summary>
    private IQueryable<StockDocument> Visible(IQueryable<StockDocument> documents)
    {
        if (user.SeesAll<Deal>())
            return documents;
        var visibleDeals = db.Deals.VisibleTo(user);
        var visibleCompanies = db.Companies.VisibleTo(user);
        return documents.Where(d => (d.DealId == null || visibleDeals.Any(x => x.Id == d.DealId))
                                    && (d.CompanyId == null || visibleCompanies.Any(x => x.Id == d.CompanyId)));
    }

    private async Task<KeysetPage<DocumentListItemDto>> ListPageAsync(
        IQueryable<StockDocument> query, DocumentListRequest request, CancellationToken cancellationToken)
    {
        var total = await query.LongCountAsync(cancellationToken);
        var items = await Sorting.Page(query, request)
            .Select(d => new DocumentListItemDto(d.Id, d.Kind, d.Number, d.Status, d.Date, d.WarehouseId, d.TargetWarehouseId,
                d.CompanyId, d.DealId, d.Comment, d.Lines.Count, d.TotalCost, d.PostedAt, d.ReversalOfId,
                db.Deals.Where(x => x.Id == d.DealId).Select(x => x.Title).FirstOrDefault(),
                db.Companies.Where(x => x.Id == d.CompanyId).Select(x => x.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        // The cursor is made of the last row's sort keys, and the listed item does not carry them all (its creation time).
        var lastId = items.Count == request.Take ? items[^1].Id : (Guid?)null;
        var next = lastId is null ? null : Sorting.CursorAfter(
            await db.Documents.IgnoreAutoIncludes().AsNoTracking().SingleAsync(d => d.Id == lastId, cancellationToken), request.Sorting);
        return new KeysetPage<DocumentListItemDto>(total, items, next);
    }

    public async Task<DocumentDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await NamedAsync(await FindAsync(id, cancellationToken), cancellationToken);

    /// <summary>The document with its deal's title and company's name from Stock's copies, for display.</summary>
    private async Task<DocumentDto> NamedAsync(StockDocument document, CancellationToken cancellationToken) =>
        DocumentDto.From(document) with
        {
            DealTitle = document.DealId is { } dealId
                ? await db.Deals.Where(d => d.Id == dealId).Select(d => d.Title).FirstOrDefaultAsync(cancellationToken)
                : null,
            CompanyName = document.CompanyId is { } companyId
                ? await db.Companies.Where(c => c.Id == companyId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
                : null,
        };

    public async Task<DocumentDto> CreateAsync(DocumentInput input, CancellationToken cancellationToken)
    {
        var kind = input.Kind!.Value;
        if (input.Post == true)
            return await CreatePostedAsync(kind, input, cancellationToken);
        var productIds = ProductIds(input);
        var services = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.IsService, cancellationToken);
        var (header, lines) = await CheckedAsync(kind, input, services, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var document = new StockDocument(kind, await numbers.NextAsync(kind, cancellationToken), header, lines);
        db.Documents.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await NamedAsync(document, cancellationToken);
    }

    /// <summary>
    /// Creates and posts in one transaction (<c>post: true</c>, a scanner's one call per shipment): the products are locked
    /// and read once, for the checks and the posting both, and a refusal of either saves nothing, number included.
    /// </summary>
    private async Task<DocumentDto> CreatePostedAsync(DocumentKind kind, DocumentInput input, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(StockPermissions.Documents.Post))
            throw new AccessDeniedException(Text.Pick("Проводить документы вам не разрешено.", "You may not post documents."));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var products = await db.LockedProductsAsync(ProductIds(input), cancellationToken);
        var (header, lines) = await CheckedAsync(kind, input, products.ToDictionary(p => p.Key, p => p.Value.IsService), cancellationToken);
        var document = StockDocument.Unnumbered(kind, header, lines);
        db.Documents.Add(document);
        await posting.PostNewAsync(document, products, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        StockMetrics.DocumentPosted(document.Kind);
        return await NamedAsync(document, cancellationToken);
    }

    private static List<Guid> ProductIds(DocumentInput input) => (input.Lines ?? []).Select(l => l.ProductId!.Value).Distinct().ToList();

    public async Task<DocumentDto> UpdateAsync(Guid id, DocumentInput input, CancellationToken cancellationToken)
    {
        var document = await FindAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(document, input.ConcurrencyStamp);
        document.EnsureDraft();
        if (input.Kind is { } kind && kind != document.Kind)
            throw InputValidationException.For("kind", Text.Pick("Вид документа изменить нельзя.", "A document's kind cannot change."));
        var productIds = ProductIds(input);
        var services = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.IsService, cancellationToken);
        var (header, lines) = await CheckedAsync(document.Kind, input, services, cancellationToken);
        db.RemoveRange(document.Lines);
        document.Update(header, lines);
        db.AddRange(document.Lines);
        // An edit of the lines alone leaves the header unchanged; marking it changed checks and renews its stamp all the
        // same, so two people editing one draft's lines cannot overwrite each other unseen.
        db.Entry(document).Property(d => d.ConcurrencyStamp).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return await NamedAsync(document, cancellationToken);
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
        await Visible(db.Documents).FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException("StockDocument", id);

    /// <summary>
    /// Checks what the validator cannot: that the warehouses and products exist and that no line is a service.
    /// <paramref name="services"/> tells, for each of the lines' products that exists, whether it is a service.
    /// </summary>
    private async Task<(DocumentHeader, List<DocumentLineInput>)> CheckedAsync(DocumentKind kind, DocumentInput input,
        IReadOnlyDictionary<Guid, bool> services, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var warehouseIds = new[] { input.WarehouseId, input.TargetWarehouseId }.OfType<Guid>().ToList();
        var warehouses = await db.Warehouses.Where(w => warehouseIds.Contains(w.Id)).Select(w => w.Id).ToListAsync(cancellationToken);
        if (!warehouses.Contains(input.WarehouseId!.Value))
            errors["warehouseId"] = [Text.Pick("Склад не найден.", "The warehouse was not found.")];
        if (kind == DocumentKind.Transfer && !warehouses.Contains(input.TargetWarehouseId!.Value))
            errors["targetWarehouseId"] = [Text.Pick("Склад не найден.", "The warehouse was not found.")];

        var lines = input.Lines ?? [];
        for (var i = 0; i < lines.Count; i++)
        {
            if (!services.TryGetValue(lines[i].ProductId!.Value, out var isService))
                errors[$"lines[{i}].productId"] = [Text.Pick("Товар не найден.", "The product was not found.")];
            else if (isService)
                errors[$"lines[{i}].productId"] = [Text.Pick("Услуги не хранятся на складе.", "Services are not stocked.")];
        }

        if (errors.Count > 0)
            throw new InputValidationException(errors);
        if (input.DealId is { } dealId)
            await deals.UsableAsync(dealId, cancellationToken);
        if (input.CompanyId is { } companyId)
            await companies.EnsureUsableAsync(companyId, cancellationToken);

        var header = new DocumentHeader(
            input.Date ?? clock.Today, input.WarehouseId!.Value,
            kind == DocumentKind.Transfer ? input.TargetWarehouseId : null, input.CompanyId, input.DealId, input.InvoiceId,
            Clean(input.Reason), Clean(input.Comment));
        return (header, lines.Select(l => new DocumentLineInput(l.ProductId!.Value, l.Quantity!.Value, l.UnitCost)).ToList());
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
