using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Suite.Bench;

/// <summary>
/// The deal scenarios over generated deals: the kanban board, a filtered deal list page and the funnel and
/// manager-ranking reports, each measured over HTTP as the Angular client calls it.
/// </summary>
internal sealed class DealBench(HttpClient http, NpgsqlDataSource database, GeneratedDeals data, string? boardUrl)
{
    /// <summary>The board's page size per column.</summary>
    public const int ColumnSize = 50;

    private int _ownerTurn;
    private int _dealTurn;
    private Guid[] _dealIds = [];

    public static async Task<HttpClient> SignInAsync(Uri baseAddress, string password, int connections)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections * 6, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(120) };
        using var response = await http.PostAsJsonAsync("/api/account/login", new { userName = "admin", password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return http;
    }

    public IReadOnlyList<(string Name, Func<Task<long>> Run)> Scenarios()
    {
        var quarter = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-90)).ToString("yyyy-MM-dd");
        return
        [
            ("board", BoardAsync),
            ("list owner+open page", ListPageAsync),
            ("list owner+open 50", () => ListPageAsync(50)),
            ("funnel all", () => GetAsync("/api/crm/reports/funnel", "stages")),
            ("funnel 90 days", () => GetAsync($"/api/crm/reports/funnel?from={quarter}", "stages")),
            ("ranking all", () => GetAsync("/api/crm/reports/manager-ranking", "items")),
            ("ranking 90 days", () => GetAsync($"/api/crm/reports/manager-ranking?from={quarter}", "items")),
            // The global search as the top bar's box asks it (5 a kind, every module the admin may read): a word in one company
            // name in 16, and one deal's number, which only the deals' substring match can find.
            ("search common word", () => GetAsync($"/api/search?q={Uri.EscapeDataString(DataGenerator.CommonTerm)}", "groups")),
            ("search deal number", () => GetAsync($"/api/search?q={Uri.EscapeDataString("№" + (Interlocked.Increment(ref _dealTurn) % 900_000 + 100_000))}", "groups")),
            // The raw reference of the same run: one deal by primary key through Npgsql, the floor of any request.
            ("npgsql deal by id", DealByIdAsync),
        ];
    }

    /// <summary>
    /// Every column of the default pipeline: its first 50 open cards with the column's count and amount total.
    /// With <c>--board-url</c> that one request (the board endpoint, {pipeline} replaced); without it, what the
    /// API offers now, all at once as a browser sends them: the deals list per stage (cards and count) and the
    /// totals query a board endpoint would run, sent directly (the list has no amount total).
    /// </summary>
    private async Task<long> BoardAsync()
    {
        if (boardUrl is not null)
        {
            using var board = await http.GetAsync(boardUrl.Replace("{pipeline}", data.PipelineId.ToString()));
            board.EnsureSuccessStatusCode();
            await using var body = await board.Content.ReadAsStreamAsync();
            using var json = await JsonDocument.ParseAsync(body);
            return 1;
        }

        var columns = data.OpenStages.Select(stage => GetAsync(
            $"/api/crm/deals?pipelineId={data.PipelineId}&stageId={stage}&status=open&sorting=createdAt&skipCount=0&maxResultCount={ColumnSize}",
            "items")).ToList();
        var totals = ColumnTotalsAsync();
        await Task.WhenAll(columns.Append(totals));
        return columns.Sum(c => c.Result);
    }

    public const string ColumnTotalsSql = """
        SELECT d."StageId", count(*), sum(d."Amount")
        FROM crm."CrmDeals" AS d
        WHERE d."PipelineId" = @pipeline AND d."Status" = 'Open'
        GROUP BY d."StageId"
        """;

    private async Task<long> ColumnTotalsAsync()
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(ColumnTotalsSql, connection);
        command.Parameters.AddWithValue("pipeline", data.PipelineId);
        await using var reader = await command.ExecuteReaderAsync();
        long rows = 0;
        while (await reader.ReadAsync())
            rows++;
        return rows;
    }

    /// <summary>A sales manager's open deals in the pipeline, newest first, 20 a page; the owner changes every request.</summary>
    private Task<long> ListPageAsync() => ListPageAsync(20);

    private Task<long> ListPageAsync(int rows)
    {
        var owner = data.Owners[Interlocked.Increment(ref _ownerTurn) % data.Owners.Length];
        return GetAsync($"/api/crm/deals?pipelineId={data.PipelineId}&ownerId={owner}&status=open&sorting=createdAt%20desc&skipCount=0&maxResultCount={rows}",
            "items");
    }

    private async Task<long> DealByIdAsync()
    {
        if (_dealIds.Length == 0)
        {
            var ids = new List<Guid>();
            await using var reader = await database.CreateCommand("""SELECT "Id" FROM crm."CrmDeals" LIMIT 10000""").ExecuteReaderAsync();
            while (await reader.ReadAsync())
                ids.Add(reader.GetGuid(0));
            _dealIds = ids.ToArray();
        }

        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("""SELECT * FROM crm."CrmDeals" WHERE "Id" = @id""", connection);
        command.Parameters.AddWithValue("id", _dealIds[(uint)Interlocked.Increment(ref _dealTurn) % _dealIds.Length]);
        await using var result = await command.ExecuteReaderAsync();
        long rows = 0;
        while (await result.ReadAsync())
            rows++;
        return rows;
    }

    private async Task<long> GetAsync(string url, string array)
    {
        using var response = await http.GetAsync(url);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        using var json = await JsonDocument.ParseAsync(body);
        return json.RootElement.GetProperty(array).GetArrayLength();
    }

    /// <summary>The statements behind the scenarios as EF Core sends them (from the host's log), explained on the generated data.</summary>
    public async Task<string> ExplainAsync()
    {
        var stage = data.OpenStages[0];
        var owner = data.Owners[0];
        var statements = new (string Name, string Sql)[]
        {
            ("board column count", $"""SELECT count(*)::int FROM crm."CrmDeals" AS c WHERE c."PipelineId" = '{data.PipelineId}' AND c."StageId" = '{stage}' AND c."Status" = 'Open'"""),
            ("board column page", $"""SELECT c.* FROM crm."CrmDeals" AS c WHERE c."PipelineId" = '{data.PipelineId}' AND c."StageId" = '{stage}' AND c."Status" = 'Open' ORDER BY c."CreatedAt" LIMIT 50 OFFSET 0"""),
            ("board totals", ColumnTotalsSql.Replace("@pipeline", $"'{data.PipelineId}'")),
            ("list count", $"""SELECT count(*)::int FROM crm."CrmDeals" AS c WHERE c."PipelineId" = '{data.PipelineId}' AND c."OwnerId" = '{owner}' AND c."Status" = 'Open'"""),
            ("list page", $"""SELECT c.* FROM crm."CrmDeals" AS c WHERE c."PipelineId" = '{data.PipelineId}' AND c."OwnerId" = '{owner}' AND c."Status" = 'Open' ORDER BY c."CreatedAt" DESC LIMIT 20 OFFSET 0"""),
            ("funnel", $"""
                SELECT c."Status", c."ReachedStageOrder", count(*)::int AS "Count", COALESCE(sum(c."Amount"), 0.0) AS "Amount"
                FROM crm."CrmDeals" AS c
                WHERE c."PipelineId" = '{data.PipelineId}' AND c."ReachedStageOrder" IS NOT NULL
                GROUP BY c."Status", c."ReachedStageOrder"
                """),
            ("ranking", """
                SELECT c."OwnerId", c."Status", count(*)::int, COALESCE(sum(c."Amount"), 0.0)
                FROM crm."CrmDeals" AS c
                GROUP BY c."OwnerId", c."Status"
                """),
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

    public static async Task RunAsync(NpgsqlDataSource database, HostProcess host, string password, BenchOptions options, Report report)
    {
        var step = Stopwatch.StartNew();
        var companies = await DataGenerator.InsertCompaniesAsync(database, options.Companies, CancellationToken.None);
        var deals = await DealGenerator.InsertAsync(database, options.Deals, options.Owners, CancellationToken.None);
        Console.WriteLine($"data     {companies.Companies:N0} companies in {companies.Elapsed.TotalSeconds:0.0} s, {deals.Deals:N0} deals and " +
                          $"{deals.StageStays:N0} stage stays by binary COPY in {deals.Elapsed.TotalSeconds:0.0} s");
        step.Restart();
        foreach (var table in new[] { "CrmCompanies", "CrmDeals", "CrmDealStageHistory" })
            await database.CreateCommand($"VACUUM (ANALYZE) crm.\"{table}\"").ExecuteNonQueryAsync();
        Console.WriteLine($"vacuum   VACUUM ANALYZE in {step.Elapsed.TotalSeconds:0.0} s");
        if (options.WhatIfTrigram)
        {
            // Only the bench's own database: what a trigram index on the deals' search text would do for the global search.
            step.Restart();
            await database.CreateCommand(
                "CREATE INDEX \"IX_CrmDeals_SearchText_trgm\" ON crm.\"CrmDeals\" USING gin (\"SearchText\" gin_trgm_ops)").ExecuteNonQueryAsync();
            await database.CreateCommand("ANALYZE crm.\"CrmDeals\"").ExecuteNonQueryAsync();
            Console.WriteLine($"what-if  pg_trgm GIN index on the deals' \"SearchText\" built in {step.Elapsed.TotalSeconds:0.0} s");
        }

        var http = await SignInAsync(host.BaseAddress, password, options.Concurrency.Max());
        // COPY bypassed the application, so the deal counters (board, funnel, ranking) are recounted once;
        // a host without them answers 404.
        step.Restart();
        using (var rebuild = await http.PostAsync("/api/crm/deals/counters/rebuild", null))
            if (rebuild.IsSuccessStatusCode)
                Console.WriteLine($"counters rebuilt in {step.Elapsed.TotalSeconds:0.0} s: {await rebuild.Content.ReadAsStringAsync()}");
        var bench = new DealBench(http, database, deals, options.BoardUrl);
        if (options.Plans)
            Console.WriteLine($"  plans:\n{await bench.ExplainAsync()}");

        foreach (var (name, run) in bench.Scenarios())
        {
            var target = name.StartsWith("npgsql", StringComparison.Ordinal) ? "npgsql" : "http";
            if (target == "http" && options.Only is { } only && !only.Any(o => name.StartsWith(o, StringComparison.OrdinalIgnoreCase)))
                continue;
            var rows = await run();
            await LoadRunner.RunAsync(name, target, run, options.Concurrency.Max(), Math.Min(20, options.Requests), TimeSpan.FromSeconds(10));
            foreach (var concurrency in options.Concurrency)
            {
                var m = await LoadRunner.RunAsync(name, target, run, concurrency, options.Requests, options.Duration);
                report.Add(m, rows);
                Console.WriteLine($"  measured {m.Scenario}, x{m.Concurrency}: {m.Requests} requests, {m.PerSecond:0.0}/s, p50 {m.P50Ms:0.00} ms, p99 {m.P99Ms:0.00} ms");
            }
        }
    }
}
