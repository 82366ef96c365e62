namespace Suite.Bench;

/// <summary>The command line: how much data, how hard and how long to push, and what to keep afterwards.</summary>
internal sealed record BenchOptions(
    int Companies,
    int Requests,
    int[] Concurrency,
    TimeSpan Duration,
    bool Keep,
    bool WhatIfTrigram,
    bool Plans,
    string? HostDll,
    int Deals = 0,
    int Owners = 50,
    string? BoardUrl = null,
    string[]? Only = null,
    bool Stock = false,
    int PostingClients = 8,
    int PostingProducts = 1_000,
    int BalanceProducts = 100_000,
    int BalanceWarehouses = 5,
    TimeSpan BalancesDuration = default,
    bool Finance = false,
    int LedgerLines = 1_000_000,
    int OpenInvoices = 100_000,
    bool Bulk = false,
    int ImportRows = 100_000,
    int ProductRows = 100_000,
    bool Director = false,
    bool Backup = false)
{
    public const string Usage = """
        Suite.Bench: generates companies and measures the companies list over HTTP and directly on PostgreSQL.

          --companies N        companies to generate (default 100000)
          --requests N         requests per scenario and concurrency, at most (default 2000)
          --duration S         seconds per scenario and concurrency, at most (default 30)
          --concurrency LIST   concurrent clients, comma-separated (default 1,8)
          --keep               keep the database, the host's data folder and its log
          --what-if-trigram    afterwards, add a pg_trgm index on "SearchText" in the bench database and
                               measure the filtered scenarios again (the application is not changed); with --deals,
                               add one on the deals' "SearchText" before the deal scenarios (the global search)
          --plans              print PostgreSQL's plans (EXPLAIN ANALYZE) of each scenario's two statements
          --deals N            the deal scenarios instead: N deals (e.g. 1000000) over --companies companies (give
                               200000) and --owners owners (default 50): board, filtered list, funnel, ranking
          --owners N           owners the deals are spread over (default 50)
          --board-url URL      measure the board as this one request ({pipeline} is replaced), e.g.
                               /api/crm/deals/board?pipelineId={pipeline}; default: the list per stage + totals
          --stock              the Stock scenarios instead: --clients clients posting one- or two-line shipments over HTTP for
                               --duration seconds, pgbench -c CLIENTS -T DURATION on the same cluster, then the balances page
                               over --balance-products products in --warehouses warehouses (--concurrency, --balances-duration)
          --clients N          posting clients and pgbench clients (default 8)
          --posting-products N products the shipments pick from (default 1000)
          --balance-products N products with a balance in every warehouse (default 100000)
          --warehouses N       warehouses of the balances scenarios (default 5)
          --balances-duration S  seconds per balances scenario and concurrency, at most (default 15)
          --finance            the Finance scenarios instead: --clients clients issuing invoices over HTTP for --duration
                               seconds, as a draft and its issue, then in one call (issue: true), beside pgbench -c CLIENTS
                               -T DURATION, then the P&L for a year over
                               --ledger-lines ledger lines and the aging over --open-invoices open invoices (--concurrency,
                               --balances-duration), each beside one hand-written SQL statement
          --ledger-lines N     ledger lines of the P&L scenario (default 1000000)
          --open-invoices N    open invoices of the aging scenario (default 100000)
          --bulk               the import and export scenarios instead (docs/bench-imports.md): --import-rows companies and
                               --product-rows products imported from CSV over HTTP, each beside a binary COPY of the same rows,
                               then the companies exported to XLSX with the host's peak memory, beside a raw Npgsql read
          --director           the director's home instead (docs/bench-director.md): --deals deals over --companies companies,
                               --ledger-lines ledger lines this year, --open-invoices open invoices and 20,000 products in stock;
                               every tile's request of this month sent at once (--requests loads, --duration), then the global
                               search (--concurrency) beside one deal by id through Npgsql
          --backup             backup and restore times instead (docs/bench-backup.md): --deals deals (default 1000000) and
                               --ledger-lines ledger lines, Suite's --backup and --restore beside raw pg_dump/pg_restore
          --import-rows N      companies in the import file (default 100000)
          --product-rows N     products in the import file (default 100000)
          --only LIST          deal scenarios whose name starts with one of these, comma-separated (e.g. funnel,ranking)
          --host PATH          Suite.Host.dll (default: host/Suite.Host/bin/Release/net10.0 of this checkout)

        PostgreSQL: SUITE_BENCH_POSTGRES (superuser connection string), else SUITE_TEST_POSTGRES.
        """;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(100_000, 2_000, [1, 8], TimeSpan.FromSeconds(30), false, false, false, null);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--companies" => options with { Companies = Positive(Value(), "--companies") },
                "--requests" => options with { Requests = Positive(Value(), "--requests") },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(Value(), "--duration")) },
                "--concurrency" => options with { Concurrency = Value().Split(',').Select(c => Positive(c, "--concurrency")).ToArray() },
                "--keep" => options with { Keep = true },
                "--what-if-trigram" => options with { WhatIfTrigram = true },
                "--plans" => options with { Plans = true },
                "--host" => options with { HostDll = Value() },
                "--deals" => options with { Deals = Positive(Value(), "--deals") },
                "--owners" => options with { Owners = Positive(Value(), "--owners") },
                "--board-url" => options with { BoardUrl = Value() },
                "--only" => options with { Only = Value().Split(',') },
                "--stock" => options with { Stock = true },
                "--finance" => options with { Finance = true },
                "--bulk" => options with { Bulk = true },
                "--director" => options with { Director = true },
                "--backup" => options with { Backup = true },
                "--import-rows" => options with { ImportRows = Positive(Value(), "--import-rows") },
                "--product-rows" => options with { ProductRows = Positive(Value(), "--product-rows") },
                "--ledger-lines" => options with { LedgerLines = Positive(Value(), "--ledger-lines") },
                "--open-invoices" => options with { OpenInvoices = Positive(Value(), "--open-invoices") },
                "--clients" => options with { PostingClients = Positive(Value(), "--clients") },
                "--posting-products" => options with { PostingProducts = Positive(Value(), "--posting-products") },
                "--balance-products" => options with { BalanceProducts = Positive(Value(), "--balance-products") },
                "--warehouses" => options with { BalanceWarehouses = Positive(Value(), "--warehouses") },
                "--balances-duration" => options with { BalancesDuration = TimeSpan.FromSeconds(Positive(Value(), "--balances-duration")) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        if (options.BalancesDuration == default)
            options = options with { BalancesDuration = TimeSpan.FromSeconds(15) };

        // The tax id generator numbers companies within 7 digits (see DataGenerator).
        if (options.Companies > DataGenerator.MaxCompanies)
            throw new ArgumentException($"--companies can be at most {DataGenerator.MaxCompanies}.");
        return options;
    }

    private static int Positive(string text, string name) =>
        int.TryParse(text, out var value) && value > 0 ? value : throw new ArgumentException($"{name} must be a positive whole number.");
}
