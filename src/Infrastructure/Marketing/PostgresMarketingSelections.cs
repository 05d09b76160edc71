using System.Runtime.CompilerServices;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Marketing;
using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace HsWorks.Infrastructure.Marketing;

/// <summary>Selections evaluated in PostgreSQL, in the caller's connection and transaction.</summary>
internal sealed class PostgresMarketingSelections(HsWorksDbContext db) : IMarketingSelections
{
    public async Task<SelectionCounts> CountAsync(MarketingSelection selection, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(MarketingEligibilitySql.Counted, selection, cancellationToken);
        var excluded = Enum.GetValues<ExclusionReason>().ToDictionary(reason => reason, _ => 0L);
        var included = 0L;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.IsDBNull(0)) included = reader.GetInt64(1);
            else excluded[StoredEnum.Parse<ExclusionReason>(reader.GetString(0))] = reader.GetInt64(1);
        }
        return new SelectionCounts(included, excluded);
    }

    public async Task<IReadOnlyDictionary<Guid, ExclusionReason?>> ClassifyAsync(MarketingSelection selection, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(MarketingEligibilitySql.Classified, selection, cancellationToken);
        var reasons = new Dictionary<Guid, ExclusionReason?>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            reasons[reader.GetGuid(0)] = reader.IsDBNull(1) ? null : StoredEnum.Parse<ExclusionReason>(reader.GetString(1));
        return reasons;
    }

    public async Task<IReadOnlyList<Guid>> IncludedAsync(MarketingSelection selection, IReadOnlyCollection<Guid>? amongPersons,
        CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync($"SELECT id FROM ({MarketingEligibilitySql.Classified}) s WHERE reason IS NULL", selection,
            cancellationToken, amongPersons);
        var included = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) included.Add(reader.GetGuid(0));
        return included;
    }

    public async Task<long> RecordExportAsync(SelectionExport export, MarketingSelection selection, CancellationToken cancellationToken)
    {
        // One statement: the export row, its count and its persons are written from the same evaluation.
        var sql = $"""
            WITH eligible AS MATERIALIZED (SELECT id FROM ({MarketingEligibilitySql.Classified}) s WHERE reason IS NULL),
            export AS (
                INSERT INTO selection_exports (id, selection_id, purpose_id, channel, criteria, person_count, exported_at, exported_by_user_id, exported_by)
                SELECT @exportId, @selectionId, @purpose, @channel, @criteria::jsonb, (SELECT count(*) FROM eligible), @exportedAt, @userId, @username
                RETURNING person_count),
            persons AS (
                INSERT INTO {SelectionExportConfiguration.PersonsTable} (export_id, person_id) SELECT @exportId, id FROM eligible)
            SELECT person_count FROM export
            """;
        await using var command = await CommandAsync(sql, selection, cancellationToken);
        var entry = db.Entry(export);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter("exportId", NpgsqlDbType.Uuid) { Value = export.Id });
        p.Add(new NpgsqlParameter("selectionId", NpgsqlDbType.Uuid) { Value = export.SelectionId });
        p.Add(new NpgsqlParameter("criteria", NpgsqlDbType.Text) { Value = entry.Property(e => e.Criteria).Metadata.GetValueConverter()!.ConvertToProvider(export.Criteria)! });
        p.Add(new NpgsqlParameter("exportedAt", NpgsqlDbType.TimestampTz) { Value = export.ExportedAt });
        p.Add(new NpgsqlParameter("userId", NpgsqlDbType.Uuid) { Value = (object?)export.ExportedByUserId ?? DBNull.Value });
        p.Add(new NpgsqlParameter("username", NpgsqlDbType.Text) { Value = export.ExportedBy });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<Guid>> ExportsOfPersonAsync(Guid personId, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync($"SELECT export_id FROM {SelectionExportConfiguration.PersonsTable} WHERE person_id = @personId",
            null, cancellationToken);
        command.Parameters.Add(new NpgsqlParameter("personId", NpgsqlDbType.Uuid) { Value = personId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var exports = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken)) exports.Add(reader.GetGuid(0));
        return exports;
    }

    public async IAsyncEnumerable<ExportedPerson> ReadExportAsync(Guid exportId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync($"""
            SELECT p.id, p.first_name, p.last_name, p.language, p.email, p.mobile, p.phone, p.street, p.postal_code, p.city, p.country
              FROM {SelectionExportConfiguration.PersonsTable} x JOIN persons p ON p.id = x.person_id
             WHERE x.export_id = @exportId
             ORDER BY p.last_name, p.first_name, p.id
            """, null, cancellationToken);
        command.Parameters.Add(new NpgsqlParameter("exportId", NpgsqlDbType.Uuid) { Value = exportId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            yield return new ExportedPerson(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3).ToLowerInvariant(), Text(4),
                Text(5), Text(6), Text(7), Text(8), Text(9), Text(10));
        }
    }

    private async Task<NpgsqlCommand> CommandAsync(string sql, MarketingSelection? selection, CancellationToken cancellationToken,
        IReadOnlyCollection<Guid>? amongPersons = null)
    {
        if (db.Database.GetDbConnection().State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(cancellationToken);
        var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection())
        {
            Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction(),
        };
        if (selection is not null)
        {
            MarketingEligibilitySql.AddParameters(command, selection, amongPersons);
            // The rules' estimated cost over a whole register passes jit_above_cost, and compiling took 0.6–4.5 s of a statement
            // that runs in under one (bench/marketing/README.md). The pooled connection is reset (DISCARD ALL) when it is returned.
            await using var noJit = new NpgsqlCommand("SET jit = off", command.Connection, command.Transaction);
            await noJit.ExecuteNonQueryAsync(cancellationToken);
        }
        return command;
    }
}
