using System.Net.Http.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Marketing;
using HsWorks.Domain.Marketing;
using Npgsql;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// The per-person marketing state (marketing_states, issue 14) that the preview, the export and the handover read is kept by
/// the database in the same transaction as every change that affects it: a person leaves or joins the preview at once, and
/// after any mix of changes the kept state equals one computed afresh from the sources.
/// </summary>
public sealed class MarketingStateTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Person(int i) => new
    {
        firstName = $"Tila{i}", lastName = "Markkinoitava", email = $"state{i}@example.fi", phone = $"09 {200000 + i}", mobile = $"040 {2000000 + i}",
        language = "fi", address = new { street = $"Tilakatu {i}", postalCode = "00100", city = "Helsinki", country = "FI" }, source = "subject",
    };

    private static object Consent(string channel, string action) =>
        new { purpose = "ownMarketing", channel, action, source = "form", evidence = "Signed form" };

    [Fact]
    public async Task A_change_that_the_rules_read_moves_the_person_in_or_out_of_the_preview_at_once()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var person = await admin.CreatePersonAsync(Person(1));
        var selection = await (await admin.PostAsJsonAsync("/api/v1/marketing/selections",
            new { name = "State by e-mail", purpose = "ownMarketing", channel = "email" }, Ct)).ReadAsync<MarketingSelectionDto>(Ct);
        async Task<SelectionPreviewDto> Preview() =>
            await (await admin.GetAsync($"/api/v1/marketing/selections/{selection.Id}/preview", Ct)).ReadAsync<SelectionPreviewDto>(Ct);
        async Task Consent(string channel, string action) =>
            (await admin.PostAsJsonAsync($"/api/v1/persons/{person.Id}/consents", MarketingStateTests.Consent(channel, action), Ct)).EnsureSuccessStatusCode();

        (await Preview()).Should().Match<SelectionPreviewDto>(p => p.Included == 0 && p.Excluded.Values.Sum() == 0, "no customer links the person yet");
        var customer = await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id, customerSince = "2020-01-01", productGroups = Array.Empty<string>() });
        (await Preview()).Excluded[ExclusionReason.NoConsent].Should().Be(1, "a consumer now, without consent");

        await Consent("email", "given");
        (await Preview()).Included.Should().Be(1);
        await Consent("email", "withdrawn");
        (await Preview()).Excluded[ExclusionReason.NoConsent].Should().Be(1, "the consent was withdrawn");
        await Consent("all", "given");
        (await Preview()).Included.Should().Be(1, "a consent for all channels counts for e-mail");

        var ban = await (await admin.PostAsJsonAsync($"/api/v1/persons/{person.Id}/prohibitions", new { kind = "directMarketing", channel = "email" }, Ct)).JsonAsync(Ct);
        (await Preview()).Excluded[ExclusionReason.OwnBan].Should().Be(1);
        (await dpo.PostAsync($"/api/v1/persons/{person.Id}/prohibitions/{ban.Str("id")}/lift", null, Ct)).EnsureSuccessStatusCode();
        (await Preview()).Included.Should().Be(1, "the ban was lifted");

        await SqlAsync("UPDATE persons SET email = NULL WHERE id = @id", person.Id);
        (await Preview()).Excluded[ExclusionReason.NoAddress].Should().Be(1, "the e-mail address is gone");
        await SqlAsync("UPDATE persons SET email = 'state1@example.fi', died_on = DATE '2026-11-30' WHERE id = @id", person.Id);
        (await Preview()).Excluded[ExclusionReason.Restricted].Should().Be(1, "the person died");
        await SqlAsync("UPDATE persons SET died_on = NULL, non_disclosure_claim_pending = true WHERE id = @id", person.Id);
        (await Preview()).Excluded[ExclusionReason.NonDisclosure].Should().Be(1, "a non-disclosure claim is pending");
        await SqlAsync("UPDATE persons SET non_disclosure_claim_pending = false WHERE id = @id", person.Id);
        (await Preview()).Included.Should().Be(1);

        // The consumer customer goes; as an organisation's contact person the person gets the organisation rules (no consent needed by e-mail).
        var organisation = await admin.CreateCustomerAsync(new
        {
            type = "organisation", name = "Tila Oy", businessId = "2168645-1", customerSince = "2020-01-01", productGroups = Array.Empty<string>(),
        });
        (await admin.PostAsJsonAsync($"/api/v1/customers/{organisation.Id}/contact-persons", new { personId = person.Id }, Ct)).EnsureSuccessStatusCode();
        await Consent("all", "withdrawn");
        (await Preview()).Excluded[ExclusionReason.NoConsent].Should().Be(1, "still a consumer somewhere: the consumer rules");
        await SqlAsync("DELETE FROM customers WHERE person_id = @id", person.Id);
        (await Preview()).Included.Should().Be(1, "only a contact person now");
        await SqlAsync("DELETE FROM customer_contact_persons WHERE person_id = @id", person.Id);
        (await Preview()).Should().Match<SelectionPreviewDto>(p => p.Included == 0 && p.Excluded.Values.Sum() == 0, "no customer links the person any more");
        _ = customer;
    }

    [Fact]
    public async Task The_kept_state_equals_the_state_computed_afresh_after_a_mix_of_changes()
    {
        var admin = await Factory.AdminClientAsync();
        var random = new Random(14);
        var organisation = await admin.CreateCustomerAsync(new
        {
            type = "organisation", name = "Sekoitus Oy", businessId = "2168645-1", customerSince = "2020-01-01", productGroups = Array.Empty<string>(),
        });
        string[] channels = ["email", "sms", "phone", "post", "all"];
        var persons = new List<Guid>();
        for (var i = 0; i < 25; i++)
        {
            var person = await admin.CreatePersonAsync(Person(100 + i));
            persons.Add(person.Id);
            if (random.Next(3) > 0)
                await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id, customerSince = "2020-01-01", productGroups = Array.Empty<string>() });
            if (random.Next(3) == 0)
                (await admin.PostAsJsonAsync($"/api/v1/customers/{organisation.Id}/contact-persons", new { personId = person.Id }, Ct)).EnsureSuccessStatusCode();
            for (var c = random.Next(4); c > 0; c--)
            {
                var channel = channels[random.Next(channels.Length)];
                (await admin.PostAsJsonAsync($"/api/v1/persons/{person.Id}/consents", Consent(channel, "given"), Ct)).EnsureSuccessStatusCode();
                if (random.Next(3) == 0)
                    (await admin.PostAsJsonAsync($"/api/v1/persons/{person.Id}/consents", Consent(channel, "withdrawn"), Ct)).EnsureSuccessStatusCode();
            }
        }
        // Set-based changes, as imports and erasure make them.
        await SqlAsync("UPDATE persons SET mobile = NULL, language = 'sv' WHERE id = ANY(@ids)", persons.Where((_, i) => i % 4 == 0).ToArray());
        await SqlAsync("UPDATE persons SET processing_restricted = true, postal_code = '33100' WHERE id = ANY(@ids)", persons.Where((_, i) => i % 5 == 0).ToArray());
        await SqlAsync("DELETE FROM customer_contact_persons WHERE person_id = ANY(@ids)", persons.Where((_, i) => i % 6 == 0).ToArray());
        await SqlAsync("UPDATE customers SET person_id = @other WHERE person_id = ANY(@ids)", persons.Where((_, i) => i % 7 == 1).ToArray(), persons[0]);

        var kept = await StatesAsync();
        kept.Should().HaveCount(persons.Count);
        await SqlAsync("SELECT marketing_states_rebuild()", []);
        (await StatesAsync()).Should().Equal(kept);
    }

    private async Task<List<string>> StatesAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT m::text FROM marketing_states m ORDER BY person_id", connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<string>();
        while (await reader.ReadAsync(Ct)) rows.Add(reader.GetString(0));
        return rows;
    }

    private Task SqlAsync(string sql, Guid id) => SqlAsync(sql, [id]);

    private async Task SqlAsync(string sql, Guid[] ids, Guid? other = null)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", ids.FirstOrDefault());
        command.Parameters.AddWithValue("ids", ids);
        command.Parameters.AddWithValue("other", other ?? Guid.Empty);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
