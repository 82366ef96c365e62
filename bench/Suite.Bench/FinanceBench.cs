using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Suite.Bench;

/// <summary>
/// The Finance scenarios (<c>--finance</c>): invoices drafted and issued by concurrent clients over HTTP beside
/// <c>pgbench</c>'s TPS on the same cluster; the P&amp;L for a year over a million ledger lines and the receivables aging
/// over 100,000 open invoices, each beside the same figures computed by one hand-written SQL statement through Npgsql.
/// </summary>
internal static class FinanceBench
{
    private const int LedgerYear = 2025;

    public static async Task RunAsync(string server, NpgsqlDataSource database, string databaseName, HostProcess host, string password,
        BenchOptions options)
    {
        var report = new Report();
        var http = await DealBench.SignInAsync(host.BaseAddress, password, Math.Max(options.PostingClients, options.Concurrency.Max()));
        Console.WriteLine($"load     {StockBench.Load()}");

        var (twoCalls, issued) = await InvoicesAsync(http, database, options, report);
        var pgbench = await Pgbench.TpsAsync(server, databaseName, options);
        Console.WriteLine($"load     {StockBench.Load()}");
        await ProfitAndLossAsync(http, database, options, report);
        Console.WriteLine($"load     {StockBench.Load()}");
        await AgingAsync(http, database, options, report);
        Console.WriteLine($"load     {StockBench.Load()}");

        report.Print();
        Console.WriteLine();
        if (issued is not null)
            Console.WriteLine($"invoices {issued.PerSecond:0.0}/s created and issued in one call ({options.PostingClients} clients, {issued.Requests} issued, " +
                              $"{issued.Errors} errors, p50 {issued.P50Ms:0.0} ms, p99 {issued.P99Ms:0.0} ms; target ≥ 600/s)");
        Console.WriteLine($"invoices {twoCalls.PerSecond:0.0}/s drafted, then issued (two calls; {twoCalls.Errors} errors, issue p50 {twoCalls.P50Ms:0.0} ms, " +
                          $"p99 {twoCalls.P99Ms:0.0} ms)");
        if (pgbench is { } tps)
            Console.WriteLine($"pgbench  {tps:0.0} TPS (-c {options.PostingClients} -T {options.Duration.TotalSeconds:0}, scale 1)\n" +
                              $"ratio    invoices/s ÷ pgbench TPS = " +
                              (issued is null ? "" : $"{issued.PerSecond / tps:0.000} (one call), ") + $"{twoCalls.PerSecond / tps:0.000} (two calls)");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 1. Invoices created and issued per second: in one call (POST with issue: true), and in two for the record

    private static async Task<(Measurement TwoCalls, Measurement? OneCall)> InvoicesAsync(HttpClient http, NpgsqlDataSource database,
        BenchOptions options, Report report)
    {
        var company = await CustomerAsync(http);
        foreach (var table in new[] { "FinanceInvoices", "FinanceInvoiceLines", "FinanceJournalEntries", "FinancePostings" })
            await database.CreateCommand($"VACUUM (ANALYZE) finance.\"{table}\"").ExecuteNonQueryAsync();
        Console.WriteLine(await DocsPdfsAsync(database) is null
            ? "  Docs is not in the host: no invoice PDFs are rendered"
            : "  Docs is in the host: it renders a PDF of every issued invoice (Finance.Invoice.Issued) on the same 2 cores, " +
              "behind the writers; below, the PDFs made while the clients ran and how long Docs took to catch up after they stopped");

        // An older host (--host) takes issue: true for an unknown field and makes a draft: then only two calls are measured.
        var oneCall = await IssuesInOneCallAsync(http, company);
        if (!oneCall)
            Console.WriteLine("  this host answers POST with issue: true by a draft (a build before issue: true): only the two calls are measured");

        // Warm-up: JIT, EF's query cache, the connection pools; not reported.
        await IssueLoopAsync(http, company, options.PostingClients, TimeSpan.FromSeconds(5), seed: 1, oneCall: false);
        if (oneCall)
            await IssueLoopAsync(http, company, options.PostingClients, TimeSpan.FromSeconds(5), seed: 1, oneCall: true);
        await DocsCaughtUpAsync(database);

        var (drafts, issues) = await MeasuredLoopAsync(http, database, company, options, oneCall: false);
        var issuedInOneCall = oneCall ? (await MeasuredLoopAsync(http, database, company, options, oneCall: true)).Issues : null;
        await using (var numbers = database.CreateCommand(
                         "SELECT count(*), count(DISTINCT \"Number\"), max(\"LastNumber\") FROM finance.\"FinanceInvoices\", finance.\"FinanceInvoiceSeries\" " +
                         "WHERE \"Number\" IS NOT NULL"))
        await using (var reader = await numbers.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            Console.WriteLine($"  numbers: {reader.GetInt64(0)} issued, {reader.GetInt64(1)} distinct, series at {reader.GetInt32(2)}");
        }

        report.Add(drafts, 0);
        report.Add(issues, 0);
        if (issuedInOneCall is not null)
            report.Add(issuedInOneCall, 0);
        return (issues, issuedInOneCall);
    }

    private static async Task<bool> IssuesInOneCallAsync(HttpClient http, Guid company)
    {
        var lines = new[] { new { description = "Проба", unit = "шт", quantity = 1m, unitPrice = 1m, vatRate = (decimal?)22m } };
        using var response = await http.PostAsJsonAsync("/api/finance/invoices", new { companyId = company, lines, issue = true });
        await StockBench.EnsureOkAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() == "issued";
    }

    private static async Task<(Measurement Drafts, Measurement Issues)> MeasuredLoopAsync(HttpClient http, NpgsqlDataSource database,
        Guid company, BenchOptions options, bool oneCall)
    {
        var pdfsBefore = await DocsPdfsAsync(database);
        var before = await StockBench.DatabaseStatsAsync(database);
        var (drafts, issues) = await IssueLoopAsync(http, company, options.PostingClients, options.Duration, seed: oneCall ? 3 : 2, oneCall);
        var pdfsAtStop = await DocsPdfsAsync(database);
        // Counted before Docs catches up: the write path's transactions and whatever ran beside it meanwhile.
        var after = await StockBench.DatabaseStatsAsync(database);
        var caughtUp = await DocsCaughtUpAsync(database);
        var per = Math.Max(1, issues.Requests);
        Console.WriteLine($"  {(oneCall ? "one call (issue: true)" : "two calls (draft, then issue)")}: {issues.Requests} issued, {issues.PerSecond:0.0}/s, " +
                          $"p50 {issues.P50Ms:0.0} ms, p99 {issues.P99Ms:0.0} ms, {issues.Errors} errors");
        Console.WriteLine($"    database per invoice (requests + background while they ran): {(after.Commits - before.Commits) / (double)per:0.0} transactions, " +
                          $"{(after.Inserted - before.Inserted) / (double)per:0.0} rows inserted and {(after.Updated - before.Updated) / (double)per:0.0} updated");
        if (pdfsBefore is { } first && pdfsAtStop is { } atStop)
            Console.WriteLine($"    Docs: {atStop - first} PDFs made while the clients ran; " +
                              (caughtUp is { } wait ? $"the rest caught up {wait.TotalSeconds:0.0} s after they stopped" : "not caught up 180 s after they stopped"));
        return (drafts, issues);
    }

    /// <summary>Docs' automatic invoice PDFs so far; null when Docs is not in the host.</summary>
    private static async Task<long?> DocsPdfsAsync(NpgsqlDataSource database)
    {
        if (!await DocsTableAsync(database, "DocsDocuments"))
            return null;
        await using var command = database.CreateCommand(
            "SELECT count(*) FROM docs.\"DocsDocuments\" WHERE \"SourceEvent\" = 'Finance.Invoice.Issued'");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Waits until Docs has handled every message it received, so the next scenario and pgbench do not share the cores
    /// with this one's PDFs. How long that took, or null after 180 s.
    /// </summary>
    private static async Task<TimeSpan?> DocsCaughtUpAsync(NpgsqlDataSource database)
    {
        var waited = Stopwatch.StartNew();
        if (!await DocsTableAsync(database, "DocsInboxMessages"))
            return waited.Elapsed;
        while (waited.Elapsed < TimeSpan.FromSeconds(180))
        {
            await using var command = database.CreateCommand(
                "SELECT count(*) FROM docs.\"DocsInboxMessages\" WHERE \"ProcessedAt\" IS NULL AND \"ParkedAt\" IS NULL");
            if ((long)(await command.ExecuteScalarAsync())! == 0)
                return waited.Elapsed;
            await Task.Delay(250);
        }

        return null;
    }

    private static async Task<bool> DocsTableAsync(NpgsqlDataSource database, string table)
    {
        await using var command = database.CreateCommand($"SELECT to_regclass('docs.\"{table}\"') IS NOT NULL");
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A client company made in Crm, once Finance's copy of it has arrived through the bus.</summary>
    private static async Task<Guid> CustomerAsync(HttpClient http)
    {
        var id = await StockBench.CreatedIdAsync(await http.PostAsJsonAsync("/api/crm/companies", new { name = "ООО «Бенч»" }));
        var waited = Stopwatch.StartNew();
        while ((await http.GetAsync($"/api/finance/customers/{id}")).StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(60))
                throw new TimeoutException("Finance's copy of the company did not arrive in 60 s.");
            await Task.Delay(100);
        }

        return id;
    }

    /// <summary>
    /// Each client, over and over: a two-line invoice (22 % and 10 % VAT) issued, which numbers and posts it: in one call
    /// (<c>issue: true</c>, counted when its 201 arrives), or drafted and then issued (counted when the issue's 200 arrives).
    /// </summary>
    private static async Task<(Measurement Drafts, Measurement Issues)> IssueLoopAsync(HttpClient http, Guid company, int clients, TimeSpan duration,
        int seed, bool oneCall)
    {
        var draftTimes = new List<double>[clients];
        var issueTimes = new List<double>[clients];
        var draftErrors = 0;
        var issueErrors = 0;
        string? firstError = null;
        var clock = Stopwatch.StartNew();

        async Task Client(int n)
        {
            var random = new Random(seed * 1000 + n);
            var drafts = draftTimes[n] = [];
            var issues = issueTimes[n] = [];
            while (clock.Elapsed < duration)
            {
                var lines = new[]
                {
                    new { description = "Окно ПВХ 1300×1400", unit = "шт", quantity = 1m + random.Next(5), unitPrice = 18_990.50m, vatRate = (decimal?)22m },
                    new { description = "Монтаж", unit = "усл", quantity = 1m, unitPrice = 4_500m, vatRate = (decimal?)10m },
                };
                var started = Stopwatch.GetTimestamp();
                if (oneCall)
                {
                    try
                    {
                        using var issued = await http.PostAsJsonAsync("/api/finance/invoices", new { companyId = company, lines, issue = true });
                        await StockBench.CreatedIdAsync(issued);
                        issues.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                    catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
                    {
                        Interlocked.Increment(ref issueErrors);
                        Interlocked.CompareExchange(ref firstError, "create and issue: " + e.Message, null);
                    }

                    continue;
                }

                Guid id;
                try
                {
                    using var created = await http.PostAsJsonAsync("/api/finance/invoices", new { companyId = company, lines });
                    id = await StockBench.CreatedIdAsync(created);
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
                    using var posted = await http.PostAsync($"/api/finance/invoices/{id}/issue", null);
                    await StockBench.EnsureOkAsync(posted);
                    issues.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
                {
                    Interlocked.Increment(ref issueErrors);
                    Interlocked.CompareExchange(ref firstError, "issue: " + e.Message, null);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(n => Task.Run(() => Client(n))));
        var elapsed = clock.Elapsed;
        if (firstError is not null)
            Console.Error.WriteLine($"  invoices x{clients}: {draftErrors} drafts and {issueErrors} issues failed, first: {firstError}");
        return (StockBench.Measure("create invoice draft", clients, draftTimes, draftErrors, elapsed),
            StockBench.Measure(oneCall ? "create + issue, 1 call" : "issue invoice", clients, issueTimes, issueErrors, elapsed));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2. P&L for a year over a million ledger lines

    private static async Task ProfitAndLossAsync(HttpClient http, NpgsqlDataSource database, BenchOptions options, Report report)
    {
        var step = Stopwatch.StartNew();
        var bank = await StockBench.CreatedIdAsync(await http.PostAsJsonAsync("/api/finance/accounts", new
        {
            name = "Расчётный счёт бенча", kind = "bank", bankName = "ПАО Сбербанк", bic = "044525225", accountNumber = "40702810900000000001",
        }));
        var articles = (await http.GetFromJsonAsync<JsonElement>("/api/finance/categories")).EnumerateArray()
            .Where(a => a.GetProperty("kind").GetString() == "expense" && a.GetProperty("ledgerAccount").GetString() is "26" or "44")
            .Select(a => (a.GetProperty("id").GetGuid(), a.GetProperty("ledgerAccount").GetString()!)).ToList();
        var (entries, lines) = await FinanceGenerator.InsertLedgerAsync(database, options.LedgerLines, LedgerYear, bank, articles, 5_000, seed: 44);
        Console.WriteLine($"data     {lines:N0} ledger lines in {entries:N0} entries over {LedgerYear} by binary COPY in {FinanceGenerator.Seconds(step)}");
        step.Restart();
        foreach (var table in new[] { "FinanceJournalEntries", "FinancePostings", "FinanceDailyTurnovers" })
            await database.CreateCommand($"VACUUM (ANALYZE) finance.\"{table}\"").ExecuteNonQueryAsync();
        Console.WriteLine($"vacuum   VACUUM ANALYZE in {FinanceGenerator.Seconds(step)}");

        var url = $"/api/finance/reports/profit-and-loss?from={LedgerYear}-01-01&to={LedgerYear}-12-31";
        var direct = () => ScalarRowsAsync(database, FinanceSql.ProfitAndLoss, new DateOnly(LedgerYear, 1, 1), new DateOnly(LedgerYear + 1, 1, 1));
        var revenue = await RevenueAsync(http, url);
        Console.WriteLine($"  P&L {LedgerYear}: revenue {revenue:N2} over HTTP");
        if (options.Plans)
            Console.WriteLine($"  plan (direct statement):\n{await ExplainAsync(database, FinanceSql.ProfitAndLoss, new DateOnly(LedgerYear, 1, 1), new DateOnly(LedgerYear + 1, 1, 1))}");
        await MeasureAsync("P&L year, 1M lines", () => RevenueAsync(http, url), direct, lines, options, report);
        // The same figures from the lines themselves, one client: what the turnovers save.
        var fromLines = () => ScalarRowsAsync(database, FinanceSql.ProfitAndLossFromLines, new DateOnly(LedgerYear, 1, 1), new DateOnly(LedgerYear + 1, 1, 1));
        var m = await LoadRunner.RunAsync("P&L from the lines", "direct", fromLines, 1, options.Requests, options.BalancesDuration);
        report.Add(m, lines);
        Console.WriteLine($"  measured P&L from the lines, direct x1: {m.Requests} requests, {m.PerSecond:0.0}/s, p50 {m.P50Ms:0.00} ms, p99 {m.P99Ms:0.00} ms");
    }

    private static async Task<decimal> RevenueAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        await StockBench.EnsureOkAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revenue").GetDecimal();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 3. Aging over 100,000 open invoices

    private static async Task AgingAsync(HttpClient http, NpgsqlDataSource database, BenchOptions options, Report report)
    {
        var step = Stopwatch.StartNew();
        var owner = (await http.GetFromJsonAsync<JsonElement>("/api/account/me")).GetProperty("id").GetGuid();
        var asOf = DateOnly.FromDateTime(DateTime.UtcNow);
        var bank = (await http.GetFromJsonAsync<JsonElement>("/api/finance/accounts")).EnumerateArray()
            .First(a => a.GetProperty("kind").GetString() == "bank").GetProperty("id").GetGuid();
        var customerPayments = (await http.GetFromJsonAsync<JsonElement>("/api/finance/categories")).EnumerateArray()
            .First(a => a.GetProperty("code").GetString() == "customer-payments").GetProperty("id").GetGuid();
        await FinanceGenerator.InsertReceivablesAsync(database, options.OpenInvoices, 5_000, owner, asOf, bank, customerPayments, seed: 55);
        Console.WriteLine($"data     {options.OpenInvoices:N0} open invoices of 5,000 customers by binary COPY in {FinanceGenerator.Seconds(step)}");
        step.Restart();
        foreach (var table in new[] { "FinanceCustomers", "FinanceInvoices", "FinancePaymentAllocations" })
            await database.CreateCommand($"VACUUM (ANALYZE) finance.\"{table}\"").ExecuteNonQueryAsync();
        Console.WriteLine($"vacuum   VACUUM ANALYZE in {FinanceGenerator.Seconds(step)}");

        var url = $"/api/finance/receivables/aging?asOf={asOf:yyyy-MM-dd}";
        var direct = () => ScalarRowsAsync(database, FinanceSql.Aging, asOf, asOf);
        if (options.Plans)
            Console.WriteLine($"  plan (direct statement):\n{await ExplainAsync(database, FinanceSql.Aging, asOf, asOf)}");
        await MeasureAsync("aging, 100k open", async () =>
        {
            using var response = await http.GetAsync(url);
            await StockBench.EnsureOkAsync(response);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").GetArrayLength();
        }, direct, options.OpenInvoices, options, report);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static async Task MeasureAsync<T>(string name, Func<Task<T>> http, Func<Task<long>> direct, long matches, BenchOptions options, Report report)
    {
        await LoadRunner.RunAsync(name, "http", http, 1, 5, TimeSpan.FromSeconds(10));
        await LoadRunner.RunAsync(name, "direct", direct, 1, 5, TimeSpan.FromSeconds(10));
        foreach (var concurrency in options.Concurrency)
        foreach (var (target, run) in new (string, Func<Task>)[] { ("http", http), ("direct", direct) })
        {
            var m = await LoadRunner.RunAsync(name, target, run, concurrency, options.Requests, options.BalancesDuration);
            report.Add(m, matches);
            Console.WriteLine($"  measured {name}, {target} x{concurrency}: {m.Requests} requests, {m.PerSecond:0.0}/s, p50 {m.P50Ms:0.00} ms, p99 {m.P99Ms:0.00} ms");
        }
    }

    private static async Task<long> ScalarRowsAsync(NpgsqlDataSource database, string sql, DateOnly first, DateOnly second)
    {
        await using var command = database.CreateCommand(sql);
        command.Parameters.AddWithValue(first);
        command.Parameters.AddWithValue(second);
        await using var reader = await command.ExecuteReaderAsync();
        long rows = 0;
        while (await reader.ReadAsync())
            rows++;
        return rows;
    }

    private static async Task<string> ExplainAsync(NpgsqlDataSource database, string sql, DateOnly first, DateOnly second)
    {
        await using var command = database.CreateCommand("EXPLAIN (ANALYZE, COSTS OFF) " + sql);
        command.Parameters.AddWithValue(first);
        command.Parameters.AddWithValue(second);
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
            plan.Add("    " + reader.GetString(0));
        return string.Join('\n', plan);
    }
}
