using System.Diagnostics;
using System.Globalization;
using HsWorks.Bench;
using Npgsql;

// ./hsworks bench seed calls this with the database in ConnectionStrings__Default (migrated, with the register's reference data).
//   HsWorks.Bench seed --persons 1000000 [--seed 2009]
var options = args.Skip(1).Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Default")
    ?? throw new InvalidOperationException("ConnectionStrings__Default names the database.");

// ./hsworks bench run calls this beside each wrk search measurement: the same search code without the API around it.
//   HsWorks.Bench search-ceiling --queries FILE --clients N --seconds S
if (args.FirstOrDefault() == "search-ceiling")
{
    if (!File.Exists(options.GetValueOrDefault("--queries", "")) || !int.TryParse(options.GetValueOrDefault("--clients", "1"), CultureInfo.InvariantCulture, out var clients)
        || clients is < 1 or > 256 || !double.TryParse(options.GetValueOrDefault("--seconds", "10"), CultureInfo.InvariantCulture, out var seconds) || seconds is <= 0 or > 3600)
    {
        Console.Error.WriteLine("usage: HsWorks.Bench search-ceiling --queries FILE --clients N (1–256) --seconds S");
        return 2;
    }
    // The file is wrk's: one URL-encoded query a line (bench/run/search-queries.txt).
    var queries = File.ReadAllLines(options["--queries"]).Where(q => q.Length > 0).Select(Uri.UnescapeDataString).ToArray();
    Console.WriteLine(await SearchCeiling.RunAsync(connectionString, queries, clients, seconds));
    return 0;
}

// Beside the search's wrk run, pgbench running the same statements (bench/HsWorks.Bench/SearchPgbench.cs).
//   HsWorks.Bench search-pgbench --queries FILE --clients N --seconds S [--pgbench PATH] [--script FILE: keeps the generated script]
if (args.FirstOrDefault() == "search-pgbench")
{
    var pgbench = options.GetValueOrDefault("--pgbench", "/usr/lib/postgresql/15/bin/pgbench");
    if (!File.Exists(options.GetValueOrDefault("--queries", "")) || !File.Exists(pgbench)
        || !int.TryParse(options.GetValueOrDefault("--clients", "1"), CultureInfo.InvariantCulture, out var clients) || clients is < 1 or > 256
        || !double.TryParse(options.GetValueOrDefault("--seconds", "10"), CultureInfo.InvariantCulture, out var seconds) || seconds is <= 0 or > 3600)
    {
        Console.Error.WriteLine("usage: HsWorks.Bench search-pgbench --queries FILE --clients N (1–256) --seconds S [--pgbench PATH] [--script FILE]");
        return 2;
    }
    var queries = File.ReadAllLines(options["--queries"]).Where(q => q.Length > 0).Select(Uri.UnescapeDataString).ToArray();
    Console.WriteLine(await SearchPgbench.RunAsync(connectionString, queries, clients, seconds, pgbench, options.GetValueOrDefault("--script")));
    return 0;
}

// Beside the API's export of a selection: COPY (the same query) TO STDOUT (bench/HsWorks.Bench/ExportCeiling.cs).
//   HsWorks.Bench export-ceiling --selection ID
if (args.FirstOrDefault() == "export-ceiling")
{
    if (!Guid.TryParse(options.GetValueOrDefault("--selection", ""), out var selection))
    {
        Console.Error.WriteLine("usage: HsWorks.Bench export-ceiling --selection ID");
        return 2;
    }
    Console.WriteLine(await ExportCeiling.RunAsync(connectionString, selection));
    return 0;
}

// The selection preview's count statement with the selection's parameters written in, for EXPLAIN (bench/marketing/README.md).
//   HsWorks.Bench preview-sql --selection ID
if (args.FirstOrDefault() == "preview-sql")
{
    if (!Guid.TryParse(options.GetValueOrDefault("--selection", ""), out var selection))
    {
        Console.Error.WriteLine("usage: HsWorks.Bench preview-sql --selection ID");
        return 2;
    }
    Console.WriteLine(await ExportCeiling.PreviewSqlAsync(connectionString, selection));
    return 0;
}

// The overviews' baseline: the same data by raw SQL plus the audit INSERT, served on PORT (bench/HsWorks.Bench/OverviewBaseline.cs).
//   HsWorks.Bench baseline --port N
if (args.FirstOrDefault() == "baseline")
{
    if (!int.TryParse(options.GetValueOrDefault("--port", ""), CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
    {
        Console.Error.WriteLine("usage: HsWorks.Bench baseline --port N");
        return 2;
    }
    await OverviewBaseline.RunAsync(connectionString, port);
    return 0;
}

if (args.FirstOrDefault() != "seed" || !int.TryParse(options.GetValueOrDefault("--persons", "1000000"), CultureInfo.InvariantCulture, out var persons)
    || persons is < 10 or > 20_000_000 || !int.TryParse(options.GetValueOrDefault("--seed", "2009"), CultureInfo.InvariantCulture, out var seed))
{
    Console.Error.WriteLine("usage: HsWorks.Bench seed --persons N (10–20,000,000) [--seed N]");
    return 2;
}

var builder = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0, MaxPoolSize = 20 };
await using var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
var clock = Stopwatch.StartNew();
Console.WriteLine($"    seeding {persons:N0} persons (seed {seed}) into {builder.Database} on {builder.Host}:{builder.Port}");
var counts = await new RegisterSeeder(dataSource, persons, seed, Console.Out).RunAsync(CancellationToken.None);
Console.WriteLine($"    done in {clock.Elapsed.TotalSeconds:0.0} s: {counts}");
return 0;
