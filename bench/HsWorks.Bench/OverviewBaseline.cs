using System.Text.Json;
using HsWorks.Domain.Customers;
using HsWorks.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HsWorks.Bench;

/// <summary>
/// The overviews' baseline (issue 14): the API's two overview GETs on the same paths, each answered by the equivalent raw SQL
/// (the statements EF Core sends for the handler, written by hand) plus the audit INSERT — no authentication, mediator, access
/// check, validation or mapping: rows are written to JSON as they are read. wrk measures it with the same script and paths as the API.
/// </summary>
internal static class OverviewBaseline
{
    private const string Person = """
        SELECT id, first_name, last_name, email, phone, mobile, language, identity_code, non_disclosure, non_disclosure_claim_pending,
               street, postal_code, city, country, name_source, contact_source, address_source, identity_code_source, xmin::text AS version,
               created_at, updated_at, processing_restricted, died_on, non_disclosure_ends_on
          FROM persons WHERE id = @id
        """;

    // The same shape as the API's LINQ (PersonMapping): the person's own customers and those they are a contact person of, two
    // index lookups joined by UNION. (The OR the API had before read every customer: 5 requests/s at 1,000,000 persons.)
    private const string CustomersOfPerson = """
        SELECT c.id, c.customer_number, c.name, c.type, c.person_id = @id AS consumer FROM customers c WHERE c.person_id = @id
        UNION
        SELECT c.id, c.customer_number, c.name, c.type, c.person_id = @id FROM customers c
         WHERE EXISTS (SELECT 1 FROM customer_contact_persons cp WHERE cp.customer_id = c.id AND cp.person_id = @id)
         ORDER BY 2
        """;

    private const string Customer = """
        SELECT c.id, c.customer_number, c.type, c.name, c.business_id, c.person_id, c.customer_since, c.product_groups, c.relationship_ended_on,
               c.created_at, c.updated_at, c.xmin::text AS version,
               (SELECT array_agg(cp.person_id) FROM customer_contact_persons cp WHERE cp.customer_id = c.id) AS contact_persons
          FROM customers c WHERE c.id = @id
        """;

    private static readonly string[] CustomerParts =
    [
        """
        SELECT p.id, p.first_name, p.last_name, p.email, p.phone, p.mobile FROM persons p
         WHERE p.id IN (SELECT person_id FROM customers WHERE id = @id UNION ALL SELECT person_id FROM customer_contact_persons WHERE customer_id = @id)
        """,
        $"""
        SELECT id, customer_id, description, product_group_id, status, source, reported_at, solved_at FROM problems
         WHERE customer_id = @id AND status = {StoredEnum.Sql(ProblemStatus.Open)} ORDER BY reported_at DESC LIMIT 20
        """,
        """
        SELECT c.id, c.customer_id, c.at, c.channel, c.person_id, p.first_name, p.last_name, c.product_group_id, c.staff_user_id, u.display_name,
               c.topic, c.notes, c.outcome, c.follow_up_on
          FROM contacts c LEFT JOIN persons p ON p.id = c.person_id JOIN users u ON u.id = c.staff_user_id
         WHERE c.customer_id = @id ORDER BY c.at DESC, c.id DESC LIMIT 5
        """,
        """
        SELECT a.id, a.customer_id, cu.name, p.first_name, p.last_name, a.make, a.model, a.serial_number,
               a.warranty_starts_on, a.warranty_ends_on, a.warranty_terms
          FROM assets a JOIN customers cu ON cu.id = a.customer_id LEFT JOIN persons p ON p.id = cu.person_id
         WHERE a.customer_id = @id AND a.warranty_ends_on >= current_date AND a.warranty_starts_on <= current_date
         ORDER BY a.warranty_ends_on, a.id LIMIT 20
        """,
        $"""
        SELECT sum(amount) AS balance FROM invoices
         WHERE customer_id = @id AND status IN ({string.Join(", ", Invoice.UnpaidStatuses.Select(StoredEnum.Sql))})
        """,
        $"""
        SELECT count(*) AS overdue FROM invoices WHERE customer_id = @id AND status = {StoredEnum.Sql(InvoiceStatus.Open)} AND due_on < current_date
        """,
    ];

