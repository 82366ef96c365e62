using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Suite.Bench;

// Suite.Bench: N companies in a fresh PostgreSQL database, the real host in front of it, and the
// companies list measured over HTTP and directly through Npgsql. Prints figures; asserts nothing.

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"{e.Message}\n\n{BenchOptions.Usage}");
    return 2;
}

var server = Environment.GetEnvironmentVariable("SUITE_BENCH_POSTGRES") is { Length: > 0 } bench ? bench
    : Environment.GetEnvironmentVariable("SUITE_TEST_POSTGRES");
if (string.IsNullOrEmpty(server))
{
    Console.Error.WriteLine("Set SUITE_BENCH_POSTGRES to a PostgreSQL superuser connection string (or run bench/run).");
    return 2;
}
var hostDll = options.HostDll ?? Path.Combine(RepositoryRoot(), "host", "Suite.Host", "bin", "Release", "net10.0", "Suite.Host.dll");
if (!File.Exists(hostDll))
{
    Console.Error.WriteLine($"{hostDll} not found: build it first (dotnet build host/Suite.Host -c Release).");
    return 2;
}

// SUITE_BENCH_HOST_ENV="Key=Value;..." passes settings to the host, e.g. EF Core's statement log to see the SQL.
foreach (var pair in (Environment.GetEnvironmentVariable("SUITE_BENCH_HOST_ENV") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
    HostProcess.ExtraEnvironment[pair[..pair.IndexOf('=')]] = pair[(pair.IndexOf('=') + 1)..];

var total = Stopwatch.StartNew();
var databaseName = "suite_bench_" + Guid.NewGuid().ToString("N")[..8];
var dataPath = Directory.CreateTempSubdirectory("suite-bench-").FullName;
var password = "Bench-" + Guid.NewGuid().ToString("N")[..12] + "!";
// A long command timeout: plans are explained with ANALYZE on large tables of a busy machine.
var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = databaseName, CommandTimeout = 300 }.ConnectionString;

await Execute(server, $"CREATE DATABASE {databaseName}");
HostProcess? host = null;
try
{
    await using var database = NpgsqlDataSource.Create(connectionString);
    var version = (string)(await database.CreateCommand("SHOW server_version").ExecuteScalarAsync())!;
    Console.WriteLine($"Suite.Bench: {(options.Backup ? "Backup" : options.Director ? "Director" : options.Finance ? "Finance" : options.Stock ? "Stock" : $"{options.Companies:N0} companies")}, PostgreSQL {version.Split(' ')[0]}, database {databaseName}, " +
                      $"{Environment.ProcessorCount} cores shared by this client, the host and PostgreSQL");

    var step = Stopwatch.StartNew();
    host = await HostProcess.StartAsync(hostDll, connectionString, password, dataPath);
    Console.WriteLine($"host     ready at {host.BaseAddress} in {step.Elapsed.TotalSeconds:0.0} s (migrations applied), log {host.LogPath}");

    if (options.Finance)
    {
        await FinanceBench.RunAsync(server, database, databaseName, host, password, options);
        Console.WriteLine($"\ntotal run time {total.Elapsed.TotalMinutes:0.0} min");
        return 0;
    }

    if (options.Stock)
    {
        await StockBench.RunAsync(server, database, databaseName, host, password, options);
        Console.WriteLine($"\ntotal run time {total.Elapsed.TotalMinutes:0.0} min");
        return 0;
    }

    if (options.Backup)
    {
        await BackupBench.RunAsync(server, database, databaseName, connectionString, host, hostDll, password, dataPath,
            options with { Deals = options.Deals > 0 ? options.Deals : 1_000_000 });
        host = null; // stopped by the bench before it measures
        Console.WriteLine($"\ntotal run time {total.Elapsed.TotalMinutes:0.0} min");
        return 0;
    }

    if (options.Director)
    {
        await DirectorBench.RunAsync(database, host, password, options with { Deals = options.Deals > 0 ? options.Deals : 1_000_000 });
        Console.WriteLine($"\ntotal run time {total.Elapsed.TotalMinutes:0.0} min");
        return 0;
    }

    if (options.Bulk)
    {
        await BulkBench.RunAsync(database, host, password, options);
        Console.WriteLine($"\ntotal run time {total.Elapsed.TotalMinutes:0.0} min");
        return 0;
    }

    if (options.Deals > 0)
    {
        var dealReport = new Report();
        await DealBench.RunAsync(database, host, password, options, dealReport);
        dealReport.Print();
        Console.WriteLine($"\ntotal run time {total.Elapsed.TotalMinutes:0.0} min");
        return 0;
    }

    // After the host's first start: its migrations created the table the generator fills.
    var data = await DataGenerator.InsertCompaniesAsync(database, options.Companies, CancellationToken.None);
    step.Restart();
    // VACUUM as well as ANALYZE: autovacuum would have done both to a table loaded long ago, and doing it
    // now keeps it from starting in the middle of a measurement (and setting the visibility map then).
    await database.CreateCommand("VACUUM (ANALYZE) crm.\"CrmCompanies\"").ExecuteNonQueryAsync();
    var size = (long)(await database.CreateCommand("SELECT pg_total_relation_size('crm.\"CrmCompanies\"')").ExecuteScalarAsync())!;
    Console.WriteLine($"data     {data.Companies:N0} companies by binary COPY in {data.Elapsed.TotalSeconds:0.0} s " +
                      $"({data.Companies / data.Elapsed.TotalSeconds:N0} rows/s), VACUUM ANALYZE {step.Elapsed.TotalSeconds:0.0} s, " +
                      $"table with indexes {size / 1024.0 / 1024.0:0} MB");

    var http = await HttpCompanyList.SignInAsync(host.BaseAddress, password, options.Concurrency.Max());
    var direct = new DirectCompanyList(database);
    Scenario[] scenarios =
    [
        new("first page", null),
        new($"filter '{DataGenerator.CommonTerm}'", DataGenerator.CommonTerm),
        new($"filter tax id", data.RareTaxId),
    ];

    var report = new Report();
    await Measure(scenarios, "", http, direct, options, report);

    if (options.WhatIfTrigram)
    {
        // Only the bench's own database: shows what an index would change before anyone adds a migration.
        step.Restart();
        await database.CreateCommand("CREATE EXTENSION IF NOT EXISTS pg_trgm").ExecuteNonQueryAsync();
        await database.CreateCommand(
            "CREATE INDEX \"IX_CrmCompanies_SearchText_trgm\" ON crm.\"CrmCompanies\" USING gin (\"SearchText\" gin_trgm_ops)").ExecuteNonQueryAsync();
        await database.CreateCommand("ANALYZE crm.\"CrmCompanies\"").ExecuteNonQueryAsync();
        Console.WriteLine($"what-if  pg_trgm GIN index on \"SearchText\" built in {step.Elapsed.TotalSeconds:0.0} s");
        await Measure(scenarios.Where(s => s.Filter is not null).ToArray(), " +trgm", http, direct, options, report);
    }

    report.Print();
    Console.WriteLine($"\ntotal run time {total.Elapsed.TotalMinutes:0.0} min");
    return 0;
}
catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException or NpgsqlException)
{
    Console.Error.WriteLine($"Suite.Bench failed: {e.Message}");
    return 1;
}
finally
{
    if (host is not null)
        await host.DisposeAsync();
    NpgsqlConnection.ClearAllPools();
    if (options.Keep)
        Console.WriteLine($"kept: database {databaseName}, host data and log in {dataPath}");
    else
    {
        await Execute(server, $"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)");
        Directory.Delete(dataPath, recursive: true);
    }
}

