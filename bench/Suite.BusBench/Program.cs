using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Suite.BusBench;

// Suite.BusBench: events end to end (commit → RabbitMQ → inbox → handler done) through the framework's real event bus,
// at a fixed rate (p50/p99) and flat out (events/s), beside raw RabbitMQ.Client with publisher confirms in the same run.
// Prints figures; asserts nothing.

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var rate = Option("--rate", 1_000);
var seconds = Option("--seconds", 10);
var flatSeconds = Option("--flat-seconds", 15);
var publishers = Option("--publishers", 8);
var batch = Option("--batch", 10);

var server = Environment.GetEnvironmentVariable("SUITE_BENCH_POSTGRES") is { Length: > 0 } given ? given
    : Environment.GetEnvironmentVariable("SUITE_TEST_POSTGRES");
var rabbitMq = Environment.GetEnvironmentVariable("SUITE_BENCH_RABBITMQ") is { Length: > 0 } uri ? uri
    : Environment.GetEnvironmentVariable("SUITE_TEST_RABBITMQ");
if (string.IsNullOrEmpty(server) || string.IsNullOrEmpty(rabbitMq))
{
    Console.Error.WriteLine("Set SUITE_BENCH_POSTGRES and SUITE_BENCH_RABBITMQ (or source the services' env with SUITE_TEST_*).");
    return 2;
}

var suffix = Guid.NewGuid().ToString("N")[..8];
var name = "suite_bench_bus_" + suffix;
var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
await ExecuteAsync(server, $"CREATE DATABASE {name}");
try
{
    Console.WriteLine($"Suite.BusBench: {rate}/s for {seconds} s, then flat out {flatSeconds} s ({publishers} publishers, {batch} events a " +
                      $"transaction); database {name}; {Environment.ProcessorCount} cores shared with PostgreSQL and RabbitMQ; load {LoadAverage()}");

    await using (var suite = await SuiteBus.StartAsync(connectionString, rabbitMq, suffix))
        await RunAsync("suite", suite.Arrivals, suite.PublishAsync, publishers, batch);

    await using (var raw = await RawRabbitMq.StartAsync(rabbitMq, suffix))
        await RunAsync("raw  ", raw.Arrivals, raw.PublishAsync, 1, 100);
    Console.WriteLine($"load afterwards {LoadAverage()}");
}
finally
{
    NpgsqlConnection.ClearAllPools();
    await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
}
return 0;

// Warm-up, the fixed rate, then flat out; flat out's figure is events handled over the time from the first publish to
// the last handler done, so a backlog left at the end counts against it.
async Task RunAsync(string label, Arrivals arrivals, Func<long, int, Task> publish, int flatPublishers, int flatBatch)
{
    await PublishingLoad.FixedRateAsync(publish, 0, 200, TimeSpan.FromSeconds(2));
    await arrivals.WaitForAsync(0, 400, TimeSpan.FromSeconds(30));

    const long rated = 1_000_000;
    var total = (long)rate * seconds;
    await PublishingLoad.FixedRateAsync(publish, rated, rate, TimeSpan.FromSeconds(seconds));
    var complete = await arrivals.WaitForAsync(rated, rated + total, TimeSpan.FromSeconds(60));
    var latencies = arrivals.Latencies(rated, rated + total);
    Console.WriteLine($"{label} {rate}/s  commit → handler done: {Percentiles.Describe(latencies)}{(complete ? "" : " INCOMPLETE")}; load {LoadAverage()}");

    const long flat = 10_000_000;
    var start = Stopwatch.GetTimestamp();
    var published = await PublishingLoad.FlatOutAsync(publish, flat, flatBatch, TimeSpan.FromSeconds(flatSeconds), flatPublishers);
    var publishing = Stopwatch.GetElapsedTime(start).TotalSeconds;
    complete = await arrivals.WaitForAsync(flat, flat + published, TimeSpan.FromSeconds(120));
    var handling = Stopwatch.GetElapsedTime(start, arrivals.LastDone(flat, flat + published)).TotalSeconds;
    Console.WriteLine($"{label} flat out: {published:N0} events published at {published / publishing:N0}/s, handled at " +
                      $"{published / handling:N0}/s ({handling:0.0} s to the last){(complete ? "" : " INCOMPLETE")}; " +
                      $"duplicates {arrivals.Duplicates}; load {LoadAverage()}");
}

int Option(string option, int fallback)
{
    var i = Array.IndexOf(args, option);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

static async Task ExecuteAsync(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}