    private const string Audit = """
        INSERT INTO audit_records (at, user_id, username, action, person_ids, customer_ids, fields)
        VALUES (now(), NULL, 'bench-baseline', @action, @persons, @customers, '{}')
        """;

    public static async Task RunAsync(string connectionString, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        // The API's statements are prepared on their connections (Npgsql's automatic preparation, DependencyInjection.PreparingStatements):
        // the baseline's are too, so that it stays the ceiling of the same statements sent the same way.
        await using var dataSource = NpgsqlDataSource.Create(HsWorks.Infrastructure.DependencyInjection.PreparingStatements(connectionString));
        var app = builder.Build();
        app.MapGet("/api/v1/health", () => "ok");
        app.MapGet("/api/v1/persons/{id:guid}", (Guid id, HttpResponse response) => Answer(dataSource, response, id, "person.read", async (connection, json) =>
        {
            json.WriteStartObject();
            var found = await WriteRowsAsync(connection, Person, id, json, "person", single: true);
            if (found == 0) return ([], []);
            await WriteRowsAsync(connection, CustomersOfPerson, id, json, "customers");
            json.WriteEndObject();
            return ([id], []);
        }));
        app.MapGet("/api/v1/customers/{id:guid}/overview", (Guid id, HttpResponse response) => Answer(dataSource, response, id, "customer.overview", async (connection, json) =>
        {
            json.WriteStartObject();
            var found = await WriteRowsAsync(connection, Customer, id, json, "customer", single: true);
            if (found == 0) return ([], []);
            var persons = new List<Guid>();
            for (var i = 0; i < CustomerParts.Length; i++)
                await WriteRowsAsync(connection, CustomerParts[i], id, json, $"part{i}", collect: i == 0 ? persons : null);
            json.WriteEndObject();
            return (persons, [id]);
        }));
        await app.RunAsync();
    }

    private delegate Task<(List<Guid> Persons, List<Guid> Customers)> Read(NpgsqlConnection connection, Utf8JsonWriter json);

    // One connection per request, as the API's scoped DbContext; the audit row in the same round of work, as the API's audit.
    private static async Task<IResult> Answer(NpgsqlDataSource dataSource, HttpResponse response, Guid id, string action, Read read)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        using var buffer = new MemoryStream();
        List<Guid> persons, customers;
        await using (var json = new Utf8JsonWriter(buffer))
        {
            (persons, customers) = await read(connection, json);
        }
        if (persons.Count == 0 && customers.Count == 0) return Results.NotFound();
        await using (var audit = new NpgsqlCommand(Audit, connection))
        {
            audit.Parameters.AddWithValue("action", action);
            audit.Parameters.AddWithValue("persons", persons.ToArray());
            audit.Parameters.AddWithValue("customers", customers.ToArray());
            await audit.ExecuteNonQueryAsync();
        }
        return Results.Bytes(buffer.ToArray(), "application/json");
    }

    private static async Task<int> WriteRowsAsync(NpgsqlConnection connection, string sql, Guid id, Utf8JsonWriter json, string name,
        bool single = false, List<Guid>? collect = null)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        json.WritePropertyName(name);
        if (!single) json.WriteStartArray();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            json.WriteStartObject();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                json.WritePropertyName(reader.GetName(i));
                var value = reader.GetValue(i);
                if (value is DBNull) json.WriteNullValue();
                else JsonSerializer.Serialize(json, value, value.GetType());
            }
            json.WriteEndObject();
            if (collect is not null) collect.Add(reader.GetGuid(0));
        }
        if (!single) json.WriteEndArray();
        else if (rows == 0) json.WriteNullValue();
        return rows;
    }
}
