using Microsoft.EntityFrameworkCore;
using Suite.Framework.Data;
using Suite.Framework.Domain;
using Suite.Framework.Localization;
using Suite.Framework.Paging;
using Suite.Stock.Application.Settings;
using Suite.Stock.Data;
using Suite.Stock.Domain.Products;
using Suite.Stock.Events;

namespace Suite.Stock.Application.Products;

/// <summary>The catalog. Every change is published whole, so Crm and Finance keep their own copies.</summary>
internal sealed class ProductService(StockDbContext db, StockSettingsService settings, TimeProvider clock)
{
    public const string DuplicateSku = "Stock.Product.DuplicateSku";
    public const string DuplicateBarcode = "Stock.Product.DuplicateBarcode";
    public const string HasMoves = "Stock.Product.HasMoves";

    internal static readonly SortMap<Product> Sorting = new SortMap<Product>("name")
        .Add("name", p => p.Name)
        .Add("sku", p => p.Sku)
        .Add("category", p => p.Category)
        .Add("salePrice", p => p.SalePrice)
        .Add("createdAt", p => p.CreatedAt);

    public Task<PagedResult<StockProductDto>> ListAsync(ProductListRequest request, CancellationToken cancellationToken) =>
        Filtered(request).ToPageAsync(request, Sorting, StockProductDto.From, cancellationToken);

    /// <summary>The products the list shows for these filters, unsorted and unpaged: the list and its export share it.</summary>
    public IQueryable<Product> Filtered(ProductListRequest request)
    {
        var query = db.Products.AsNoTracking();
        if (request.IncludeArchived != true)
            query = query.Where(p => !p.IsArchived);
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var term = request.Filter.Trim().ToLowerInvariant();
            query = query.Where(p => p.SearchText.Contains(term));
        }

        if (!string.IsNullOrWhiteSpace(request.Category))
        {
            var category = request.Category.Trim();
            query = query.Where(p => p.Category == category);
        }

        if (request.IsService is { } isService)
            query = query.Where(p => p.IsService == isService);
        return query;
    }

    public async Task<StockProductDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        StockProductDto.From(await FindAsync(id, cancellationToken));

    /// <summary>The product a scanned or typed code names: its SKU exactly, or its barcode.</summary>
    public async Task<StockProductDto> FindByCodeAsync(string code, CancellationToken cancellationToken)
    {
        code = code.Trim();
        var product = await db.Products.AsNoTracking()
            .Where(p => !p.IsArchived && (p.Sku == code || p.Barcode == code))
            .FirstOrDefaultAsync(cancellationToken);
        return product is null
            ? throw new EntityNotFoundException("Product", code)
            : StockProductDto.From(product);
    }

    /// <summary>The categories in use, for the filter and the card's suggestions.</summary>
    public Task<List<string>> CategoriesAsync(CancellationToken cancellationToken) =>
        db.Products.AsNoTracking().Where(p => p.Category != null).Select(p => p.Category!).Distinct()
            .OrderBy(c => c).ToListAsync(cancellationToken);

    public async Task<StockProductDto> CreateAsync(ProductInput input, CancellationToken cancellationToken, bool save = true)
    {
        var details = input.ToDetails();
        await EnsureUniqueAsync(details, null, cancellationToken);
        var method = input.ValuationMethod ?? (await settings.CurrentAsync(cancellationToken)).DefaultValuationMethod;
        var product = new Product(details, method);
        if (input.IsArchived == true)
            product.Archive(true);
        db.Products.Add(product);
        db.Publish(new ProductCreatedEto(product.Id, product.Sku, product.Name, product.Unit, product.Barcode, product.SalePrice,
            product.VatRate, product.IsService, product.IsArchived, clock.GetUtcNow()));
        if (save)
            await SaveAsync(cancellationToken);
        return StockProductDto.From(product);
    }

    public async Task<StockProductDto> UpdateAsync(Guid id, ProductInput input, CancellationToken cancellationToken, bool save = true)
    {
        var product = await FindAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(product, input.ConcurrencyStamp);
        var details = input.ToDetails();
        await EnsureUniqueAsync(details, id, cancellationToken);
        var hasMoves = await db.Moves.AnyAsync(m => m.ProductId == id, cancellationToken);
        if (input.ValuationMethod is { } method && method != product.ValuationMethod)
        {
            if (hasMoves)
                throw new BusinessRuleException("Stock.Product.ValuationLocked", Text.Pick(
                    "Способ оценки нельзя сменить, когда по товару уже есть движения: себестоимость остатка пришлось бы пересчитать.",
                    "The valuation method cannot change once the product has stock moves: the stock on hand would have to be revalued."));
            product.ChangeValuation(method);
        }

        if (details.IsService && !product.IsService && await db.Balances.AnyAsync(b => b.ProductId == id && b.OnHand > 0, cancellationToken))
            throw new BusinessRuleException("Stock.Product.InStock", Text.Pick(
                "Товар есть на складе, поэтому услугой его сделать нельзя.", "The product is in stock, so it cannot become a service."));
        product.Update(details);
        if (input.IsArchived is { } archived)
            product.Archive(archived);
        db.Publish(new ProductUpdatedEto(product.Id, product.Sku, product.Name, product.Unit, product.Barcode, product.SalePrice,
            product.VatRate, product.IsService, product.IsArchived, clock.GetUtcNow()));
        if (save)
            await SaveAsync(cancellationToken);
        return StockProductDto.From(product);
    }

    /// <summary>Only a product that never moved can be deleted; one with history is archived instead.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var product = await FindAsync(id, cancellationToken);
        if (await db.Moves.AnyAsync(m => m.ProductId == id, cancellationToken) ||
            await db.Set<Domain.Documents.StockDocumentLine>().AnyAsync(l => l.ProductId == id, cancellationToken))
            throw new BusinessRuleException(HasMoves, Text.Pick(
                "Товар есть в складских документах; его можно только отправить в архив.",
                "The product is on stock documents; it can only be archived."));
        db.Products.Remove(product);
        db.Publish(new ProductUpdatedEto(product.Id, product.Sku, product.Name, product.Unit, product.Barcode, product.SalePrice,
            product.VatRate, product.IsService, true, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Product> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Products.FindAsync([id], cancellationToken)
        ?? throw new EntityNotFoundException("Product", id);

    private async Task EnsureUniqueAsync(ProductDetails details, Guid? id, CancellationToken cancellationToken)
    {
        if (await db.Products.AnyAsync(p => p.Sku == details.Sku && p.Id != id, cancellationToken))
            throw new BusinessRuleException(DuplicateSku, Text.Pick(
                $"Артикул «{details.Sku}» уже есть в каталоге.", $"The SKU \"{details.Sku}\" is already in the catalog."));
        if (details.Barcode is { } barcode && await db.Products.AnyAsync(p => p.Barcode == barcode && p.Id != id, cancellationToken))
            throw BarcodeTaken(barcode);
    }

    /// <summary>Why a card cannot carry a barcode another card has; the import gives a row the same words.</summary>
    internal static BusinessRuleException BarcodeTaken(string barcode) => new(DuplicateBarcode, Text.Pick(
        $"Штрихкод «{barcode}» уже есть у другого товара.", $"The barcode \"{barcode}\" belongs to another product."));

    /// <summary>Two users saving the same SKU at once: the unique index refuses the second, with the same code.</summary>
    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            throw new BusinessRuleException(DuplicateSku, Text.Pick(
                "Артикул или штрихкод уже есть в каталоге.", "The SKU or barcode is already in the catalog."));
        }
    }
}
