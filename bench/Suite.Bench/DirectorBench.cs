using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Suite.Bench;

/// <summary>
/// The director's home (<c>--director</c>): every tile's request of this month's cockpit, sent at once as the browser
/// sends them (six connections, like a browser's per-host limit), over --deals deals, --ledger-lines ledger lines in the
/// current year and --open-invoices open invoices; the time of the whole home is the time its slowest tile answers.
/// Then the global search as the top bar asks it, and one deal by primary key through Npgsql as the floor of the run.
/// </summary>
internal static class DirectorBench
{
    /// <summary>The browser's connections per host (HTTP/1.1): the home's 14 requests queue behind six.</summary>
    private const int BrowserConnections = 6;

    public static async Task RunAsync(NpgsqlDataSource database, HostProcess host, string password, BenchOptions options)
    {
        var report = new Report();
        Console.WriteLine($"load     {StockBench.Load()}");
        var step = Stopwatch.StartNew();
        var companies = await DataGenerator.InsertCompaniesAsync(database, options.Companies, CancellationToken.None);
        var deals = await DealGenerator.InsertAsync(database, options.Deals, options.Owners, CancellationToken.None);
        Console.WriteLine($"data     {companies.Companies:N0} companies, {deals.Deals:N0} deals by binary COPY in {StockGenerator.Seconds(step)}");

        var http = await DealBench.SignInAsync(host.BaseAddress, password, BrowserConnections);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        step.Restart();
        var bank = await StockBench.CreatedIdAsync(await http.PostAsJsonAsync("/api/finance/accounts", new
        {
            name = "Расчётный счёт бенча", kind = "bank", bankName = "ПАО Сбербанк", bic = "044525225", accountNumber = "40702810900000000001",
        }));
        var categories = (await http.GetFromJsonAsync<JsonElement>("/api/finance/categories")).EnumerateArray().ToList();
        var articles = categories.Where(a => a.GetProperty("kind").GetString() == "expense" && a.GetProperty("ledgerAccount").GetString() is "26" or "44")
            .Select(a => (a.GetProperty("id").GetGuid(), a.GetProperty("ledgerAccount").GetString()!)).ToList();
        var (entries, lines) = await FinanceGenerator.InsertLedgerAsync(database, options.LedgerLines, today.Year, bank, articles, 5_000, seed: 44);
        var owner = (await http.GetFromJsonAsync<JsonElement>("/api/account/me")).GetProperty("id").GetGuid();
        var customerPayments = categories.First(a => a.GetProperty("code").GetString() == "customer-payments").GetProperty("id").GetGuid();
        await FinanceGenerator.InsertReceivablesAsync(database, options.OpenInvoices, 5_000, owner, today, bank, customerPayments, seed: 55);
        var products = await StockGenerator.InsertProductsAsync(database, 20_000, "DIR", seed: 22);
        var warehouses = await StockGenerator.InsertWarehousesAsync(database, options.BalanceWarehouses);
        var balances = await StockGenerator.InsertBalancesAsync(database, products, warehouses, seed: 33);
        Console.WriteLine($"data     {lines:N0} ledger lines in {entries:N0} entries over {today.Year}, {options.OpenInvoices:N0} open invoices, " +
                          $"{balances:N0} balances of {products.Length:N0} products, by binary COPY in {StockGenerator.Seconds(step)}");

        step.Restart();
        await database.CreateCommand("VACUUM (ANALYZE)").ExecuteNonQueryAsync();
        Console.WriteLine($"vacuum   VACUUM ANALYZE of the database in {StockGenerator.Seconds(step)}");
        step.Restart();
        using (var rebuild = await http.PostAsync("/api/crm/deals/counters/rebuild", null))
            await StockBench.EnsureOkAsync(rebuild);
        Console.WriteLine($"counters rebuilt in {StockGenerator.Seconds(step)}");
        Console.WriteLine($"load     {StockBench.Load()}");

        var home = Home(today);
        var slowest = new Dictionary<string, List<double>>();
        async Task<long> HomeAsync()
        {
            var answered = await Task.WhenAll(home.Select(async url =>
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(url);
                await StockBench.EnsureOkAsync(response);
                await response.Content.ReadAsByteArrayAsync();
                return (Url: url, Ms: Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }));
            lock (slowest)
                foreach (var (url, ms) in answered)
                    (slowest.TryGetValue(url, out var list) ? list : slowest[url] = []).Add(ms);
            return answered.Length;
        }

        await HomeAsync();
        await LoadRunner.RunAsync("home warm-up", "http", HomeAsync, 1, 5, TimeSpan.FromSeconds(30));
        slowest.Clear();
        var measured = await LoadRunner.RunAsync($"home, {home.Length} tiles' requests", "http", HomeAsync, 1, options.Requests, options.Duration);
        report.Add(measured, home.Length);
        Console.WriteLine($"  measured the home x1: {measured.Requests} loads, p50 {measured.P50Ms:0.0} ms, p99 {measured.P99Ms:0.0} ms");
        Console.WriteLine("  each request within the home (sent together, six at a time), p50 / max ms:");
        foreach (var (url, times) in slowest.OrderByDescending(s => s.Value.Order().ElementAt(s.Value.Count / 2)))
            Console.WriteLine($"    {times.Order().ElementAt(times.Count / 2),8:0.0} {times.Max(),8:0.0}  {url}");

        var search = new DealBench(http, database, deals, null);
        foreach (var (name, run) in search.Scenarios().Where(s => s.Name.StartsWith("search", StringComparison.Ordinal) || s.Name.StartsWith("npgsql", StringComparison.Ordinal)))
        {
            var target = name.StartsWith("npgsql", StringComparison.Ordinal) ? "npgsql" : "http";
            var rows = await run();
            await LoadRunner.RunAsync(name, target, run, 1, Math.Min(20, options.Requests), TimeSpan.FromSeconds(10));
            foreach (var concurrency in options.Concurrency)
            {
                var m = await LoadRunner.RunAsync(name, target, run, concurrency, options.Requests, options.Duration);
                report.Add(m, rows);
                Console.WriteLine($"  measured {m.Scenario}, x{m.Concurrency}: {m.Requests} requests, {m.PerSecond:0.0}/s, p50 {m.P50Ms:0.00} ms, p99 {m.P99Ms:0.00} ms");
            }
        }

        Console.WriteLine($"load     {StockBench.Load()}");
        report.Print(compare: false);
        Console.WriteLine();
        Console.WriteLine($"home     p50 {measured.P50Ms:0.0} ms, p99 {measured.P99Ms:0.0} ms for all {home.Length} requests of this month's tiles (target: < 1,000 ms)");
    }

