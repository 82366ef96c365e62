using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Suite.Bench;

/// <summary>
/// Backup and restore (<c>--backup</c>, docs/bench-backup.md): --deals deals over --companies companies and --ledger-lines
/// ledger lines made by the director bench's generators; the host stopped; then Suite's `--backup` and `--restore` (into a
/// new database, with its row-count check) beside raw pg_dump -Fc and pg_restore of the same database, and its size.
/// </summary>
internal static class BackupBench
{
    public static async Task RunAsync(string server, NpgsqlDataSource database, string databaseName, string connectionString,
        HostProcess host, string hostDll, string password, string dataPath, BenchOptions options)
    {
        var step = Stopwatch.StartNew();
        var companies = await DataGenerator.InsertCompaniesAsync(database, options.Companies, CancellationToken.None);
        var deals = await DealGenerator.InsertAsync(database, options.Deals, options.Owners, CancellationToken.None);
        var http = await DealBench.SignInAsync(host.BaseAddress, password, 1);
        var bank = await StockBench.CreatedIdAsync(await http.PostAsJsonAsync("/api/finance/accounts", new
        {
            name = "Расчётный счёт бенча", kind = "bank", bankName = "ПАО Сбербанк", bic = "044525225", accountNumber = "40702810900000000001",
        }));
        var categories = (await http.GetFromJsonAsync<JsonElement>("/api/finance/categories")).EnumerateArray().ToList();
        var articles = categories.Where(a => a.GetProperty("kind").GetString() == "expense" && a.GetProperty("ledgerAccount").GetString() is "26" or "44")
            .Select(a => (a.GetProperty("id").GetGuid(), a.GetProperty("ledgerAccount").GetString()!)).ToList();
        var (entries, lines) = await FinanceGenerator.InsertLedgerAsync(database, options.LedgerLines, DateTime.UtcNow.Year, bank, articles, 5_000, seed: 44);
        Console.WriteLine($"data     {companies.Companies:N0} companies, {deals.Deals:N0} deals, {lines:N0} ledger lines in {entries:N0} entries " +
                          $"by binary COPY in {StockGenerator.Seconds(step)}");
        await host.DisposeAsync(); // measured on a quiet database: nothing else writes or reads
        step.Restart();
        await database.CreateCommand("VACUUM (ANALYZE)").ExecuteNonQueryAsync();
        var size = (long)(await database.CreateCommand("SELECT pg_database_size(current_database())").ExecuteScalarAsync())!;
        Console.WriteLine($"vacuum   VACUUM ANALYZE in {StockGenerator.Seconds(step)}; database size {Mb(size)}");

        var folder = Directory.CreateTempSubdirectory("suite-bench-backup-").FullName;
        var restoredName = databaseName + "_restored";
        var referenceName = databaseName + "_reference";
        try
        {
            var archive = Path.Combine(folder, "suite.zip");
            var suiteBackup = await TimeAsync("dotnet", [hostDll, "--backup", archive], Environment(connectionString, password, dataPath));
            var rawDump = Path.Combine(folder, "raw.dump");
            var pgDump = Tool("pg_dump");
            var rawBackup = await TimeAsync(pgDump, ["--format=custom", "--no-owner", $"--file={rawDump}", $"--dbname={connectionString.ToLibpq()}"], []);

            await Execute(server, $"CREATE DATABASE {restoredName}");
            await Execute(server, $"CREATE DATABASE {referenceName}");
            var restoredConnection = new NpgsqlConnectionStringBuilder(connectionString) { Database = restoredName }.ConnectionString;
            var referenceConnection = new NpgsqlConnectionStringBuilder(connectionString) { Database = referenceName }.ConnectionString;
            var suiteRestore = await TimeAsync("dotnet", [hostDll, "--restore", archive], Environment(restoredConnection, password, dataPath));
            var rawRestore = await TimeAsync(Tool("pg_restore"), ["--no-owner", "--single-transaction", "--exit-on-error", $"--dbname={referenceConnection.ToLibpq()}", rawDump], []);

            Console.WriteLine();
            Console.WriteLine($"| step | Suite | raw pg_dump / pg_restore |");
            Console.WriteLine($"|---|---:|---:|");
            Console.WriteLine($"| backup | {suiteBackup:0.0} s, {Mb(new FileInfo(archive).Length)} | {rawBackup:0.0} s, {Mb(new FileInfo(rawDump).Length)} |");
            Console.WriteLine($"| restore into a new database | {suiteRestore:0.0} s (with the row-count check) | {rawRestore:0.0} s |");
            Console.WriteLine($"database size {Mb(size)}");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await Execute(server, $"DROP DATABASE IF EXISTS {restoredName} WITH (FORCE)");
            await Execute(server, $"DROP DATABASE IF EXISTS {referenceName} WITH (FORCE)");
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dictionary<string, string> Environment(string connectionString, string password, string dataPath) => new()
    {
        ["ConnectionStrings__Suite"] = connectionString,
        ["Suite__AdminPassword"] = password,
        ["Suite__DataPath"] = dataPath,
        ["RabbitMq__Uri"] = "",
        ["Serilog__MinimumLevel__Default"] = "Warning",
    };

    private static async Task<double> TimeAsync(string tool, string[] arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        var said = (await output + await errors).Trim();
        Console.WriteLine($"{Path.GetFileName(tool),-8} {string.Join(' ', arguments.Where(a => !a.Contains("password", StringComparison.OrdinalIgnoreCase)).Select(Path.GetFileName))}: " +
                          $"{seconds:0.0} s{(said.Length > 0 ? " — " + said : "")}");
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} failed with exit code {process.ExitCode}.");
        return seconds;
    }

    private static string Tool(string name) =>
        new[] { System.Environment.GetEnvironmentVariable("PG_BIN_DIR") ?? "", "/usr/lib/postgresql/15/bin" }
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists) ?? name;

    private static string ToLibpq(this string connectionString)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        return $"host={c.Host} port={c.Port} user={c.Username} password={c.Password} dbname={c.Database}";
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:N0} MB";

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
