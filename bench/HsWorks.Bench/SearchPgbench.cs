using System.Diagnostics;
using System.Globalization;
using System.Text;
using HsWorks.Infrastructure.Search;
using Npgsql;
using NpgsqlTypes;

namespace HsWorks.Bench;

/// <summary>
/// The search's "pgbench-style" ceiling: pgbench itself runs the search's statements (<see cref="PostgresSearchIndex"/>'s
/// constants, parameters written in as literals) for the same queries, client count and time as wrk runs the API. A name query is
/// the API's two statements (candidate words, then owners driven by the rarest word); the second one depends on the first's answer,
/// which is fixed for a given database, so it is worked out here once per query. An e-mail or number query is the one prefix
/// statement. One generated script picks a query at random per transaction (\set + \if over the queries file).
/// </summary>
internal static class SearchPgbench
{
    private const int PageSize = 10;
    private const int WordsPerToken = 8;
    private const double MaxTypoDistance = 0.65;
    private const int OwnerCountCap = 1000;

    public static async Task<string> RunAsync(string connectionString, string[] queries, int clients, double seconds, string pgbench, string? keepScript = null)
    {
        var work = Directory.CreateTempSubdirectory("hsworks-pgbench-").FullName;
        try
        {
            var script = Path.Combine(work, "search.sql");
            await File.WriteAllTextAsync(script, await ScriptAsync(connectionString, queries));
            if (keepScript is not null) File.Copy(script, keepScript, overwrite: true);
            var db = new NpgsqlConnectionStringBuilder(connectionString);
            var start = new ProcessStartInfo(pgbench)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = work,
            };
            foreach (var arg in new[]
                     {
                         "-n", "-M", "simple", "-f", script, "-c", clients.ToString(CultureInfo.InvariantCulture),
                         "-j", Math.Min(clients, 2).ToString(CultureInfo.InvariantCulture),
                         "-T", Math.Max(1, (int)Math.Round(seconds)).ToString(CultureInfo.InvariantCulture),
                         "-l", "--log-prefix", Path.Combine(work, "tx"),
                         "-h", db.Host!, "-p", db.Port.ToString(CultureInfo.InvariantCulture), "-U", db.Username!, db.Database!,
                     })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"pgbench exited with {process.ExitCode}: {await error}");
            var summary = await output;
            // The per-transaction log: client, transaction, latency in µs, script, epoch seconds, µs.
            var latencies = Directory.GetFiles(work, "tx.*").SelectMany(File.ReadLines)
                .Select(line => line.Split(' ')).Where(f => f.Length >= 3)
                .Select(f => double.Parse(f[2], CultureInfo.InvariantCulture) / 1000).Order().ToList();
            var failed = Field(summary, "number of failed transactions:");
            var duration = Field(summary, "duration:") ?? seconds;
            double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p / 100 * latencies.Count) - 1)];
            return string.Create(CultureInfo.InvariantCulture,
                $"{{\"requests\":{latencies.Count},\"seconds\":{duration:0.000},\"errors\":{failed ?? 0:0},\"non2xx\":0,\"p50\":{Percentile(50):0.00},\"p95\":{Percentile(95):0.00},\"p99\":{Percentile(99):0.00}}}");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static double? Field(string summary, string label)
    {
        var line = summary.Split('\n').FirstOrDefault(l => l.StartsWith(label, StringComparison.Ordinal));
        var number = line?[label.Length..].Trim().Split(' ')[0];
        return double.TryParse(number, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>The pgbench script: one branch per query, each the statements the API runs for it (first page of 10).</summary>
    public static async Task<string> ScriptAsync(string connectionString, string[] queries)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var script = new StringBuilder($"\\set q random(1, {queries.Length})\n");
        for (var i = 0; i < queries.Length; i++)
        {
            script.Append(i == 0 ? "\\if" : "\\elif").Append(CultureInfo.InvariantCulture, $" :q = {i + 1}\n");
            foreach (var statement in await StatementsAsync(connection, queries[i]))
                script.Append(statement.Trim()).Append(";\n");
        }
        return script.Append("\\endif\n").ToString();
    }

    // The choices PostgresSearchIndex.FindAsync makes before it runs its statements: an identifier (e-mail, digits) is one prefix
    // statement; name words are the candidates statement, then the owners statement driven by the word the first one ranks first (the fewest owners).
    private static async Task<List<string>> StatementsAsync(NpgsqlConnection connection, string query)
    {
        var prefixes = query.Contains('@') ? [SearchText.EmailTerm(query)]
            : SearchText.Digits(query) is not { } digits ? []
            : SearchText.PhoneDigits(query) is { } phone && phone != digits ? [digits, phone] : new List<string> { digits };
        if (prefixes.Count > 0)
        {
            await using var prefix = new NpgsqlCommand(PostgresSearchIndex.PrefixSql, connection);
            prefix.Parameters.Add(TextArray("prefixes", prefixes));
            Page(prefix);
            return [SqlLiterals.Inline(prefix.CommandText, prefix.Parameters)];
        }
        var tokens = SearchText.NameWords(query).Distinct().Take(6).ToArray();
        if (tokens.Length == 0) return [];
        await using var candidates = new NpgsqlCommand(PostgresSearchIndex.CandidatesSql, connection);
        candidates.Parameters.Add(TextArray("tokens", tokens));
        candidates.Parameters.Add(new NpgsqlParameter("per_token", WordsPerToken));
        candidates.Parameters.Add(new NpgsqlParameter("max_distance", MaxTypoDistance));
        candidates.Parameters.Add(new NpgsqlParameter("owner_cap", tokens.Length > 1 ? OwnerCountCap : 0));
        var statements = new List<string> { SqlLiterals.Inline(candidates.CommandText, candidates.Parameters) };
        var found = new List<(int Ord, string Word, double Score, long DriverRank)>();
        await using (var reader = await candidates.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) found.Add(((int)reader.GetInt64(0), reader.GetString(1), reader.GetDouble(2), reader.GetInt64(3)));
        }
        var byWord = found.GroupBy(c => c.Ord).ToDictionary(g => g.Key, g => g.ToList());
        if (byWord.Count < tokens.Length) return statements;
        var driver = byWord.MinBy(g => g.Value[0].DriverRank).Key;
        await using var owners = new NpgsqlCommand { Connection = connection };
        var checks = new StringBuilder();
        foreach (var (ord, words) in byWord.Where(g => g.Key != driver))
        {
            checks.Append(CultureInfo.InvariantCulture, $" AND EXISTS (SELECT 1 FROM search_terms o WHERE o.owner_id = t.owner_id AND o.term = ANY(@w{ord}))");
            owners.Parameters.Add(TextArray($"w{ord}", words.Select(w => w.Word)));
        }
        owners.CommandText = string.Format(CultureInfo.InvariantCulture, PostgresSearchIndex.OwnersSql, checks);
        owners.Parameters.Add(TextArray("driver_words", byWord[driver].Select(w => w.Word)));
        owners.Parameters.Add(new NpgsqlParameter("driver_scores", NpgsqlDbType.Array | NpgsqlDbType.Double) { Value = byWord[driver].Select(w => w.Score).ToArray() });
        Page(owners);
        statements.Add(SqlLiterals.Inline(owners.CommandText, owners.Parameters));
        return statements;
    }

    private static void Page(NpgsqlCommand command)
    {
        command.Parameters.Add(new NpgsqlParameter("offset", NpgsqlDbType.Integer) { Value = 0 });
        command.Parameters.Add(new NpgsqlParameter("limit", PageSize));
    }

    private static NpgsqlParameter TextArray(string name, IEnumerable<string> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };
}