    /// <summary>
    /// What angular/src/app/cockpit/director-home.ts and its plan tile ask for when a director opens the home on this
    /// month: keep the two in step.
    /// </summary>
    private static string[] Home(DateOnly today)
    {
        var from = new DateOnly(today.Year, today.Month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        var before = (From: from.AddMonths(-1), To: from.AddDays(-1));
        string Period(DateOnly a, DateOnly b) => $"from={a:yyyy-MM-dd}&to={b:yyyy-MM-dd}";
        return
        [
            "/api/settings/company",
            $"/api/finance/reports/profit-and-loss?{Period(from, to)}",
            $"/api/finance/reports/profit-and-loss?{Period(before.From, before.To)}",
            $"/api/finance/reports/profit-and-loss?{Period(new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31))}",
            $"/api/finance/reports/cash-flow?{Period(from, to)}",
            "/api/finance/accounts",
            $"/api/finance/receivables/aging?asOf={today:yyyy-MM-dd}",
            $"/api/crm/reports/funnel?{Period(from, to)}",
            "/api/crm/reports/forecast",
            "/api/crm/reports/next-steps",
            $"/api/crm/reports/products?{Period(from, to)}&sort=revenue&take=5",
            $"/api/crm/reports/plan-vs-fact?period={from:yyyy-MM}",
            $"/api/tasks/reports/by-employee?{Period(from, to)}",
            "/api/stock/balances/summary",
        ];
    }
}
