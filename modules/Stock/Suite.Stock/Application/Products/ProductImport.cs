using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Suite.Framework.Data;
using Suite.Framework.Domain;
using Suite.Framework.Exports;
using Suite.Framework.Imports;
using Suite.Framework.Localization;
using Suite.Stock.Application.Settings;
using Suite.Stock.Data;
using Suite.Stock.Domain.Products;
using Suite.Stock.Events;
using static Suite.Stock.Application.Products.ProductSheetColumns;

namespace Suite.Stock.Application.Products;

/// <summary>How an import went: the cards created and updated, and each refused row with the field at fault.</summary>
internal sealed record ProductImportResult(int Created, int Updated, IReadOnlyList<ProductImportError> Errors);

/// <summary>A refused row: its number as the spreadsheet shows it (the header is row 1), the field, and why.</summary>
internal sealed record ProductImportError(int Row, string Field, string Message);

/// <summary>
/// Loads a catalog spreadsheet (the export's columns, or Russian headings): a row whose SKU is in the catalog updates
/// that card, any other row creates one. Every row is checked by the same validator and uniqueness rules as a card saved
/// on screen; good rows are kept and bad ones reported. A column left out of the file leaves that field as it is.
/// New cards are written set-wise (<see cref="BulkInsert"/>: binary COPY on PostgreSQL, with their log rows and their
/// Stock.Product.Created events), a chunk per transaction; a row repeating a SKU created earlier in the same chunk
/// changes that new card before it is written (and publishes Stock.Product.Updated, as saving it twice did), and a row
/// for a card already in the catalog goes through <see cref="ProductService"/> on its own, as before (docs/bench-imports.md).
/// </summary>
internal sealed class ProductImport(
    StockDbContext db, ProductService products, StockSettingsService settings, IValidator<ProductInput> validator, TimeProvider clock)
{
    public const int MaxRows = 100_000;
    public const long MaxFileBytes = 20L * 1024 * 1024;
    private const int RowsPerTransaction = 5_000;

    public async Task<ProductImportResult> ImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var table = await ReadAsync(file, cancellationToken);
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < table.Headers.Count; i++)
            if (Match(table.Headers[i]) is { } column)
                columns.TryAdd(column, i);
        if (!columns.ContainsKey(Sku))
            throw InputValidationException.For("file", Text.Pick(
                "В первой строке нет столбца «Артикул» (sku): по нему товары из файла сопоставляются с каталогом.",
                "The first row has no SKU column (sku): it is how the file's rows are matched with the catalog."));
        var rows = table.NumberedRows.Take(MaxRows + 1).ToList();
        if (rows.Count > MaxRows)
            throw InputValidationException.For("file", Text.Pick(
                $"В файле больше {MaxRows:N0} строк; разделите его на части.", $"The file has more than {MaxRows:N0} rows; split it."));

        // Read once rather than by every created card.
        var defaultMethod = (await settings.CurrentAsync(cancellationToken)).DefaultValuationMethod;
        int created = 0, updated = 0;
        var errors = new List<ProductImportError>();
        foreach (var chunk in rows.Chunk(RowsPerTransaction))
        {
            var catalog = await CatalogAsync(cancellationToken);
            var outcome = await ChunkAsync(chunk, columns, catalog, defaultMethod, cancellationToken);
            if (outcome is null)
            {
                // A card with one of the chunk's SKUs or barcodes was saved meanwhile: its rows go one by one, as they all did before.
                catalog = await CatalogAsync(cancellationToken);
                outcome = await OneByOneAsync(chunk, columns, catalog, defaultMethod, cancellationToken);
            }

            created += outcome.Created;
            updated += outcome.Updated;
            errors.AddRange(outcome.Errors);
        }

        return new ProductImportResult(created, updated, errors);
    }

    /// <summary>The catalog's SKUs and barcodes with their cards' ids: one query per chunk instead of two per row.</summary>
    private sealed record Catalog(Dictionary<string, Guid> Skus, Dictionary<string, Guid> Barcodes);

    private async Task<Catalog> CatalogAsync(CancellationToken cancellationToken)
    {
        var cards = await db.Products.AsNoTracking().Select(p => new { p.Sku, p.Barcode, p.Id }).ToListAsync(cancellationToken);
        return new Catalog(cards.ToDictionary(p => p.Sku, p => p.Id),
            cards.Where(p => p.Barcode != null).ToDictionary(p => p.Barcode!, p => p.Id));
    }

    /// <summary>The chunk in one transaction, new cards set-wise; null when a unique index refused them (nothing is then saved).</summary>
    private async Task<ProductImportResult?> ChunkAsync(
        (int Number, string[] Cells)[] chunk, Dictionary<string, int> columns, Catalog catalog, ValuationMethod defaultMethod, CancellationToken cancellationToken)
    {
        int created = 0, updated = 0;
        var errors = new List<ProductImportError>();
        var fresh = new Dictionary<string, Product>();
        var changedFresh = new List<Product>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (number, cells) in chunk)
        {
            var row = new Row(columns, cells);
            var sku = row.Text(Sku);
            var card = sku is null ? null : fresh.GetValueOrDefault(sku);
            var repeat = card is not null;
            Product? current = null;
            if (card is null && sku is not null && catalog.Skus.TryGetValue(sku, out var id))
                current = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            var (input, faults) = row.ToInput(card ?? current);
            if (card is null && current is null)
                input = input with { ValuationMethod = input.ValuationMethod ?? defaultMethod };
            if (faults.Count == 0)
                faults = (await validator.ValidateAsync(input, cancellationToken)).Errors
                    .Select(e => (Field(e.PropertyName), e.ErrorMessage)).ToList();
            var details = faults.Count == 0 ? input.ToDetails() : null;
            var self = card?.Id ?? current?.Id;
            if (details?.Barcode is { } barcode && catalog.Barcodes.TryGetValue(barcode, out var holder) && holder != self)
                faults = [(Barcode, ProductService.BarcodeTaken(barcode).Message)];
            if (faults.Count == 0 && current is not null)
            {
                faults = await SaveAsync(current, input, catalog.Skus, cancellationToken);
                if (faults.Count == 0)
                    Claim(catalog, current.Barcode, details!.Barcode, current.Id);
            }
            else if (faults.Count == 0 && card is not null)
            {
                // A card created above in this chunk, not yet written: it never moved, so any valuation method may be set.
                var before = card.Barcode;
                card.Update(details!);
                if (input.ValuationMethod is { } method)
                    card.ChangeValuation(method);
                if (input.IsArchived is { } archived)
                    card.Archive(archived);
                Claim(catalog, before, card.Barcode, card.Id);
                changedFresh.Add(card);
            }
            else if (faults.Count == 0)
            {
                card = new Product(details!, input.ValuationMethod!.Value);
                if (input.IsArchived == true)
                    card.Archive(true);
                fresh[card.Sku] = card;
                catalog.Skus[card.Sku] = card.Id;
                Claim(catalog, null, card.Barcode, card.Id);
            }

            if (faults.Count == 0 && current is null && !repeat)
                created++;
            else if (faults.Count == 0)
                updated++;
            errors.AddRange(faults.Select(f => new ProductImportError(number, f.Field, f.Message)));
        }

        try
        {
            var now = clock.GetUtcNow();
            await db.InsertAsync(fresh.Values.ToList(), p => new ProductCreatedEto(p.Id, p.Sku, p.Name, p.Unit, p.Barcode, p.SalePrice,
                p.VatRate, p.IsService, p.IsArchived, now), cancellationToken);
            foreach (var p in changedFresh.Distinct())
                db.Publish(new ProductUpdatedEto(p.Id, p.Sku, p.Name, p.Unit, p.Barcode, p.SalePrice, p.VatRate, p.IsService, p.IsArchived, now));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            return null;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return null;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return new ProductImportResult(created, updated, errors);
    }

    /// <summary>A barcode moves to the card that now carries it, so a later row is checked against the catalog as it will be.</summary>
    private static void Claim(Catalog catalog, string? before, string? after, Guid id)
    {
        if (before is not null && before != after && catalog.Barcodes.GetValueOrDefault(before) == id)
            catalog.Barcodes.Remove(before);
        if (after is not null)
            catalog.Barcodes[after] = id;
    }

    /// <summary>The chunk row by row through <see cref="ProductService"/>, each refused row rolled back to EF's savepoint.</summary>
    private async Task<ProductImportResult> OneByOneAsync(
        (int Number, string[] Cells)[] chunk, Dictionary<string, int> columns, Catalog catalog, ValuationMethod defaultMethod, CancellationToken cancellationToken)
    {
        int created = 0, updated = 0;
        var errors = new List<ProductImportError>();
        var skus = catalog.Skus;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (number, cells) in chunk)
        {
            var row = new Row(columns, cells);
            var sku = row.Text(Sku);
            var current = sku is not null && skus.TryGetValue(sku, out var id)
                ? await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
                : null;
            var (input, faults) = row.ToInput(current);
            if (current is null)
                input = input with { ValuationMethod = input.ValuationMethod ?? defaultMethod };
            if (faults.Count == 0)
                faults = (await validator.ValidateAsync(input, cancellationToken)).Errors
                    .Select(e => (Field(e.PropertyName), e.ErrorMessage)).ToList();
            if (faults.Count == 0)
                faults = await SaveAsync(current, input, skus, cancellationToken);
            if (faults.Count == 0 && current is null)
                created++;
            else if (faults.Count == 0)
                updated++;
            errors.AddRange(faults.Select(f => new ProductImportError(number, f.Field, f.Message)));
        }

        await transaction.CommitAsync(cancellationToken);
        return new ProductImportResult(created, updated, errors);
    }

    private async Task<List<(string Field, string Message)>> SaveAsync(
        Product? current, ProductInput input, Dictionary<string, Guid> skus, CancellationToken cancellationToken)
    {
        try
        {
            if (current is null)
                skus[input.Sku!.Trim()] = (await products.CreateAsync(input, cancellationToken)).Id;
            else
                await products.UpdateAsync(current.Id, input, cancellationToken);
            return [];
        }
        catch (BusinessRuleException e)
        {
            var field = e.Code switch
            {
                ProductService.DuplicateSku => Sku,
                ProductService.DuplicateBarcode => Barcode,
                "Stock.Product.ValuationLocked" => Valuation,
                "Stock.Product.InStock" => IsService,
                _ => "",
            };
            return [(field, e.Message)];
        }
        catch (InputValidationException e)
        {
            return e.Errors.SelectMany(f => f.Value.Select(m => (Field(f.Key), m))).ToList();
        }
        catch (DbUpdateConcurrencyException)
        {
            return [("", Text.Pick("Карточку товара одновременно изменил кто-то другой.", "Someone else changed the card at the same time."))];
        }
        finally
        {
            // A refused row leaves nothing behind (its card or its event), and the next row starts with an empty tracker.
            db.ChangeTracker.Clear();
        }
    }

    private static async Task<ImportTable> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
            throw InputValidationException.For("file", Text.Pick("Выберите файл XLSX или CSV.", "Choose an XLSX or CSV file."));
        if (file.Length > MaxFileBytes)
            throw InputValidationException.For("file", Text.Pick("Файл больше 20 МБ.", "The file is larger than 20 MB."));
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        try
        {
            var table = ImportTable.Read(file.FileName, buffer.ToArray());
            return table;
        }
        catch (FormatException)
        {
            throw InputValidationException.For("file", Text.Pick("Файл не читается как XLSX или CSV.", "The file cannot be read as XLSX or CSV."));
        }
    }

    private static string Field(string propertyName) =>
        propertyName.Length == 0 ? "" : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];

    /// <summary>One data row, read by column name.</summary>
    private sealed class Row(Dictionary<string, int> columns, string[] cells)
    {
        private readonly List<(string Field, string Message)> _faults = [];

        public bool Has(string column) => columns.ContainsKey(column);

        /// <summary>The cell's text, or null when the column is missing or the cell blank.</summary>
        public string? Text(string column) =>
            columns.TryGetValue(column, out var i) && ListExport.Restore(cells[i].Trim()) is { Length: > 0 } text ? text : null;

        public (ProductInput Input, List<(string Field, string Message)> Faults) ToInput(Product? current)
        {
            var input = new ProductInput
            {
                Sku = Text(Sku),
                Name = Text(Name) ?? current?.Name,
                Unit = Text(Unit) ?? current?.Unit,
                Barcode = Has(Barcode) ? Text(Barcode) : current?.Barcode,
                Category = Has(Category) ? Text(Category) : current?.Category,
                SalePrice = Number(SalePrice) ?? current?.SalePrice,
                VatRate = Has(VatRate) ? Number(VatRate) : current?.VatRate,
                IsService = Flag(IsService) ?? current?.IsService,
                MinQuantity = Has(MinQuantity) ? Number(MinQuantity) : current?.MinQuantity,
                ValuationMethod = Method(),
                IsArchived = Flag(IsArchived),
            };
            return (input, _faults);
        }

        private decimal? Number(string column)
        {
            if (Text(column) is not { } text)
                return null;
            if (TryNumber(text, out var number))
                return number;
            _faults.Add((column, Suite.Framework.Localization.Text.Pick($"«{text}» — не число.", $"\"{text}\" is not a number.")));
            return null;
        }

        private bool? Flag(string column)
        {
            if (Text(column) is not { } text)
                return null;
            if (TryFlag(text, out var flag))
                return flag;
            _faults.Add((column, Suite.Framework.Localization.Text.Pick(
                $"«{text}» — ни «да», ни «нет».", $"\"{text}\" is neither yes nor no.")));
            return null;
        }

        private ValuationMethod? Method()
        {
            if (Text(Valuation) is not { } text)
                return null;
            if (TryMethod(text, out var method))
                return method;
            _faults.Add((Valuation, Suite.Framework.Localization.Text.Pick(
                $"Способ оценки «{text}» неизвестен: fifo или movingAverage.", $"The valuation method \"{text}\" is unknown: fifo or movingAverage.")));
            return null;
        }
    }
}
