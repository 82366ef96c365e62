using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

namespace Suite.Bench;

/// <summary>
/// Issue 13's bulk figures: a CSV of companies and one of products imported over HTTP (with duplicates against existing
/// cards and inside the file), each beside a binary COPY of the same rows into a scratch table; then the companies list
/// exported to XLSX, with the host's peak memory, beside a raw Npgsql read of the same rows.
/// </summary>
internal static partial class BulkBench
{
    public static async Task RunAsync(NpgsqlDataSource database, HostProcess host, string password, BenchOptions options)
    {
        var http = await SignInAsync(host.BaseAddress, password);
        Console.WriteLine($"bulk     {StockBench.Load()}");
        await CompaniesAsync(http, database, options.ImportRows);
        await ProductsAsync(http, database, options.ProductRows);
        await ExportAsync(http, database, host);
        Console.WriteLine($"bulk     done, {StockBench.Load()}");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Companies: 5 % of the file's rows are already in the database (same tax id), 1 % repeat an earlier row of the file.

    private static async Task CompaniesAsync(HttpClient http, NpgsqlDataSource database, int count)
    {
        var existing = count / 20;
        await DataGenerator.InsertCompaniesAsync(database, existing, CancellationToken.None);
        var rows = CompanyFileRows(count).ToList();
        var csv = new StringBuilder("Название;ИНН;КПП;Адрес;Телефон;Email;Сайт;Теги\r\n");
        foreach (var c in rows)
            csv.Append(c.Name).Append(';').Append(c.TaxId).Append(';').Append(c.Kpp).Append(';').Append(c.Address).Append(';')
                .Append(c.Phone).Append(';').Append(c.Email).Append(';').Append(c.Website).Append(';').AppendJoin(", ", c.Tags).Append("\r\n");
        var file = Encoding.UTF8.GetBytes(csv.ToString());

        var clock = Stopwatch.StartNew();
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "companies.csv" } };
        using var uploaded = await http.PostAsync("/api/crm/imports?target=company", upload);
        await StockBench.EnsureOkAsync(uploaded);
        var preview = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        var id = preview.GetProperty("id").GetGuid();
        var uploadTime = clock.Elapsed;
        using var started = await http.PostAsJsonAsync($"/api/crm/imports/{id}/run",
            new { mapping = preview.GetProperty("suggestedMapping"), duplicates = "skip" });
        await StockBench.EnsureOkAsync(started);
        JsonElement job;
        do
        {
            await Task.Delay(100);
            job = await http.GetFromJsonAsync<JsonElement>($"/api/crm/imports/{id}");
        } while (job.GetProperty("status").GetString() is "running" or "Running" or "pending" or "Pending");

        var total = clock.Elapsed;
        Console.WriteLine($"import   companies: {count:N0} rows ({file.Length / 1024.0 / 1024.0:0.0} MB CSV, {existing:N0} already in the database, " +
                          $"{count / 100:N0} repeats in the file): status {job.GetProperty("status")}, created {job.GetProperty("created")}, " +
                          $"updated {job.GetProperty("updated")}, skipped {job.GetProperty("skipped")}, errors {job.GetProperty("errorCount")}; " +
                          $"upload {uploadTime.TotalSeconds:0.0} s, total {total.TotalSeconds:0.0} s ({count / total.TotalSeconds:N0} rows/s)");

        var drained = await EventsDrainedAsync(database, TimeSpan.FromMinutes(3));
        Console.WriteLine($"events   Crm.Company.Created to the other modules' copies and Crm's timeline: every outbox and inbox empty " +
                          $"{(drained is { } d ? $"{(total + d).TotalSeconds:0.0} s after the upload began" : "NOT within 3 minutes")}");

