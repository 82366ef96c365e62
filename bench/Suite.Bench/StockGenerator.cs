using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Suite.Bench;

/// <summary>
/// Writes Stock's catalog, warehouses and balances straight into stock."StockProducts", stock."StockWarehouses" and
/// stock."StockBalances" with binary COPY: creating 100,000 products and posting 500,000 balances through the API
/// would take far longer than the bench may, and is not what is measured. Rows fill every column the entities map,
/// including "SearchText" as <c>Product</c> builds it, so the balances query behaves as in production. Fixed seeds.
/// </summary>
internal static class StockGenerator
{
    private static readonly string[] Kinds =
    [
        "Профиль", "Стеклопакет", "Подоконник", "Отлив", "Уплотнитель", "Фурнитура", "Ручка", "Петля", "Москитная сетка",
        "Откос", "Пена монтажная", "Герметик", "Саморез", "Анкер", "Дюбель", "Лента ПСУЛ", "Заглушка", "Штапик",
        "Армирование", "Соединитель",
    ];

    private static readonly string[] Makers = ["Rehau", "KBE", "Veka", "Brusbox", "Montblanc", "Kaleva", "Salamander", "Deceuninck", "Roto", "Maco"];

    private static readonly string[] Colours = ["белый", "коричневый", "антрацит", "золотой дуб", "махагон", "серый", "чёрный", "бежевый"];

    private static readonly string[] Units = ["шт", "шт", "шт", "м", "м", "кг", "уп", "м²"];

    public static readonly string[] Categories =
        ["Профиль", "Стекло", "Фурнитура", "Комплектующие", "Расходники", "Крепёж", "Отделка", "Инструмент", "Упаковка", "Прочее"];

    private const string ProductColumns =
        "\"Id\", \"Sku\", \"Name\", \"Unit\", \"Barcode\", \"SalePrice\", \"VatRate\", \"Category\", \"IsService\", \"MinQuantity\", " +
        "\"ValuationMethod\", \"IsArchived\", \"SearchText\", \"CreatedAt\", \"CreatedBy\", \"ModifiedAt\", \"ModifiedBy\", \"ConcurrencyStamp\"";

    private const string WarehouseColumns =
        "\"Id\", \"Name\", \"Address\", \"CreatedAt\", \"CreatedBy\", \"ModifiedAt\", \"ModifiedBy\", \"ConcurrencyStamp\"";

    private const string BalanceColumns =
        "\"ProductId\", \"WarehouseId\", \"OnHand\", \"Reserved\", \"Value\", \"LastUnitCost\", \"LastMoveDate\", \"LastSequence\"";

    /// <summary>
    /// <paramref name="count"/> stocked products with SKUs <paramref name="skuPrefix"/>-000001…; every other one valued by
    /// moving average (the rest FIFO, the default), so both valuation paths are exercised.
    /// </summary>
    public static async Task<Guid[]> InsertProductsAsync(NpgsqlDataSource database, int count, string skuPrefix, int seed)
    {
        var random = new Random(seed);
        var ids = new Guid[count];
        var now = DateTime.UtcNow;
        await using var connection = await database.OpenConnectionAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY stock.\"StockProducts\" ({ProductColumns}) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < count; i++)
        {
            var created = now - TimeSpan.FromMinutes(random.NextDouble() * 365 * 24 * 60);
            var id = ids[i] = Guid.CreateVersion7(new DateTimeOffset(created));
            var sku = $"{skuPrefix}-{i + 1:D6}";
            var name = $"{Kinds[random.Next(Kinds.Length)]} {Makers[random.Next(Makers.Length)]} {Colours[random.Next(Colours.Length)]} " +
                       $"{random.Next(10, 999)}";
            var barcode = random.NextDouble() < 0.8 ? $"46{seed % 100:D2}{i + 1:D9}" : null;
            var category = random.NextDouble() < 0.9 ? Categories[random.Next(Categories.Length)] : null;

            writer.StartRow();
            writer.Write(id, NpgsqlDbType.Uuid);
            writer.Write(sku, NpgsqlDbType.Varchar);
            writer.Write(name, NpgsqlDbType.Varchar);
            writer.Write(Units[random.Next(Units.Length)], NpgsqlDbType.Varchar);
            WriteOrNull(writer, barcode, NpgsqlDbType.Varchar);
            writer.Write(Math.Round((decimal)(50 + random.NextDouble() * 5000), 2), NpgsqlDbType.Numeric);
            writer.Write(20m, NpgsqlDbType.Numeric);
            WriteOrNull(writer, category, NpgsqlDbType.Varchar);
            writer.Write(false, NpgsqlDbType.Boolean);
            if (random.NextDouble() < 0.3)
                writer.Write((decimal)random.Next(1, 50), NpgsqlDbType.Numeric);
            else
                writer.WriteNull();
            writer.Write(i % 2 == 0 ? "Fifo" : "MovingAverage", NpgsqlDbType.Varchar);
            writer.Write(false, NpgsqlDbType.Boolean);
            // As Product builds it: SKU, name and barcode in lower case.
            writer.Write(string.Join(' ', new[] { sku, name, barcode }.Where(v => v is not null)).ToLowerInvariant(), NpgsqlDbType.Varchar);
            writer.Write(created, NpgsqlDbType.TimestampTz);
            writer.WriteNull();
            writer.WriteNull();
            writer.WriteNull();
            writer.Write(Guid.NewGuid().ToString("N"), NpgsqlDbType.Varchar);
        }

        await writer.CompleteAsync();
        return ids;
    }