static async Task Measure(Scenario[] scenarios, string label, ICompanyList http, ICompanyList direct, BenchOptions options, Report report)
{
    foreach (var scenario in scenarios)
    {
        // Both ways must see the same rows, or the comparison means nothing.
        var matches = await http.FirstPageAsync(scenario.Filter);
        var directMatches = await direct.FirstPageAsync(scenario.Filter);
        if (matches != directMatches)
            throw new InvalidOperationException($"{scenario.Name}: HTTP counts {matches}, the direct query {directMatches}.");

        if (options.Plans && direct is DirectCompanyList explained)
            Console.WriteLine($"  plans for {scenario.Name}{label}:\n{await explained.ExplainAsync(scenario.Filter)}");

        foreach (var target in new[] { http, direct })
        {
            // Warm-up: JIT, EF's query cache, connection pools and PostgreSQL's buffers; not reported.
            await LoadRunner.RunAsync(scenario.Name, target.Name, () => target.FirstPageAsync(scenario.Filter),
                options.Concurrency.Max(), Math.Min(200, options.Requests), TimeSpan.FromSeconds(10));
        }

        foreach (var concurrency in options.Concurrency)
        foreach (var target in new[] { http, direct })
        {
            var m = await LoadRunner.RunAsync(scenario.Name + label, target.Name, () => target.FirstPageAsync(scenario.Filter),
                concurrency, options.Requests, options.Duration);
            report.Add(m, matches);
            Console.WriteLine($"  measured {m.Scenario}, {m.Target} x{m.Concurrency}: {m.Requests} requests, {m.PerSecond:0.0}/s, p50 {m.P50Ms:0.00} ms");
        }
    }
}

static async Task Execute(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Suite.sln")))
            return dir.FullName;
    return Directory.GetCurrentDirectory();
}
