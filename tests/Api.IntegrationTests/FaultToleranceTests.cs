using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Disclosures;
using Npgsql;

namespace HsWorks.Api.IntegrationTests;

/// <summary>Issue 10, item 12 on the shared database: health endpoints and concurrent leads with one Idempotency-Key.</summary>
public sealed class FaultToleranceTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Liveness_readiness_and_the_start_scripts_health_answer_200_while_the_database_is_up()
    {
        var client = Factory.CreateClient();
        (await client.GetAsync("/api/v1/health/live", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/health/ready", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await client.GetAsync("/api/v1/health", Ct)).JsonAsync(Ct)).Str("status").Should().Be("ok");
    }

    [Fact]
    public async Task Concurrent_leads_with_the_same_Idempotency_Key_get_the_same_answer_and_create_one_person()
    {
        var admin = await Factory.AdminClientAsync();
        var recipient = await (await admin.PostAsJsonAsync("/api/v1/recipients", new
        {
            name = "Kumppani Oy", type = "partner", country = "FI", purposes = new[] { "partnerMarketing" }, dataCategories = new[] { "basic" },
            agreementReference = "Agreement 2026-1", agreementDate = "2026-01-01",
        }, Ct)).ReadAsync<RecipientDto>(Ct);
        var secret = await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { recipientId = recipient.Id, name = "Leads", scopes = new[] { "leads.write" } }, Ct))
            .ReadAsync<ApiClientSecretDto>(Ct);
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        tokenRequest.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(secret.ClientId)}:{Uri.EscapeDataString(secret.ClientSecret)}")));
        var token = (await (await Factory.CreateClient().SendAsync(tokenRequest, Ct)).JsonAsync(Ct)).Str("access_token");
        var lastName = "Samanaikainen" + Guid.NewGuid().ToString("N")[..6];
        var lead = new
        {
            person = new { firstName = "Liisa", lastName, email = "liisa@example.fi", language = "fi", source = "subject" },
            customer = new { productGroups = new[] { "hardware" } },
        };

        // Several at once, each on its own connection: without the claim they all pass the "seen before?" check.
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            var client = Factory.ClientWithToken(token);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/partner/leads") { Content = JsonContent.Create(lead) };
            request.Headers.Add("Idempotency-Key", "same-key-1");
            var response = await client.SendAsync(request, Ct);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(Ct));
        }));

        answers.Should().OnlyContain(a => a.StatusCode == HttpStatusCode.Created || a.StatusCode == HttpStatusCode.OK, string.Join("\n", answers));
        answers.Count(a => a.StatusCode == HttpStatusCode.Created).Should().Be(1);
        var bodies = answers.Select(a => JsonDocument.Parse(a.Body).RootElement).ToList();
        bodies.Select(b => b.Str("personId")).Distinct().Should().ContainSingle();
        bodies.Select(b => b.Str("customerId")).Distinct().Should().ContainSingle();
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var persons = new NpgsqlCommand("SELECT count(*) FROM persons WHERE last_name = @lastName", connection);
        persons.Parameters.AddWithValue("lastName", lastName);
        ((long)(await persons.ExecuteScalarAsync(Ct))!).Should().Be(1);
    }

    [Fact]
    public async Task Writes_at_once_without_a_version_all_land_each_audited_once()
    {
        var (_, user, _) = await Factory.UserClientAsync("HelpdeskAgent");

        // The same account row, each on its own connection: the loser of a race re-reads and applies again.
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            var client = await Factory.AdminClientAsync();
            var response = await client.PostAsJsonAsync($"/api/v1/users/{user.Id}/reset-password", new { password = $"Reset-At-Once-{i}x" }, Ct);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(Ct));
        }));
        answers.Should().OnlyContain(a => a.StatusCode == HttpStatusCode.NoContent, string.Join("\n", answers));

        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var audited = new NpgsqlCommand("SELECT count(*) FROM audit_records WHERE action = 'user.resetPassword' AND target_user_id = @id", connection);
        audited.Parameters.AddWithValue("id", user.Id);
        ((long)(await audited.ExecuteScalarAsync(Ct))!).Should().Be(8, "each reset is recorded once, not once per try");
    }
}