    public static async Task<Guid[]> InsertWarehousesAsync(NpgsqlDataSource database, int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();
        await using var connection = await database.OpenConnectionAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY stock.\"StockWarehouses\" ({WarehouseColumns}) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < count; i++)
        {
            writer.StartRow();
            writer.Write(ids[i], NpgsqlDbType.Uuid);
            writer.Write($"Склад {i + 1}", NpgsqlDbType.Varchar);
            writer.Write($"г. Москва, ул. Складская, д. {i + 1}", NpgsqlDbType.Varchar);
            writer.Write(DateTime.UtcNow, NpgsqlDbType.TimestampTz);
            writer.WriteNull();
            writer.WriteNull();
            writer.WriteNull();
            writer.Write(Guid.NewGuid().ToString("N"), NpgsqlDbType.Varchar);
        }

        await writer.CompleteAsync();
        return ids;
    }

    /// <summary>
    /// A balance for every product in every warehouse: about one in ten empty (sold out, as a real catalog has), the rest
    /// with a quantity, its value at a unit cost and now and then a reservation.
    /// </summary>
    public static async Task<long> InsertBalancesAsync(NpgsqlDataSource database, Guid[] products, Guid[] warehouses, int seed)
    {
        var random = new Random(seed);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        long rows = 0;
        await using var connection = await database.OpenConnectionAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY stock.\"StockBalances\" ({BalanceColumns}) FROM STDIN (FORMAT BINARY)");
        foreach (var product in products)
        foreach (var warehouse in warehouses)
        {
            var unitCost = Math.Round((decimal)(10 + random.NextDouble() * 3000), 4);
            var onHand = random.NextDouble() < 0.1 ? 0m : random.Next(1, 2000);
            var reserved = onHand > 0 && random.NextDouble() < 0.05 ? Math.Min(onHand, random.Next(1, 20)) : 0m;
            writer.StartRow();
            writer.Write(product, NpgsqlDbType.Uuid);
            writer.Write(warehouse, NpgsqlDbType.Uuid);
            writer.Write(onHand, NpgsqlDbType.Numeric);
            writer.Write(reserved, NpgsqlDbType.Numeric);
            writer.Write(Math.Round(onHand * unitCost, 2), NpgsqlDbType.Numeric);
            writer.Write(unitCost, NpgsqlDbType.Numeric);
            writer.Write(today.AddDays(-random.Next(0, 365)), NpgsqlDbType.Date);
            writer.Write((long)random.Next(1, 40), NpgsqlDbType.Bigint);
            rows++;
        }

        await writer.CompleteAsync();
        return rows;
    }

    internal static void WriteOrNull(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type)
    {
        if (value is null)
            writer.WriteNull();
        else
            writer.Write(value, type);
    }

    public static string Seconds(Stopwatch watch) => $"{watch.Elapsed.TotalSeconds:0.0} s";
}
