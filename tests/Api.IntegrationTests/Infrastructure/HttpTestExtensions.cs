using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HsWorks.Api.IntegrationTests.Infrastructure;

/// <summary>Reading answers and problem details in the integration tests.</summary>
public static class HttpTestExtensions
{
    /// <summary>The API's JSON: web defaults and its one enum converter.</summary>
    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { Converters = { new HsWorks.Api.Http.EnumJsonConverter() } };

    /// <summary>The body as a DTO; fails with the body in the message when the status is not a success.</summary>
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Expected success but got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        return (await response.Content.ReadFromJsonAsync<T>(Web, ct))!;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, CancellationToken ct) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Web, ct);

    /// <summary>Asserts an RFC 9457 problem with the status and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The names in the problem's errors object.</summary>
    public static IReadOnlyList<string> ErrorFields(this JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            ? [.. errors.EnumerateObject().Select(p => p.Name)]
            : [];

    public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString()!;

    public static async Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body, string? ifMatch, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, body.GetType(), options: Web) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request, ct);
    }

    /// <summary>The ETag header exactly as sent ("\"123\"").</summary>
    public static string ETag(this HttpResponseMessage response) => response.Headers.ETag?.Tag ?? throw new InvalidOperationException("No ETag header.");

    /// <summary>A person body as an editable JSON object.</summary>
    public static JsonObject PersonJson(string firstName = "Maija", string lastName = "Meikäläinen", string? phone = "040 123 4567",
        string? email = "maija.meikalainen@example.fi", string postalCode = "00300", string? identityCode = null) =>
        JsonSerializer.SerializeToNode(TestData.PersonBody(firstName, lastName, phone, email, postalCode, identityCode), Web)!.AsObject();
}
