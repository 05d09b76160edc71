using System.Net;
using System.Net.Http.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;

namespace HsWorks.Api.IntegrationTests;

/// <summary>Issue 11: every 201 names in Location a URL that answers GET with the resource just created.</summary>
public sealed class LocationTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_created_resource_is_read_back_from_its_Location()
    {
        var admin = await Factory.AdminClientAsync();
        var (dpo, _, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var person = await admin.CreatePersonAsync();
        var customer = await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id, customerSince = "2020-01-01", productGroups = new[] { "hardware" } });
        var customers = $"/api/v1/customers/{customer.Id}";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var hardware = (await (await admin.GetAsync("/api/v1/product-groups", Ct)).JsonAsync(Ct)).EnumerateArray().First(g => g.Str("code") == "hardware").Str("id");

        var created = new List<(string Post, Uri? Location, string Id, HttpClient Reader)>();
        async Task<System.Text.Json.JsonElement> Post(string url, object body, HttpClient? reader = null)
        {
            var answer = await admin.PostAsJsonAsync(url, body, Ct);
            answer.StatusCode.Should().Be(HttpStatusCode.Created, $"POST {url}: {await answer.Content.ReadAsStringAsync(Ct)}");
            var json = await answer.JsonAsync(Ct);
            created.Add((url, answer.Headers.Location, json.Str("id"), reader ?? admin));
            return json;
        }

        var asset = await Post($"{customers}/assets", new { kind = "workstation", make = "Lenovo", model = "T14" });
        await Post($"/api/v1/assets/{asset.Str("id")}/remote-access", new { tool = "RDP", host = "ws-1.asiakas.local", username = "tuki", secret = "S3cret-Passw0rd!" });
        await Post($"{customers}/contacts", new { channel = "phoneIn", topic = "Call" });
        await Post($"{customers}/problems", new { description = "Slow laptop" });
        await Post($"{customers}/interests", new { tag = "Gaming", personId = person.Id });
        await Post($"{customers}/purchases", new { productGroupId = hardware, product = "Laptop", purchasedOn = "2026-11-01", quantity = 1, unitPrice = 899.90m, reasonCategory = "newNeed" });
        await Post($"{customers}/invoices", new { issuedOn = today, dueOn = today.AddDays(14), amount = 80m, vatAmount = 15.48m });
        await Post("/api/v1/product-groups", new { code = "printing", nameFi = "Tulostus", nameSv = "Utskrift", nameEn = "Printing" });
        await Post("/api/v1/purposes", new { code = "surveys", nameFi = "Kyselyt", nameSv = "Enkäter", nameEn = "Surveys", legalBasis = "consent", isMarketing = true });
        await Post($"/api/v1/persons/{person.Id}/prohibitions", new { kind = "directMarketing", channel = "all" });
        await Post($"/api/v1/persons/{person.Id}/non-disclosure-claims", new { note = "Said so on the phone" }, reader: dpo);
        var recipient = await Post("/api/v1/recipients", new
        {
            name = "Kumppani Oy", type = "partner", country = "FI", purposes = new[] { "partnerMarketing" }, dataCategories = new[] { "basic" },
            agreementReference = "A-1", agreementDate = "2026-01-01",
        });
        await Post("/api/v1/api-clients", new { recipientId = recipient.Str("id"), name = "Leads", scopes = new[] { "leads.write" } });
        await Post("/api/v1/requests", new { type = "access", channel = "email", receivedAt = DateTimeOffset.UtcNow, requester = new { name = "Maija Meikäläinen" } });

        foreach (var (post, location, id, reader) in created)
        {
            location.Should().NotBeNull($"POST {post} names what it created");
            var read = await reader.GetAsync(location, Ct);
            read.StatusCode.Should().Be(HttpStatusCode.OK, $"POST {post} answered Location {location}");
            (await read.JsonAsync(Ct)).Str("id").Should().Be(id, $"{location} is the resource POST {post} created");
        }
    }
}
