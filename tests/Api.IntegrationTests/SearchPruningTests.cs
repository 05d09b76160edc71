using System.Net;
using System.Net.Http.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Persons;
using HsWorks.Application.Requests;
using Npgsql;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// The search's derived data stays proportional to the live data (issue 14): a changed person's old terms and match keys go,
/// a dictionary word no term uses any more goes, and an erased person leaves no term, key or word of their own. The typo
/// search runs only for a query word no dictionary word starts with.
/// </summary>
public sealed class SearchPruningTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<List<Guid>> FoundAsync(HttpClient client, string q) =>
        [.. (await (await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}", Ct)).ReadAsync<SearchResults>(Ct)).Items.Select(i => i.Id)];

    private static async Task<PersonDto> RenameAsync(HttpClient client, PersonDto person, string firstName, string lastName)
    {
        var body = HttpTestExtensions.PersonJson(firstName, lastName, phone: null, email: null);
        var answer = await client.PutJsonAsync($"/api/v1/persons/{person.Id}", body, $"\"{person.Version}\"", Ct);
        answer.StatusCode.Should().Be(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync(Ct));
        return await answer.ReadAsync<PersonDto>(Ct);
    }

    private async Task<List<string>> QueryAsync(string sql, Guid? id = null)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        if (id is { } value) command.Parameters.AddWithValue("id", value);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct)) rows.Add(reader.IsDBNull(0) ? "" : reader.GetValue(0).ToString()!);
        return rows;
    }

    private Task<List<string>> DictionaryAsync() => QueryAsync("SELECT word FROM search_words ORDER BY word");

    [Fact]
    public async Task A_name_in_the_register_brings_no_look_alikes_but_a_typo_still_finds_them()
    {
        var client = await Factory.AdminClientAsync();
        var virtanen = await client.CreatePersonAsync(TestData.PersonBody("Matti", "Virtanen", phone: null, email: null));
        var virtamen = await client.CreatePersonAsync(TestData.PersonBody("Pekka", "Virtamen", phone: null, email: null));

        // The exact word is in the dictionary: the prefix range answers and the typo search does not run.
        (await FoundAsync(client, "virtanen")).Should().Equal(virtanen.Id);
        (await FoundAsync(client, "matti virtanen")).Should().Equal(virtanen.Id);
        // No dictionary word starts with a typo: the trigram search finds the look-alikes, the closer one first.
        (await FoundAsync(client, "virtenen")).Should().Equal(virtanen.Id, virtamen.Id);
        (await FoundAsync(client, "mati virtenen")).Should().Equal(virtanen.Id);
    }

    [Fact]
    public async Task A_renamed_persons_old_word_leaves_the_dictionary_when_no_one_else_has_it_and_their_old_keys_go()
    {
        var client = await Factory.AdminClientAsync();
        var matti = await client.CreatePersonAsync(TestData.PersonBody("Matti", "Virtanen", phone: null, email: null));
        var pekka = await client.CreatePersonAsync(TestData.PersonBody("Pekka", "Virtanen", phone: null, email: null));

        await RenameAsync(client, matti, "Matti", "Saarinen");

        (await DictionaryAsync()).Should().Contain(["virtanen", "saarinen", "matti", "pekka"], "Pekka still has the old name");
        (await FoundAsync(client, "virtanen")).Should().Equal(pekka.Id);
        (await QueryAsync("SELECT last_name FROM person_match_keys WHERE person_id = @id", matti.Id)).Should().Equal("saarinen");
        (await QueryAsync("SELECT term FROM search_terms WHERE person_id = @id ORDER BY term", matti.Id)).Should().Equal("matti", "saarinen");

        await RenameAsync(client, pekka, "Pekka", "Nieminen");

        (await DictionaryAsync()).Should().Equal("matti", "nieminen", "pekka", "saarinen");
        (await FoundAsync(client, "virtanen")).Should().BeEmpty();
        (await QueryAsync("SELECT last_name FROM person_match_keys WHERE person_id = @id", pekka.Id)).Should().Equal("nieminen");
    }

    [Fact]
    public async Task An_erased_person_leaves_no_term_match_key_or_word_of_their_own()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var erased = await admin.CreatePersonAsync(TestData.PersonBody("Ilmari", "Unohdettava", phone: "040 765 4321", email: "ilmari@example.fi"));
        await admin.CreateCustomerAsync(new { type = "consumer", personId = erased.Id });
        var kept = await admin.CreatePersonAsync(TestData.PersonBody("Ilmari", "Pysyvä", phone: null, email: null));

        var request = await (await dpo.PostAsJsonAsync("/api/v1/requests", new
        {
            type = "erasure", channel = "letter", receivedAt = DateTimeOffset.UtcNow.AddHours(-1),
            requester = new { name = "Ilmari Unohdettava", email = "ilmari@example.fi", phone = "040 765 4321", address = "Korppaanmäentie 27, 00300 Helsinki", note = "Delete me" },
        }, Ct)).ReadAsync<RequestReceipt>(Ct);
        foreach (var (step, body) in new (string, object)[] { ("persons", new { personIds = new[] { erased.Id } }), ("verify", new { method = "signedLetter", note = "Signature matches" }) })
            (await dpo.PostAsJsonAsync($"/api/v1/requests/{request.Id}/{step}", body, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        var erasure = await dpo.PostAsync($"/api/v1/requests/{request.Id}/erasure", null, Ct);
        erasure.StatusCode.Should().Be(HttpStatusCode.OK, await erasure.Content.ReadAsStringAsync(Ct));

        (await QueryAsync("SELECT term FROM search_terms WHERE person_id = @id", erased.Id)).Should().BeEmpty();
        (await QueryAsync("SELECT term FROM search_terms t JOIN customers c ON c.id = t.customer_id WHERE c.person_id = @id", erased.Id)).Should().BeEmpty();
        (await QueryAsync("SELECT email FROM person_match_keys WHERE person_id = @id", erased.Id)).Should().BeEmpty();
        (await DictionaryAsync()).Should().Equal("ilmari", "pysyva");
        (await FoundAsync(admin, "ilmari")).Should().Equal(kept.Id);
    }
}
