using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Suite.Tasks.Application.Overdue;
using Suite.TasksBench;

// Suite.TasksBench: a million tasks over 200 users in a fresh PostgreSQL database (the module's own migrations, rows by
// COPY), then "My tasks" p50/p99 against a one-row select on the same connection, the module's overdue scan for
// 10,000 tasks falling due at once and for none, and the plans. Prints figures; asserts nothing.

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var count = Option("--count", 1_000_000);
var userCount = Option("--users", 200);
var falling = Option("--due", 10_000);
var rounds = Option("--rounds", 3);

var server = Environment.GetEnvironmentVariable("SUITE_BENCH_POSTGRES") is { Length: > 0 } given ? given
    : Environment.GetEnvironmentVariable("SUITE_TEST_POSTGRES");
if (string.IsNullOrEmpty(server))
{
    Console.Error.WriteLine("Set SUITE_BENCH_POSTGRES to a PostgreSQL superuser connection string (or run bench/run --tasks).");
    return 2;
}

var name = "suite_bench_tasks_" + Guid.NewGuid().ToString("N")[..8];
var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, CommandTimeout = 600 }.ConnectionString;
await ExecuteAsync(server, $"CREATE DATABASE {name}");
try
{
    await using var database = NpgsqlDataSource.Create(connectionString);
    var version = (string)(await database.CreateCommand("SHOW server_version").ExecuteScalarAsync())!;
    Console.WriteLine($"Suite.TasksBench: {count:N0} tasks over {userCount} users, PostgreSQL {version.Split(' ')[0]}, database {name}, " +
                      $"{Environment.ProcessorCount} cores shared by this client and PostgreSQL; load average {Load()}");

    var step = Stopwatch.StartNew();
    await using (var db = TasksDatabase.Open(connectionString, TimeProvider.System))
        await db.Database.MigrateAsync();
    Console.WriteLine($"schema   the module's migrations in {step.Elapsed.TotalSeconds:0.0} s");

    var now = DateTimeOffset.UtcNow;
    var users = Enumerable.Range(0, userCount).Select(_ => Guid.NewGuid()).ToList();
    await TaskGenerator.AddPeopleAsync(database, users);
    var copy = await TaskGenerator.FillAsync(database, count, users, now);
    Console.WriteLine($"data     {count:N0} tasks by COPY (binary) in {copy.TotalSeconds:0.0} s ({count / copy.TotalSeconds:N0} rows/s)");
    step.Restart();
    await database.CreateCommand("VACUUM (ANALYZE) tasks.\"TasksTasks\"").ExecuteNonQueryAsync();
    var size = await database.CreateCommand("SELECT pg_size_pretty(pg_total_relation_size('tasks.\"TasksTasks\"'))").ExecuteScalarAsync();
    Console.WriteLine($"vacuum   VACUUM ANALYZE in {step.Elapsed.TotalSeconds:0.0} s; table with indexes {size}");

    // "My tasks" for every user, a few rounds, one connection (the page's two statements back to back), and the
    // reference: a one-row select by primary key on the same connection, as many times.
    var myTasks = new MyTasks(now);
    var page = new Latency();
    var reference = new Latency();
    var ids = new List<Guid>();
    await using (var read = database.CreateCommand("SELECT \"Id\" FROM tasks.\"TasksTasks\" TABLESAMPLE SYSTEM (1) LIMIT 1000"))
    await using (var reader = await read.ExecuteReaderAsync())
        while (await reader.ReadAsync())
            ids.Add(reader.GetGuid(0));
    await using (var connection = await database.OpenConnectionAsync())
    {
        await myTasks.ReadAsync(connection, users[0]); // warm the statements
        long rows = 0;
        for (var round = 0; round < rounds; round++)
            foreach (var user in users)
            {
                rows += await page.TimeAsync(() => myTasks.ReadAsync(connection, user));
                var id = ids[(int)(rows % ids.Count)];
                await reference.TimeAsync(async () =>
                {
                    await using var one = new NpgsqlCommand("SELECT \"Title\" FROM tasks.\"TasksTasks\" WHERE \"Id\" = @id", connection);
                    one.Parameters.AddWithValue("id", id);
                    return await one.ExecuteScalarAsync();
                });
            }

        Console.WriteLine($"\nmy tasks (counts + first 50 of each group), {rows / page.Count} rows a page: {page}");
        Console.WriteLine($"reference one-row select by id:                        {reference}");
        Console.WriteLine($"ratio    my tasks / one-row select: p50 {page.Percentile(50) / reference.Percentile(50):0.0}x, p99 {page.Percentile(99) / reference.Percentile(99):0.0}x");

        var busiest = await BusiestAsync(connection);
        Console.WriteLine($"\nplan: counts for the user with the most open tasks\n{await myTasks.ExplainAsync(connection, MyTasks.CountsSql, busiest)}");
        Console.WriteLine($"\nplan: items for the same user\n{await myTasks.ExplainAsync(connection, MyTasks.ItemsSql, busiest)}");
    }

    // The overdue scan with nothing due: what every host pays every 15 seconds.
    var idle = new Latency();
    await ScanAsync(connectionString); // the first DbContext builds EF's model: not a scan's cost
    for (var i = 0; i < 20; i++)
        await idle.TimeAsync(() => ScanAsync(connectionString));
    Console.WriteLine($"\noverdue scan, nothing due: {idle}");

    // 10,000 open tasks due in the future fall due at once.
    await using (var fall = database.CreateCommand($"""
        UPDATE tasks."TasksTasks" SET "DueAt" = now() - interval '1 minute', "OverduePublished" = false
        WHERE "Id" IN (SELECT "Id" FROM tasks."TasksTasks" WHERE "Status" = 'Open' AND "DueAt" > now() + interval '1 day' LIMIT {falling})
        """))
        Console.WriteLine($"due      {await fall.ExecuteNonQueryAsync():N0} tasks moved to a minute ago");
    await using (var connection = await database.OpenConnectionAsync())
    await using (var transaction = await connection.BeginTransactionAsync())
    {
        await using var explain = new NpgsqlCommand($"""
            EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM tasks."TasksTasks"
            WHERE "Status" IN ('Open', 'InProgress') AND NOT "OverduePublished" AND "DueAt" <= now()
            ORDER BY "DueAt" LIMIT {OverdueScan.BatchSize} FOR UPDATE SKIP LOCKED
            """, connection, transaction);
        var lines = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                lines.Add("    " + reader.GetString(0));
        Console.WriteLine($"\nplan: the scan's claim of one batch with {falling:N0} due\n{string.Join('\n', lines)}");
        await transaction.RollbackAsync();
    }

    step.Restart();
    var published = await ScanAsync(connectionString);
    var scan = step.Elapsed;
    var events = await database.CreateCommand("SELECT count(*) FROM tasks.\"TasksOutboxMessages\" WHERE \"EventName\" = 'Tasks.Task.Overdue'").ExecuteScalarAsync();
    Console.WriteLine($"overdue scan, {falling:N0} due: {published:N0} tasks marked and {events:N0} events written in {scan.TotalMilliseconds:0} ms " +
                      $"({published / scan.TotalSeconds:N0} tasks/s, batches of {OverdueScan.BatchSize})");
    Console.WriteLine($"\nload average at the end {Load()}");
    return 0;
}
finally
{
    NpgsqlConnection.ClearAllPools();
    await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
}

// One round of the module's own scan (OverdueScan, as the watch runs it): batches until one comes back short.
static async Task<int> ScanAsync(string connectionString)
{
    var total = 0;
    int published;
    do
    {
        await using var db = TasksDatabase.Open(connectionString, TimeProvider.System);
        published = await new OverdueScan(db, TimeProvider.System).PublishBatchAsync(CancellationToken.None);
        total += published;
    } while (published == OverdueScan.BatchSize);
    return total;
}

static async Task<Guid> BusiestAsync(NpgsqlConnection connection)
{
    await using var command = new NpgsqlCommand(
        "SELECT \"AssigneeId\" FROM tasks.\"TasksTasks\" WHERE \"Status\" IN ('Open', 'InProgress') GROUP BY 1 ORDER BY count(*) DESC LIMIT 1", connection);
    return (Guid)(await command.ExecuteScalarAsync())!;
}

static async Task ExecuteAsync(string server, string sql)
{
    await using var connection = new NpgsqlConnection(server);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

int Option(string option, int fallback)
{
    var at = Array.IndexOf(args, option);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
