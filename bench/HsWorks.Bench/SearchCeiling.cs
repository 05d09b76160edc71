using System.Diagnostics;
using System.Globalization;
using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.Search;
using HsWorks.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Bench;

/// <summary>
/// The search's ceiling: the API's own <see cref="PostgresSearchIndex"/> (the same statements, built by the same code, so no
/// diverging copy of the SQL) run in a bare loop by <c>clients</c> concurrent workers over the same queries for the same time —
/// no HTTP, authentication, mediator, access check, audit or mapping. Prints one JSON line in the shape of bench/run/paths.lua's.
/// </summary>
internal static class SearchCeiling
{
    private const int PageSize = 10;

    public static async Task<string> RunAsync(string connectionString, string[] queries, int clients, double seconds)
    {
        // Prepared as the API's statements are (DependencyInjection.PreparingStatements), so that the ceiling sends them the same way.
        var options = new DbContextOptionsBuilder<HsWorksDbContext>()
            .UseNpgsql(HsWorks.Infrastructure.DependencyInjection.PreparingStatements(connectionString)).UseSnakeCaseNamingConvention().Options;
        var protector = new FieldProtector(new EncryptionOptions());
        var latencies = new List<double>();
        var errors = 0;
        // Warm up outside the measurement, as the API is warm when wrk starts: EF's model, the pool, each query's plan once.
        await using (var warm = new HsWorksDbContext(options, protector))
        {
            foreach (var query in queries) await new PostgresSearchIndex(warm).FindAsync(query, 0, PageSize, CancellationToken.None);
        }
        var clock = Stopwatch.StartNew();
        async Task Worker(int worker)
        {
            await using var db = new HsWorksDbContext(options, protector);
            var index = new PostgresSearchIndex(db);
            var mine = new List<double>();
            for (var i = worker; clock.Elapsed.TotalSeconds < seconds; i++)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await index.FindAsync(queries[i % queries.Length], 0, PageSize, CancellationToken.None);
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
            lock (latencies) latencies.AddRange(mine);
        }
        await Task.WhenAll(Enumerable.Range(0, clients).Select(Worker));
        var elapsed = clock.Elapsed.TotalSeconds;
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p / 100 * latencies.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"{{\"requests\":{latencies.Count},\"seconds\":{elapsed:0.000},\"errors\":{errors},\"non2xx\":0,\"p50\":{Percentile(50):0.00},\"p95\":{Percentile(95):0.00},\"p99\":{Percentile(99):0.00}}}");
    }
}
