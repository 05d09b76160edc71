using System.Diagnostics;
using System.Globalization;
using HsWorks.Infrastructure.Marketing;
using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HsWorks.Bench;

/// <summary>
/// The selection export's ceiling: <c>COPY (the same query) TO STDOUT</c> as CSV. The query is the API's own eligibility SQL
/// (<see cref="MarketingEligibilitySql"/>, the selection's parameters written in as literals: COPY takes none) with the columns the
/// export reads, in its order. The API also records the export and its persons; the ceiling only reads.
/// </summary>
internal static class ExportCeiling
{
    public static async Task<string> RunAsync(string connectionString, Guid selectionId)
    {
        var options = new DbContextOptionsBuilder<HsWorksDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options;
        await using var db = new HsWorksDbContext(options, new FieldProtector(new EncryptionOptions()));
        var selection = await db.MarketingSelections.AsNoTracking().SingleAsync(s => s.Id == selectionId);
        await using var command = new NpgsqlCommand($"""
            SELECT p.id, p.first_name, p.last_name, p.language, p.email, p.mobile, p.phone, p.street, p.postal_code, p.city, p.country
              FROM ({MarketingEligibilitySql.Classified}) s JOIN persons p ON p.id = s.id
             WHERE s.reason IS NULL
             ORDER BY p.last_name, p.first_name, p.id
            """);
        MarketingEligibilitySql.AddParameters(command, selection);
        var copy = $"COPY ({SqlLiterals.Inline(command.CommandText, command.Parameters)}) TO STDOUT (FORMAT csv, HEADER)";
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // As the API runs the rules (PostgresMarketingSelections): without JIT, whose compiling cost more than the query.
        await using (var noJit = new NpgsqlCommand("SET jit = off", connection)) await noJit.ExecuteNonQueryAsync();
        var clock = Stopwatch.StartNew();
        long rows = -1;
        using (var reader = await connection.BeginTextExportAsync(copy))
        {
            while (await reader.ReadLineAsync() is not null) rows++;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture, $"{{\"rows\":{rows},\"seconds\":{seconds:0.000},\"rowsPerSecond\":{rows / seconds:0}}}");
    }

    /// <summary>The preview's count statement for the selection with its parameters written in, for EXPLAIN in psql (run it with jit = off, as the API does).</summary>
    public static async Task<string> PreviewSqlAsync(string connectionString, Guid selectionId)
    {
        var options = new DbContextOptionsBuilder<HsWorksDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options;
        await using var db = new HsWorksDbContext(options, new FieldProtector(new EncryptionOptions()));
        var selection = await db.MarketingSelections.AsNoTracking().SingleAsync(s => s.Id == selectionId);
        await using var command = new NpgsqlCommand(MarketingEligibilitySql.Counted);
        MarketingEligibilitySql.AddParameters(command, selection);
        return SqlLiterals.Inline(command.CommandText, command.Parameters);
    }
}
