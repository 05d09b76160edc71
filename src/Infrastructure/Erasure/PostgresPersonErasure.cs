using System.Data.Common;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Retention;
using HsWorks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace HsWorks.Infrastructure.Erasure;

/// <summary>
/// Erases persons as <see cref="PersonDataMap"/> classifies their data, one person at a time, in the caller's transaction:
/// first the preview's items are read (the record of what is done), then each set of rows is deleted, anonymised or kept
/// (and marked) in the map's order. The ledgers' append-only triggers let deletions through only inside an erasure
/// (SET LOCAL hsworks.erasure), which ends with the transaction.
/// </summary>
internal sealed class PostgresPersonErasure(HsWorksDbContext db) : IPersonErasure
{
    public async Task<IReadOnlyList<PersonDataItem>> PreviewAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var items = new List<PersonDataItem>();
        var keepUntil = await InvoiceKeepUntilAsync(cancellationToken);
        foreach (var personId in personIds.Distinct())
        {
            var customers = await ConsumerCustomersAsync(personId, cancellationToken);
            foreach (var rows in PersonDataMap.Rows) items.AddRange(await ReadAsync(rows, personId, customers, keepUntil, cancellationToken));
        }
        return items;
    }

    public async Task<PersonErasureResult> EraseAsync(IReadOnlyCollection<Guid> personIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("An erasure runs inside the caller's transaction.");
        await db.Database.ExecuteSqlRawAsync("SET LOCAL hsworks.erasure = 'on'", cancellationToken);
        var items = new List<PersonDataItem>();
        var recordings = new List<Guid>();
        var keepUntil = await InvoiceKeepUntilAsync(cancellationToken);
        foreach (var personId in personIds.Distinct())
        {
            var customers = await ConsumerCustomersAsync(personId, cancellationToken);
            foreach (var rows in PersonDataMap.Rows)
            {
                var found = await ReadAsync(rows, personId, customers, keepUntil, cancellationToken);
                items.AddRange(found);
                if (rows.Area == ErasureArea.CallRecording) recordings.AddRange(found.Select(i => Guid.Parse(i.ItemId)));
                if (found.Count == 0) continue;
                if (Statement(rows) is { } sql) await ExecuteAsync(sql, personId, customers, now, cancellationToken);
            }
        }
        await db.Database.ExecuteSqlRawAsync("SET LOCAL hsworks.erasure = 'off'", cancellationToken);
        return new PersonErasureResult(items, recordings);
    }

    /// <summary>The statement that carries out the rows' action: a delete, or an update of the columns the map gives a value.</summary>
    private static string? Statement(PersonDataRows rows)
    {
        if (rows.Action == ErasureAction.Erase) return $"DELETE FROM {rows.Table} t WHERE {rows.Where}";
        var sets = PersonDataMap.Columns.TryGetValue(rows.Table, out var columns)
            ? columns.Where(c => c.Value.Set is not null).Select(c => $"{c.Key} = {c.Value.Set}").ToList()
            : [];
        return sets.Count == 0 ? null : $"UPDATE {rows.Table} t SET {string.Join(", ", sets)} WHERE {rows.Where}";
    }

    /// <summary>
    /// The last day a kept invoice stays, by the invoicing retention rule and the financial year (issue 13) — the same day the
    /// retention run removes it after; the Accounting Act's default where no rule is stored.
    /// </summary>
    private async Task<Func<DateOnly, DateOnly>> InvoiceKeepUntilAsync(CancellationToken cancellationToken)
    {
        var rule = await db.RetentionRules.AsNoTracking().SingleOrDefaultAsync(r => r.Category == RetentionCategories.Invoicing, cancellationToken);
        var year = await db.FinancialYears.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (rule is null || year is null) return issuedOn => AccountingRetention.KeepUntil(issuedOn);
        return issuedOn => rule.KeepUntil(year.StartEventOf(rule.Start, issuedOn));
    }

    private async Task<List<PersonDataItem>> ReadAsync(PersonDataRows rows, Guid personId, Guid[] customers, Func<DateOnly, DateOnly> keepUntil,
        CancellationToken cancellationToken)
    {
        var select = rows.ItemId is null
            ? $"SELECT count(*)::text, NULL::date FROM {rows.Table} t WHERE {rows.Where}"
            : $"SELECT {rows.ItemId}, {rows.KeptSince ?? "NULL::date"} FROM {rows.Table} t WHERE {rows.Where} ORDER BY 1";
        var found = new List<PersonDataItem>();
        await using var command = await CommandAsync(select, personId, customers, null, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            if (rows.ItemId is null && id == "0") continue;
            DateOnly? kept = rows.Ground == RetentionGround.AccountingAct && !reader.IsDBNull(1)
                ? keepUntil(reader.GetFieldValue<DateOnly>(1))
                : null;
            found.Add(new PersonDataItem(personId, rows.Area, rows.ItemId is null ? rows.Table : id,
                rows.ItemId is null ? $"{id} × {rows.What}" : rows.What, rows.Action, rows.Ground, kept));
        }
        return found;
    }

    private async Task ExecuteAsync(string sql, Guid personId, Guid[] customers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(sql, personId, customers, now, cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<DbCommand> CommandAsync(string sql, Guid personId, Guid[] customers, DateTimeOffset? now, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(cancellationToken);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (sql.Contains("@persons", StringComparison.Ordinal))
            command.Parameters.Add(new NpgsqlParameter("persons", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = new[] { personId } });
        if (sql.Contains("@customers", StringComparison.Ordinal))
            command.Parameters.Add(new NpgsqlParameter("customers", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = customers });
        if (now is { } at && sql.Contains("@now", StringComparison.Ordinal))
            command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = at });
        return command;
    }

    private async Task<Guid[]> ConsumerCustomersAsync(Guid personId, CancellationToken cancellationToken) =>
        [.. await db.Customers.AsNoTracking().Where(c => c.PersonId == personId).Select(c => c.Id).ToListAsync(cancellationToken)];
}