        var copy = await CopyIntoScratchAsync(database, "crm.\"CrmCompanies\"", "crm.bench_companies",
            connection => DataGenerator.CopyCompaniesAsync(connection, "crm.bench_companies", rows, CancellationToken.None));
        Console.WriteLine($"raw      binary COPY of the same {count:N0} rows into a table like crm.\"CrmCompanies\" (same indexes, none unique): " +
                          $"{copy.TotalSeconds:0.00} s; import / COPY = {total / copy:0.0}x, {StockBench.Load()}");
    }

    /// <summary>The generator's companies with an e-mail of their own (the generator repeats "info@brand.ru"), every 100th row a repeat.</summary>
    private static IEnumerable<DataGenerator.Row> CompanyFileRows(int count)
    {
        var rows = DataGenerator.Companies(count).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var c = rows[i % 100 == 99 ? i - 50 : i];
            yield return c with { Id = Guid.CreateVersion7(), Email = c.Email?.Replace("@", $".{(i % 100 == 99 ? i - 50 : i)}@") };
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Products: 1 % of the file's SKUs are in the catalog already (updated), 1 % repeat an earlier row of the file.

    private static async Task ProductsAsync(HttpClient http, NpgsqlDataSource database, int count)
    {
        var existing = Math.Max(1, count / 100);
        var (_, warmUp) = await ImportProductsAsync(http, ProductFile(Enumerable.Range(0, existing)));
        Console.WriteLine($"import   products: {existing:N0} rows first, to have cards to update: {warmUp.TotalSeconds:0.0} s");

        var indexes = Enumerable.Range(0, count).Select(i => i % 100 == 99 ? i - 50 : i).ToList();
        var file = ProductFile(indexes);
        var (result, elapsed) = await ImportProductsAsync(http, file);
        Console.WriteLine($"import   products: {count:N0} rows ({file.Length / 1024.0 / 1024.0:0.0} MB CSV, {existing:N0} SKUs in the catalog, " +
                          $"{count / 100:N0} repeats in the file): created {result.GetProperty("created")}, updated {result.GetProperty("updated")}, " +
                          $"errors {result.GetProperty("errors").GetArrayLength()}; {elapsed.TotalSeconds:0.0} s ({count / elapsed.TotalSeconds:N0} rows/s)");

        var drained = await EventsDrainedAsync(database, TimeSpan.FromMinutes(3));
        Console.WriteLine($"events   Stock.Product.Created/Updated to the other modules' copies: every outbox and inbox empty " +
                          $"{(drained is { } d ? $"{(elapsed + d).TotalSeconds:0.0} s after the upload began" : "NOT within 3 minutes")}");

        var copy = await CopyIntoScratchAsync(database, "stock.\"StockProducts\"", "stock.bench_products", async connection =>
        {
            await using var writer = await connection.BeginBinaryImportAsync(
                "COPY stock.bench_products (\"Id\", \"Sku\", \"Name\", \"Unit\", \"Barcode\", \"SalePrice\", \"VatRate\", \"Category\", \"IsService\", " +
                "\"ValuationMethod\", \"IsArchived\", \"SearchText\", \"CreatedAt\", \"ConcurrencyStamp\") FROM STDIN (FORMAT BINARY)");
            var now = DateTimeOffset.UtcNow;
            foreach (var i in indexes)
            {
                var (sku, name, barcode, price, category) = Product(i);
                writer.StartRow();
                writer.Write(Guid.CreateVersion7(), NpgsqlTypes.NpgsqlDbType.Uuid);
                writer.Write(sku, NpgsqlTypes.NpgsqlDbType.Varchar);
                writer.Write(name, NpgsqlTypes.NpgsqlDbType.Varchar);
                writer.Write("шт", NpgsqlTypes.NpgsqlDbType.Varchar);
                writer.Write(barcode, NpgsqlTypes.NpgsqlDbType.Varchar);
                writer.Write(price, NpgsqlTypes.NpgsqlDbType.Numeric);
                writer.Write(20m, NpgsqlTypes.NpgsqlDbType.Numeric);
                writer.Write(category, NpgsqlTypes.NpgsqlDbType.Varchar);
                writer.Write(false);
                writer.Write("Fifo", NpgsqlTypes.NpgsqlDbType.Varchar);
                writer.Write(false);
                writer.Write($"{sku} {name} {barcode}".ToLowerInvariant(), NpgsqlTypes.NpgsqlDbType.Varchar);
                writer.Write(now, NpgsqlTypes.NpgsqlDbType.TimestampTz);
                writer.Write(Guid.NewGuid().ToString("N"), NpgsqlTypes.NpgsqlDbType.Varchar);
            }

            await writer.CompleteAsync();
        });
        Console.WriteLine($"raw      binary COPY of the same {count:N0} rows into a table like stock.\"StockProducts\" (same indexes, none unique): " +
                          $"{copy.TotalSeconds:0.00} s; import / COPY = {elapsed / copy:0.0}x, {StockBench.Load()}");
    }

    private static async Task<(JsonElement Result, TimeSpan Elapsed)> ImportProductsAsync(HttpClient http, byte[] file)
    {
        var clock = Stopwatch.StartNew();
        using var content = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "products.csv" } };
        using var response = await http.PostAsync("/api/stock/products/import", content);
        await StockBench.EnsureOkAsync(response);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (result, clock.Elapsed);
    }

    private static byte[] ProductFile(IEnumerable<int> indexes)
    {
        var csv = new StringBuilder("sku;name;unit;barcode;category;salePrice;vatRate\r\n");
        foreach (var i in indexes)
        {
            var (sku, name, barcode, price, category) = Product(i);
            csv.Append(sku).Append(';').Append(name).Append(";шт;").Append(barcode).Append(';').Append(category).Append(';')
                .Append(price.ToString(System.Globalization.CultureInfo.GetCultureInfo("ru-RU"))).Append(";20\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static readonly string[] Goods = ["Болт", "Гайка", "Шайба", "Кабель", "Труба", "Лист", "Уголок", "Профиль", "Саморез", "Анкер"];
    private static readonly string[] Grades = ["М6", "М8", "М10", "М12", "ГОСТ 7798", "оцинк.", "нерж.", "2 м", "6 м", "ВВГ 3×2,5"];

    private static (string Sku, string Name, string Barcode, decimal Price, string Category) Product(int i) =>
        ($"B-{i:D6}", $"{Goods[i % Goods.Length]} {Grades[i / 10 % Grades.Length]} №{i}", $"46{i:D11}",
            10m + i % 9973 / 100m, Goods[i % Goods.Length]);

    /// <summary>How long until every module's outbox is sent and its inbox handled (or parked), or null past the deadline.</summary>
    private static async Task<TimeSpan?> EventsDrainedAsync(NpgsqlDataSource database, TimeSpan deadline)
    {
        var tables = new List<string>();
        await using (var command = database.CreateCommand(
                         "SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables " +
                         "WHERE table_name LIKE '%OutboxMessages' OR table_name LIKE '%InboxMessages'"))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        var waiting = string.Join(" + ", tables.Select(t => t.EndsWith("OutboxMessages\"", StringComparison.Ordinal)
            ? $"(SELECT count(*) FROM {t} WHERE \"SentAt\" IS NULL)"
            : $"(SELECT count(*) FROM {t} WHERE \"ProcessedAt\" IS NULL AND \"ParkedAt\" IS NULL)"));
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < deadline)
        {
            await using var count = database.CreateCommand("SELECT " + waiting);
            if ((long)(await count.ExecuteScalarAsync())! == 0)
                return clock.Elapsed;
            await Task.Delay(250);
        }

        return null;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static async Task ExportAsync(HttpClient http, NpgsqlDataSource database, HostProcess host)
    {
        await using (var vacuum = database.CreateCommand("VACUUM (ANALYZE) crm.\"CrmCompanies\""))
            await vacuum.ExecuteNonQueryAsync();
        var times = new List<double>();
        var peaks = new List<double>();
        long rows = 0, bytes = 0;
        for (var run = 0; run < 4; run++)
        {
            var before = host.ResetPeakMemory();
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync("/api/crm/companies/export?format=xlsx&sorting=name", HttpCompletionOption.ResponseHeadersRead);
            await StockBench.EnsureOkAsync(response);
            var content = await response.Content.ReadAsByteArrayAsync();
            var elapsed = clock.Elapsed.TotalSeconds;
            var peak = host.PeakMemory() - before;
            bytes = content.Length;
            rows = SheetRows(content) - 1;
            Console.WriteLine($"export   companies XLSX {(run == 0 ? "(warm-up) " : "")}{rows:N0} rows, {bytes / 1024.0 / 1024.0:0.0} MB: " +
                              $"{elapsed:0.00} s, host peak RSS +{peak / 1024.0 / 1024.0:0} MB over {before / 1024.0 / 1024.0:0} MB");
            if (run > 0)
            {
                times.Add(elapsed);
                peaks.Add(peak);
            }
        }

        var raw = Stopwatch.StartNew();
        long read = 0;
        await using (var command = database.CreateCommand(
                         "SELECT \"Name\", \"TaxId\", \"Kpp\", \"Address\", \"Phone\", \"Email\", \"Website\", \"Tags\", \"OwnerId\", \"CreatedAt\" " +
                         "FROM crm.\"CrmCompanies\" ORDER BY \"Name\""))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync())
            {
                reader.GetValues(values);
                read++;
            }
        }

        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine($"export   companies XLSX: median {median:0.00} s, peak RSS +{peaks.Max() / 1024.0 / 1024.0:0} MB; raw Npgsql read of the same " +
                          $"{read:N0} rows sorted by name {raw.Elapsed.TotalSeconds:0.00} s; export / read = {median / raw.Elapsed.TotalSeconds:0.0}x, {StockBench.Load()}");
    }

    /// <summary>The rows of the workbook's first sheet, header included, counted in its XML.</summary>
    private static int SheetRows(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
        using var reader = new StreamReader(sheet.Open());
        return RowEnd().Matches(reader.ReadToEnd()).Count;
    }

    [GeneratedRegex("</(x:)?row>")]
    private static partial Regex RowEnd();

    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// A scratch table with the columns and indexes of <paramref name="like"/> (unique ones made plain: the file has
    /// repeats the import skips), filled by <paramref name="copy"/>, timed, and dropped.
    /// </summary>
    private static async Task<TimeSpan> CopyIntoScratchAsync(NpgsqlDataSource database, string like, string scratch, Func<NpgsqlConnection, Task> copy)
    {
        await using var connection = await database.OpenConnectionAsync();
        var indexes = new List<string>();
        await using (var command = new NpgsqlCommand("SELECT indexdef FROM pg_indexes WHERE format('%I.%I', schemaname, tablename) = @t", connection))
        {
            command.Parameters.AddWithValue("t", like);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                indexes.Add(reader.GetString(0));
        }

        await using (var create = new NpgsqlCommand($"DROP TABLE IF EXISTS {scratch}; CREATE TABLE {scratch} (LIKE {like} INCLUDING DEFAULTS)", connection))
            await create.ExecuteNonQueryAsync();
        for (var i = 0; i < indexes.Count; i++)
        {
            var definition = IndexName().Replace(indexes[i].Replace("CREATE UNIQUE INDEX", "CREATE INDEX"), $"INDEX bench_ix_{i} ON")
                .Replace(" ON " + like + " ", " ON " + scratch + " ");
            await using var index = new NpgsqlCommand(definition, connection);
            await index.ExecuteNonQueryAsync();
        }

        var clock = Stopwatch.StartNew();
        await copy(connection);
        var elapsed = clock.Elapsed;
        await using (var drop = new NpgsqlCommand($"DROP TABLE {scratch}", connection))
            await drop.ExecuteNonQueryAsync();
        return elapsed;
    }

    [GeneratedRegex("INDEX \\S+ ON ONLY|INDEX \\S+ ON")]
    private static partial Regex IndexName();

    private static async Task<HttpClient> SignInAsync(Uri baseAddress, string password)
    {
        // Imports of the code before issue 13 take minutes, and the product import answers only when it is done.
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(15) };
        using var response = await http.PostAsJsonAsync("/api/account/login", new { userName = "admin", password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return http;
    }
}
