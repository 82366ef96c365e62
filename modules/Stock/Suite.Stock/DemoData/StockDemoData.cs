using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Framework.Time;
using Suite.Stock.Application.Documents;
using Suite.Stock.Application.Products;
using Suite.Stock.Application.Warehouses;
using Suite.Stock.Data;
using Suite.Stock.Domain.Documents;
using Suite.Stock.Domain.Products;

namespace Suite.Stock.DemoData;

/// <summary>
/// A window company's stock for the embedded mode: two warehouses, a dozen products and a month of documents (receipts
/// at different costs, a transfer to the fitters' warehouse, a shipment), posted through the same services as the
/// screens, so the ledger, balances and cost layers are real. Skipped when the catalog has products.
/// </summary>
internal static class StockDemoData
{
    private const string Main = "Основной склад";
    private const string Fitters = "Склад монтажников";

    private sealed record DemoProduct(string Sku, string Name, string Unit, string Category, decimal Price, decimal? Min,
        bool IsService = false, ValuationMethod? Method = null);

    private static readonly DemoProduct[] Products =
    [
        new("OK-1200-1400", "Окно ПВХ 1200×1400, двухстворчатое", "шт", "Окна ПВХ", 15_900m, 5),
        new("OK-900-1200", "Окно ПВХ 900×1200, одностворчатое", "шт", "Окна ПВХ", 9_800m, 5),
        new("OK-1500-1500", "Окно ПВХ 1500×1500, трёхстворчатое", "шт", "Окна ПВХ", 21_500m, 3),
        new("BB-2100-700", "Балконный блок ПВХ 2100×700", "шт", "Окна ПВХ", 24_900m, 2),
        new("PD-300", "Подоконник ПВХ 300 мм, белый", "м", "Подоконники", 890m, 20, Method: ValuationMethod.MovingAverage),
        new("PD-400", "Подоконник ПВХ 400 мм, белый", "м", "Подоконники", 1_150m, 15, Method: ValuationMethod.MovingAverage),
        new("OT-200", "Отлив оцинкованный 200 мм, белый", "м", "Отливы", 420m, 20),
        new("MS-RAM", "Москитная сетка рамочная", "шт", "Москитные сетки", 1_900m, 10),
        new("FR-RUCH", "Ручка оконная, белая", "шт", "Фурнитура", 350m, 30),
        new("FR-PETL", "Петля оконная верхняя", "шт", "Фурнитура", 280m, 20),
        new("FR-ZAMOK", "Детский замок на створку", "шт", "Фурнитура", 650m, 10),
        new("MON-OKNO", "Монтаж окна", "шт", "Услуги", 3_500m, null, IsService: true),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<StockDbContext>();
        if (await db.Products.AnyAsync(cancellationToken))
            return;

        var warehouses = services.GetRequiredService<WarehouseService>();
        var main = (await warehouses.CreateAsync(new WarehouseInput { Name = Main, Address = "Москва, ул. Складская, 7" }, cancellationToken)).Id;
        var fitters = (await warehouses.CreateAsync(new WarehouseInput { Name = Fitters, Address = "Москва, ул. Монтажная, 3, бокс 12" }, cancellationToken)).Id;

        var catalog = services.GetRequiredService<ProductService>();
        var ids = new Dictionary<string, Guid>();
        for (var i = 0; i < Products.Length; i++)
        {
            var p = Products[i];
            var created = await catalog.CreateAsync(new ProductInput
            {
                Sku = p.Sku, Name = p.Name, Unit = p.Unit, Category = p.Category, SalePrice = p.Price, VatRate = 22m,
                IsService = p.IsService, MinQuantity = p.Min, ValuationMethod = p.Method,
                Barcode = p.IsService ? null : Ean13($"460123400{i + 1:000}"),
            }, cancellationToken);
            ids[p.Sku] = created.Id;
        }

        var today = services.GetRequiredService<BusinessClock>().Today;
        await PostAsync(services, DocumentKind.Receipt, main, null, today.AddDays(-30), "Поставка ООО «ПрофПласт», счёт № 418", ids,
        [
            ("OK-1200-1400", 20, 9_200m), ("OK-900-1200", 15, 5_600m), ("OK-1500-1500", 8, 12_800m), ("BB-2100-700", 5, 14_500m),
            ("PD-300", 60, 480m), ("PD-400", 40, 620m), ("OT-200", 80, 210m), ("MS-RAM", 30, 900m),
            ("FR-RUCH", 100, 120m), ("FR-PETL", 80, 95m), ("FR-ZAMOK", 40, 260m),
        ], cancellationToken);
        await PostAsync(services, DocumentKind.Receipt, main, null, today.AddDays(-15), "Поставка ООО «ПрофПласт», счёт № 455", ids,
            [("OK-1200-1400", 10, 9_600m), ("PD-300", 40, 510m), ("MS-RAM", 20, 950m)], cancellationToken);
        await PostAsync(services, DocumentKind.Receipt, main, null, today.AddDays(-10), "Фурнитура от ИП Соколов", ids,
            [("FR-RUCH", 50, 135m), ("FR-PETL", 40, 99m)], cancellationToken);
        await PostAsync(services, DocumentKind.Transfer, main, fitters, today.AddDays(-7), "Комплект бригаде монтажников", ids,
            [("OK-1200-1400", 4, null), ("PD-300", 10, null), ("OT-200", 15, null), ("FR-RUCH", 20, null)], cancellationToken);
        await PostAsync(services, DocumentKind.Shipment, main, null, today.AddDays(-3), "Заказ «Замена окон в квартире»", ids,
            [("OK-1200-1400", 6, null), ("PD-300", 12, null), ("OT-200", 12, null), ("MS-RAM", 6, null), ("FR-ZAMOK", 32, null)],
            cancellationToken);
    }

    private static async Task PostAsync(IServiceProvider services, DocumentKind kind, Guid warehouseId, Guid? targetWarehouseId, DateOnly date,
        string comment, IReadOnlyDictionary<string, Guid> ids, (string Sku, decimal Quantity, decimal? UnitCost)[] lines,
        CancellationToken cancellationToken)
    {
        var draft = await services.GetRequiredService<DocumentService>().CreateAsync(new DocumentInput
        {
            Kind = kind, WarehouseId = warehouseId, TargetWarehouseId = targetWarehouseId, Date = date, Comment = comment,
            Lines = lines.Select(l => new DocumentLineInputDto { ProductId = ids[l.Sku], Quantity = l.Quantity, UnitCost = l.UnitCost }).ToList(),
        }, cancellationToken);
        await services.GetRequiredService<DocumentPosting>().PostAsync(draft.Id, cancellationToken);
    }

    /// <summary>Twelve digits and their EAN-13 check digit, so a scanner test reads the demo barcodes as valid.</summary>
    private static string Ean13(string twelve)
    {
        var sum = twelve.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        return twelve + (10 - sum % 10) % 10;
    }
}
