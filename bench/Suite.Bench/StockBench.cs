using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Suite.Bench;

/// <summary>
/// The Stock scenarios (<c>--stock</c>): shipments posted by concurrent warehouse clients over HTTP, compared with
/// <c>pgbench</c>'s TPS on the same cluster, then the balances page over 100,000 products in 5 warehouses.
/// </summary>
internal static class StockBench
{
    private const int PageSize = 20;

    public static async Task RunAsync(string server, NpgsqlDataSource database, string databaseName, HostProcess host, string password,
        BenchOptions options)
    {
        var report = new Report();
        var http = await DealBench.SignInAsync(host.BaseAddress, password, Math.Max(options.PostingClients, options.Concurrency.Max()));
        Console.WriteLine($"load     {Load()}");

        var (twoCalls, postings) = await PostingsAsync(http, database, options, report);
        var pgbench = await Pgbench.TpsAsync(server, databaseName, options);
        Console.WriteLine($"load     {Load()}");
        await BalancesAsync(http, database, options, report);
        Console.WriteLine($"load     {Load()}");

        report.Print(compare: false);
        Console.WriteLine();
        Console.WriteLine($"postings {postings.PerSecond:0.0}/s in one call ({options.PostingClients} clients, {postings.Requests} shipments posted, " +
                          $"{postings.Errors} errors, p50 {postings.P50Ms:0.0} ms, p99 {postings.P99Ms:0.0} ms)");
        Console.WriteLine($"postings {twoCalls.PerSecond:0.0}/s in two calls, draft then post ({twoCalls.Requests} posted, {twoCalls.Errors} errors, " +
                          $"post p50 {twoCalls.P50Ms:0.0} ms, p99 {twoCalls.P99Ms:0.0} ms)");
        if (pgbench is { } tps)
            Console.WriteLine($"pgbench  {tps:0.0} TPS (-c {options.PostingClients} -T {options.Duration.TotalSeconds:0}, scale 1)\n" +
                              $"ratio    postings/s ÷ pgbench TPS = {postings.PerSecond / tps:0.000} in one call, " +
                              $"{twoCalls.PerSecond / tps:0.000} in two (target ≥ 0.3)");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 1. Postings per second

    private static async Task<(Measurement TwoCalls, Measurement OneCall)> PostingsAsync(HttpClient http, NpgsqlDataSource database, BenchOptions options, Report report)
    {
        var step = Stopwatch.StartNew();
        var warehouse = await CreatedIdAsync(await http.PostAsJsonAsync("/api/stock/warehouses", new { name = "Склад проводок" }));
        var products = await StockGenerator.InsertProductsAsync(database, options.PostingProducts, "POST", seed: 11);

        // Enough stock that no shipment in the run is ever short: the bench measures postings, not refusals.
        foreach (var chunk in products.Chunk(250))
        {
            var lines = chunk.Select((p, i) => new { productId = p, quantity = 1_000_000m, unitCost = 10m + i % 90 }).ToArray();
            var receipt = await CreatedIdAsync(await http.PostAsJsonAsync("/api/stock/documents", new { kind = "receipt", warehouseId = warehouse, lines }));
            await EnsureOkAsync(await http.PostAsync($"/api/stock/documents/{receipt}/post", null));
        }

        foreach (var table in new[] { "StockProducts", "StockBalances", "StockCostLayers", "StockMoves", "StockDocuments", "StockDocumentLines" })
            await database.CreateCommand($"VACUUM (ANALYZE) stock.\"{table}\"").ExecuteNonQueryAsync();
        Console.WriteLine($"postings {products.Length:N0} products (half FIFO, half moving average) with 1,000,000 each received in " +
                          $"{(products.Length + 249) / 250} receipts, in {StockGenerator.Seconds(step)}");

        // Warm-up: JIT, EF's query cache, the connection pools; not reported.
        await PostLoopAsync(http, warehouse, products, options.PostingClients, TimeSpan.FromSeconds(5), seed: 1, oneCall: false);
        await PostLoopAsync(http, warehouse, products, options.PostingClients, TimeSpan.FromSeconds(5), seed: 3, oneCall: true);
        var before = await DatabaseStatsAsync(database);
        var (drafts, posts) = await PostLoopAsync(http, warehouse, products, options.PostingClients, options.Duration, seed: 2, oneCall: false);
        var after = await DatabaseStatsAsync(database);
        // Per shipment (draft and posting), everything the database did meanwhile, the host's background work
        // (outbox dispatch, Finance's cost-of-goods postings of the shipments) included.
        PrintPerShipment("draft + post", before, after, posts.Requests);
        report.Add(drafts, 0);
        report.Add(posts, 0);
        Console.WriteLine($"  measured {posts.Scenario}, x{posts.Concurrency}: {posts.Requests} posted, {posts.PerSecond:0.0}/s, " +
                          $"p50 {posts.P50Ms:0.00} ms, p99 {posts.P99Ms:0.00} ms, {posts.Errors} errors");

        before = await DatabaseStatsAsync(database);
        var (_, oneCall) = await PostLoopAsync(http, warehouse, products, options.PostingClients, options.Duration, seed: 4, oneCall: true);
        after = await DatabaseStatsAsync(database);
        PrintPerShipment("one call", before, after, oneCall.Requests);
        report.Add(oneCall, 0);
        Console.WriteLine($"  measured {oneCall.Scenario}, x{oneCall.Concurrency}: {oneCall.Requests} posted, {oneCall.PerSecond:0.0}/s, " +
                          $"p50 {oneCall.P50Ms:0.00} ms, p99 {oneCall.P99Ms:0.00} ms, {oneCall.Errors} errors");
        return (posts, oneCall);
    }

    private static void PrintPerShipment(string how, DatabaseStats before, DatabaseStats after, int shipments)
    {
        var per = (double)Math.Max(1, shipments);
        Console.WriteLine($"  database per shipment ({how}, background included): {(after.Commits - before.Commits) / per:0.0} transactions, " +
                          $"{(after.Inserted - before.Inserted) / per:0.0} rows inserted and {(after.Updated - before.Updated) / per:0.0} updated");
    }

    /// <summary>
    /// Each client, over and over: a shipment draft of one or two random products, one unit each, then its posting.
    /// Both calls are timed; a posting counts once its 200 arrives. With <paramref name="oneCall"/>, the shipment is
    /// created and posted by one request (<c>post: true</c>), which counts once its 201 says "posted".
    /// </summary>
    private static async Task<(Measurement Drafts, Measurement Posts)> PostLoopAsync(
        HttpClient http, Guid warehouse, Guid[] products, int clients, TimeSpan duration, int seed, bool oneCall)
    {
        var draftTimes = new List<double>[clients];
        var postTimes = new List<double>[clients];
        var draftErrors = 0;
        var postErrors = 0;
        string? firstError = null;
        var clock = Stopwatch.StartNew();

        async Task Client(int n)
        {
            var random = new Random(seed * 1000 + n);
            var drafts = draftTimes[n] = [];
            var posts = postTimes[n] = [];
            while (clock.Elapsed < duration)
            {
                var first = products[random.Next(products.Length)];
                var lines = random.Next(2) == 0
                    ? new[] { new { productId = first, quantity = 1m } }
                    : new[] { new { productId = first, quantity = 1m }, new { productId = products[random.Next(products.Length)], quantity = 2m } };
                var started = Stopwatch.GetTimestamp();
                if (oneCall)
                {
                    try
                    {
                        using var created = await http.PostAsJsonAsync("/api/stock/documents",
                            new { kind = "shipment", warehouseId = warehouse, lines, post = true });
                        await EnsureOkAsync(created);
                        var status = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
                        if (status != "posted")
                            throw new InvalidOperationException($"post: true left the shipment {status} (a host without the one-call path)");
                        posts.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                    catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
                    {
                        Interlocked.Increment(ref postErrors);
                        Interlocked.CompareExchange(ref firstError, "create and post: " + e.Message, null);
                    }

                    continue;
                }

                Guid id;
                try
                {
                    using var created = await http.PostAsJsonAsync("/api/stock/documents", new { kind = "shipment", warehouseId = warehouse, lines });
                    id = await CreatedIdAsync(created);
                    drafts.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
                {
                    Interlocked.Increment(ref draftErrors);
                    Interlocked.CompareExchange(ref firstError, "draft: " + e.Message, null);
                    continue;
                }

                started = Stopwatch.GetTimestamp();
                try
                {
                    using var posted = await http.PostAsync($"/api/stock/documents/{id}/post", null);
                    await EnsureOkAsync(posted);
                    posts.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
                {
                    Interlocked.Increment(ref postErrors);
                    Interlocked.CompareExchange(ref firstError, "post: " + e.Message, null);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(n => Task.Run(() => Client(n))));
        var elapsed = clock.Elapsed;
        if (firstError is not null)
            Console.Error.WriteLine($"  postings x{clients}: {draftErrors} drafts and {postErrors} postings failed, first: {firstError}");
        return (Measure("create shipment draft", clients, draftTimes, draftErrors, elapsed),
            Measure(oneCall ? "create and post (1 call)" : "post shipment", clients, postTimes, postErrors, elapsed));
    }

    internal sealed record DatabaseStats(long Commits, long Inserted, long Updated);

    /// <summary>The bench database's counters (pg_stat_database; the statistics collector lags by up to half a second).</summary>
    internal static async Task<DatabaseStats> DatabaseStatsAsync(NpgsqlDataSource database)
    {
        await Task.Delay(600);
        await using var command = database.CreateCommand(
            "SELECT xact_commit, tup_inserted, tup_updated FROM pg_stat_database WHERE datname = current_database()");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new DatabaseStats(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    internal static Measurement Measure(string scenario, int clients, List<double>[] times, int errors, TimeSpan elapsed)
    {
        var sorted = times.SelectMany(t => t).Order().ToArray();
        return new Measurement(scenario, "http", clients, sorted.Length, errors, elapsed, Percentile(sorted, 0.50), Percentile(sorted, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    // ---------------------------------------------------------------------------------------------------------------
    // 2. The balances page

    private static async Task BalancesAsync(HttpClient http, NpgsqlDataSource database, BenchOptions options, Report report)
    {
        var step = Stopwatch.StartNew();
        var products = await StockGenerator.InsertProductsAsync(database, options.BalanceProducts, "BAL", seed: 22);
        var warehouses = await StockGenerator.InsertWarehousesAsync(database, options.BalanceWarehouses);
        var balances = await StockGenerator.InsertBalancesAsync(database, products, warehouses, seed: 33);
        Console.WriteLine($"data     {products.Length:N0} products, {warehouses.Length} warehouses, {balances:N0} balances by binary COPY in " +
                          $"{StockGenerator.Seconds(step)}");
        step.Restart();
        foreach (var table in new[] { "StockProducts", "StockWarehouses", "StockBalances" })
            await database.CreateCommand($"VACUUM (ANALYZE) stock.\"{table}\"").ExecuteNonQueryAsync();
        Console.WriteLine($"vacuum   VACUUM ANALYZE in {StockGenerator.Seconds(step)}");

        var list = "/api/stock/balances?maxResultCount=" + PageSize;
        var sku = "bal-0123";   // 100 products' SKUs, so 500 balances
        (string Name, string Url)[] scenarios =
        [
            ("first page", list),
            ("warehouse", $"{list}&warehouseId={warehouses[2]}"),
            ("filter 'rehau'", $"{list}&filter=rehau"),
            ($"filter '{sku}'", $"{list}&filter={sku}"),
            ("sorted value desc", $"{list}&sorting=value%20desc"),
            ("deep page 10,000", $"{list}&skipCount={PageSize * 10_000}"),
        ];
        // The same page by cursor: the cursor after row 200,000 (taken once, by offset); a host without cursors gives none.
        if (await NextCursorAsync(http, $"/api/stock/balances?maxResultCount=1&skipCount={PageSize * 10_000 - 1}") is { } cursor)
            scenarios = [.. scenarios, ("deep page 10,000 by cursor", $"{list}&after={Uri.EscapeDataString(cursor)}")];

        if (options.Plans)
            Console.WriteLine($"  plans:\n{await ExplainAsync(database, warehouses[2])}");

        foreach (var (name, url) in scenarios)
        {
            var total = await TotalCountAsync(http, url);
            await LoadRunner.RunAsync(name, "http", () => TotalCountAsync(http, url), options.Concurrency.Max(), 20, TimeSpan.FromSeconds(5));
            foreach (var concurrency in options.Concurrency)
            {
                var m = await LoadRunner.RunAsync("balances " + name, "http", () => TotalCountAsync(http, url), concurrency, options.Requests,
                    options.BalancesDuration);
                report.Add(m, total);
                Console.WriteLine($"  measured balances {name} ({total:N0} rows), x{concurrency}: {m.Requests} requests, {m.PerSecond:0.0}/s, " +
                                  $"p50 {m.P50Ms:0.00} ms, p99 {m.P99Ms:0.00} ms");
            }
        }
    }

    private static async Task<string?> NextCursorAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        await EnsureOkAsync(response);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json.TryGetProperty("nextCursor", out var cursor) ? cursor.GetString() : null;
    }

    private static async Task<long> TotalCountAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        await EnsureOkAsync(response);
        await using var body = await response.Content.ReadAsStreamAsync();
        using var json = await JsonDocument.ParseAsync(body);
        return json.RootElement.GetProperty("totalCount").GetInt64();
    }

    /// <summary>The statements behind the balances page (<see cref="BalanceSql"/>), explained on the generated data.</summary>
    private static async Task<string> ExplainAsync(NpgsqlDataSource database, Guid warehouse)
    {
        var inWarehouse = $"AND s.\"WarehouseId\" = '{warehouse}'";
        const string rehau = "p.\"SearchText\" LIKE '%rehau%'";
        const string byName = "p.\"Name\", w.\"Name\"";
        const string sku = "p.\"SearchText\" LIKE '%bal-0123%'";
        var statements = new List<(string Name, string Sql)>
        {
            ("count, as it was (over the joins)", BalanceSql.JoinedCount("")),
            ("count", BalanceSql.Count("")),
            ("first page", BalanceSql.Page("", byName, 0)),
            ("warehouse count", BalanceSql.Count(inWarehouse)),
            ("warehouse page", BalanceSql.Page(inWarehouse, byName, 0)),
            ("filter 'rehau' count", BalanceSql.Count("", rehau)),
            ("filter 'rehau' page", BalanceSql.Page("", byName, 0, rehau)),
            ("filter 'bal-0123' count", BalanceSql.Count("", sku)),
            ("filter 'bal-0123' page", BalanceSql.Page("", byName, 0, sku)),
            ("sorted value desc page", BalanceSql.Page("", "s.\"Value\" DESC", 0)),
            ("deep page", BalanceSql.Page("", byName, PageSize * 10_000)),
        };
        var plans = new List<string>();
        await using var connection = await database.OpenConnectionAsync();
        foreach (var (name, sql) in statements)
        {
            plans.Add($"  -- {name}");
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, COSTS OFF) " + sql, connection);
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                plans.Add("    " + reader.GetString(0));
        }

        return string.Join('\n', plans);
    }

    // ---------------------------------------------------------------------------------------------------------------

    internal static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        await EnsureOkAsync(response);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("id").GetGuid();
    }

    internal static async Task EnsureOkAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: " +
                                                $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The machine's load average, since other work shares its cores.</summary>
    internal static string Load() =>
        File.Exists("/proc/loadavg") ? "load average " + string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load unknown";
}
