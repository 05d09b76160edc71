using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Domain.Requests;
using HsWorks.Infrastructure.Erasure;
using Npgsql;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// The one classification of a person's data (PersonDataMap) covers the migrated database: every table that references a person —
/// a foreign key to persons or customers (and on down their children), a person_id / person_ids / customer_id / customer_ids column,
/// or a table known to hold a person's values without a key (search words, a register's lines) — is classified; the tables whose rows
/// are kept or anonymised classify every column; and the map names no table or column the database does not have.
/// </summary>
public sealed class PersonDataMapTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Tables that hold a person's values without referencing a person by a key.</summary>
    private static readonly string[] KeylessPersonData = ["search_words", "register_entries"];

    [Fact]
    public async Task Every_table_and_column_that_references_a_person_is_classified()
    {
        Unclassified(await SchemaAsync()).Should().BeEmpty();
        PersonDataMap.Columns.Values.SelectMany(c => c.Values).Should().OnlyContain(r => r.Why.Length > 0, "each column says why");
        PersonDataMap.Rows.Where(r => r.Action == ErasureAction.Keep).Should().OnlyContain(r => r.Ground != null, "a kept row has its legal reason");
    }

    [Fact]
    public async Task A_new_table_or_column_referencing_a_person_fails_the_classification()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        await using (var create = new NpgsqlCommand("""
                         CREATE TABLE unclassified_notes (id uuid PRIMARY KEY, person_id uuid REFERENCES persons(id), note text);
                         CREATE TABLE unclassified_children (id uuid PRIMARY KEY, note_id uuid REFERENCES unclassified_notes(id));
                         ALTER TABLE invoices ADD COLUMN buyer_name text;
                         """, connection, transaction))
            await create.ExecuteNonQueryAsync(Ct);

        Unclassified(await SchemaAsync(connection, transaction)).Should().BeEquivalentTo(
            "table unclassified_notes", "table unclassified_children", "column invoices.buyer_name");
        await transaction.RollbackAsync(Ct);
    }

    /// <summary>What the map misses of the schema, or names that the schema lacks.</summary>
    private static List<string> Unclassified(Schema schema)
    {
        var classified = PersonDataMap.Rows.Select(r => r.Table).ToHashSet();
        var personal = new HashSet<string>(KeylessPersonData);
        personal.UnionWith(schema.Columns.Where(c => c.Column is "person_id" or "person_ids" or "customer_id" or "customer_ids").Select(c => c.Table));
        // Tables referencing persons or customers, and the tables referencing those, hold the person's data too.
        personal.UnionWith(["persons", "customers"]);
        var frontier = new Queue<string>(personal);
        while (frontier.TryDequeue(out var parent))
            foreach (var child in schema.ForeignKeys.Where(f => f.Parent == parent).Select(f => f.Child))
                if (personal.Add(child)) frontier.Enqueue(child);

        var missing = personal.Except(classified).Select(t => $"table {t}").ToList();
        missing.AddRange(classified.Except(schema.Columns.Select(c => c.Table)).Select(t => $"no table {t}"));
        foreach (var table in PersonDataMap.Rows.Where(r => r.Action != ErasureAction.Erase).Select(r => r.Table).Distinct())
        {
            if (!PersonDataMap.Columns.TryGetValue(table, out var rules))
            {
                missing.Add($"columns of {table}");
                continue;
            }
            var columns = schema.Columns.Where(c => c.Table == table).Select(c => c.Column).ToList();
            missing.AddRange(columns.Except(rules.Keys).Select(c => $"column {table}.{c}"));
            missing.AddRange(rules.Keys.Except(columns).Select(c => $"no column {table}.{c}"));
        }
        return missing;
    }

    private sealed record Schema(List<(string Table, string Column)> Columns, List<(string Child, string Parent)> ForeignKeys);

    private async Task<Schema> SchemaAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        return await SchemaAsync(connection, null);
    }

    private static async Task<Schema> SchemaAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        var columns = new List<(string, string)>();
        await using (var command = new NpgsqlCommand("""
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = 'public' AND c.table_name <> '__ef_migrations_history'
            """, connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(Ct))
            while (await reader.ReadAsync(Ct)) columns.Add((reader.GetString(0), reader.GetString(1)));
        var keys = new List<(string, string)>();
        await using (var command = new NpgsqlCommand(
                         "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace",
                         connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(Ct))
            while (await reader.ReadAsync(Ct)) keys.Add((reader.GetString(0), reader.GetString(1)));
        return new Schema(columns, keys);
    }
}
