using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using HsWorks.Api.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// Issue 10, item 13: requests generated from the OpenAPI document (every operation, its parameters
/// and body schemas, plus hostile values: NUL bytes, 5,000 characters, broken and exotic Unicode,
/// wrong types) against the real API and PostgreSQL, signed in as the administrator and sometimes
/// not at all. No answer may be a 5xx, and every answer's status (and media type) must be one the
/// document lists for the operation. CsCheck shrinks a failure to a small request and prints the
/// seed: HSWORKS_FUZZ_SEED=&lt;seed&gt; runs that case first. HSWORKS_FUZZ_SECONDS bounds the run (default 60).
/// </summary>
public sealed class OpenApiFuzzTests(ApiFactory factory) : ApiTest(factory)
{
    private const string LoneSurrogate = "LONE_SURROGATE_MARKER";

    private static readonly string[] Hostile =
    [
        "\0", "a\0b", new string('x', 5000), "Ääkkönen 😀 \u202e\u0301", LoneSurrogate, "' OR 1=1 --", "<script>alert(1)</script>", "", " ",
        "=HYPERLINK(\"http://x\")", "../../etc/passwd", "%00", "\u0001\u001f\u007f", "９９９", "NaN",
    ];

    private static readonly string[] Plausible =
    [
        "Maija", "Meikäläinen", "maija@example.fi", "040 123 4567", "+358401234567", "00300", "FI", "fi", "sv", "2168645-1", "131052-308T",
        "Helsinki", "Korppaanmäentie 27", "https://partner.example/hook", "email", "post", "ownMarketing", "consumer", "organisation",
        "hardware", "given", "Administrator", "persons.read", "2026-01-15", "name,-createdAt", "Integration-Admin-1",
    ];

    [Fact]
    public async Task Every_operation_answers_only_what_the_OpenAPI_document_lists_and_never_a_5xx()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("HSWORKS_FUZZ_SECONDS"), out var s) ? s : 60;
        var seed = Environment.GetEnvironmentVariable("HSWORKS_FUZZ_SEED") is { Length: > 0 } given ? given : null;
        var document = await DocumentAsync();
        var ids = await RealIdsAsync();
        var operations = Operations(document).ToList();
        operations.Should().HaveCountGreaterThan(50);
        var token = (await Factory.LoginAsync("admin", ApiFactory.AdminPassword)).AccessToken;
        var schemas = document["components"]!["schemas"]!.AsObject();
        var generators = operations.Select(o => RequestGen(o, schemas, ids)).ToArray();
        var gen = Gen.Int[0, operations.Count - 1].SelectMany(i => generators[i]);
        var sent = 0;

        await gen.SampleAsync(async request =>
        {
            Interlocked.Increment(ref sent);
            using var message = request.ToMessage(request.Anonymous ? null : token);
            using var response = await Factory.CreateClient().SendAsync(message, TestContext.Current.CancellationToken);
            var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            var media = response.Content.Headers.ContentType?.MediaType;
            var listed = request.Operation.Responses.TryGetValue(status, out var mediaTypes) || request.Operation.Responses.TryGetValue("default", out mediaTypes);
            string? wrong = null;
            if ((int)response.StatusCode >= 500) wrong = "a server error";
            else if (!listed) wrong = $"a status the document does not list (it lists {string.Join(", ", request.Operation.Responses.Keys)})";
            else if (mediaTypes!.Count > 0 && media is not null && !mediaTypes.Contains(media)) wrong = $"a {media} body where the document says {string.Join(", ", mediaTypes)}";
            else if ((int)response.StatusCode >= 400 && mediaTypes!.Count == 0 && media is not null && media != "application/problem+json")
                wrong = $"a {media} error body instead of problem details";
            if (wrong is not null)
            {
                var body = await response.Content.ReadAsStringAsync();
                throw new InvalidOperationException(
                    $"{request.Operation.Id} answered {status}: {wrong}.\nRequest:\n{request}\nAnswer ({media}):\n{(body.Length > 1500 ? body[..1500] + "…" : body)}");
            }
        }, seed: seed, time: seconds, threads: 2, print: r => r.ToString(), writeLine: TestContext.Current.TestOutputHelper!.WriteLine);

        sent.Should().BeGreaterThan(operations.Count, "the budget sends several requests per operation");
    }

    private async Task<JsonObject> DocumentAsync()
    {
        var swagger = Factory.Services.GetRequiredService<ISwaggerProvider>().GetSwagger("v1");
        using var stream = new MemoryStream();
        await swagger.SerializeAsJsonAsync(stream, OpenApiSpecVersion.OpenApi3_0);
        return JsonNode.Parse(stream.ToArray())!.AsObject();
    }

    /// <summary>Ids that exist, so that generated paths reach the use cases and not only their 404s.</summary>
    private async Task<string[]> RealIdsAsync()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync();
        var customer = await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id, customerSince = "2020-01-01", productGroups = new[] { "hardware" } });
        var (_, user, _) = await Factory.UserClientAsync("HelpdeskAgent");
        var recipient = await (await admin.PostAsJsonAsync("/api/v1/recipients", new
        {
            name = "Fuzz Oy", type = "partner", country = "FI", purposes = new[] { "partnerMarketing" }, dataCategories = new[] { "basic" },
            agreementReference = "A-1", agreementDate = "2026-01-01",
        })).JsonAsync(CancellationToken.None);
        var selection = await (await admin.PostAsJsonAsync("/api/v1/marketing/selections", new { name = "Fuzz", purpose = "ownMarketing", channel = "email" }))
            .JsonAsync(CancellationToken.None);
        var register = await admin.CreateRegisterAsync("Fuzz register", "email");
        var request = await (await admin.PostAsJsonAsync("/api/v1/requests", new { type = "access", channel = "letter", receivedAt = DateTimeOffset.UtcNow, requester = new { name = "Fuzz" } }))
            .JsonAsync(CancellationToken.None);
        return [person.Id.ToString(), customer.Id.ToString(), user.Id.ToString(), recipient.Str("id"), selection.Str("id"), register.Id.ToString(), request.Str("id")];
    }

    private sealed record Parameter(string Name, string In, bool Required, JsonObject Schema);

    private sealed record Operation(string Id, string Method, string Path, IReadOnlyList<Parameter> Parameters, string? BodyMedia, JsonObject? BodySchema,
        bool BodyRequired, IReadOnlyDictionary<string, IReadOnlyList<string>> Responses);

    private static IEnumerable<Operation> Operations(JsonObject document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, node) in item!.AsObject())
            {
                var op = node!.AsObject();
                var parameters = (op["parameters"]?.AsArray() ?? []).Select(p => p!.AsObject())
                    .Select(p => new Parameter((string)p["name"]!, (string)p["in"]!, (bool?)p["required"] ?? false, p["schema"]?.AsObject() ?? new JsonObject()))
                    .ToList();
                var content = op["requestBody"]?["content"]?.AsObject();
                var (media, schema) = content is null ? (null, null) : content.Select(c => (c.Key, c.Value?["schema"]?.AsObject())).First();
                var responses = op["responses"]!.AsObject().ToDictionary(r => r.Key,
                    r => (IReadOnlyList<string>)[.. (r.Value?["content"]?.AsObject() ?? []).Select(c => c.Key)]);
                yield return new Operation((string?)op["operationId"] ?? $"{method} {path}", method.ToUpperInvariant(), path, parameters, media, schema,
                    (bool?)op["requestBody"]?["required"] ?? false, responses);
            }
        }
    }

    /// <summary>One generated call of an operation.</summary>
    private sealed record FuzzRequest(Operation Operation, bool Anonymous, IReadOnlyList<(Parameter Parameter, string Value)> Values, JsonNode? Body,
        IReadOnlyList<(string Name, string Value)> Form)
    {
        public HttpRequestMessage ToMessage(string? token)
        {
            var path = Operation.Path;
            var query = new List<string>();
            var message = new HttpRequestMessage(new HttpMethod(Operation.Method), "/");
            foreach (var (parameter, value) in Values)
            {
                switch (parameter.In)
                {
                    case "path": path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(value)); break;
                    case "query": query.Add($"{parameter.Name}={Uri.EscapeDataString(value)}"); break;
                    case "header": message.Headers.TryAddWithoutValidation(parameter.Name, value.Replace("\0", "").Replace("\r", "").Replace("\n", "")); break;
                }
            }
            message.RequestUri = new Uri(path + (query.Count > 0 ? "?" + string.Join('&', query) : ""), UriKind.Relative);
            if (token is not null) message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (Operation.BodyMedia == "application/json" && Body is not null)
                message.Content = new StringContent(JsonText(Body), Encoding.UTF8, "application/json");
            else if (Operation.BodyMedia == "multipart/form-data" && Form.Count > 0)
            {
                var form = new MultipartFormDataContent();
                foreach (var (name, value) in Form)
                {
                    if (value.StartsWith("file:", StringComparison.Ordinal))
                    {
                        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(value[5..]));
                        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                        form.Add(file, name, "fuzz.csv");
                    }
                    else form.Add(new StringContent(value.Replace(LoneSurrogate, "?")), name);
                }
                message.Content = form;
            }
            else if (Operation.BodyMedia == "application/x-www-form-urlencoded" && Form.Count > 0)
                message.Content = new FormUrlEncodedContent(Form.Select(f => KeyValuePair.Create(f.Name, f.Value.Replace(LoneSurrogate, "?"))));
            return message;
        }

        /// <summary>A lone surrogate cannot be written by a JSON writer, so a marker stands for it until here.</summary>
        private static string JsonText(JsonNode body) => body.ToJsonString().Replace(LoneSurrogate, "\\ud800");

        public override string ToString()
        {
            var text = new StringBuilder($"{Operation.Method} {Operation.Path}{(Anonymous ? " (no token)" : " (administrator)")}");
            foreach (var (parameter, value) in Values) text.Append($"\n  {parameter.In} {parameter.Name} = {Show(value)}");
            if (Body is not null) text.Append($"\n  body {Show(JsonText(Body))}");
            foreach (var (name, value) in Form) text.Append($"\n  form {name} = {Show(value)}");
            return text.ToString();
        }

        private static string Show(string value) =>
            (value.Length > 300 ? $"{value[..120]}…({value.Length} characters)…{value[^40..]}" : value).Replace("\0", "\\0");
    }

    private static Gen<FuzzRequest> RequestGen(Operation operation, JsonObject schemas, string[] ids)
    {
        var values = Sequence(operation.Parameters.Select(p =>
        {
            var value = p.In == "path" ? IdGen(ids, inPath: true) : p.Name == "If-Match" ? Gen.OneOf("\"1\"", "*", "garbage", "\"99999999\"")
                : ScalarText(ValueGen(p.Schema, schemas, ids, 0));
            var pair = value.Select(v => (p, v));
            return p.Required || p.In == "path"
                ? pair.Select(x => ((Parameter, string)?)x)
                : Gen.Frequency((1, Nothing<(Parameter, string)?>()), (1, pair.Select(x => ((Parameter, string)?)x)));
        })).Select(list => (IReadOnlyList<(Parameter, string)>)[.. list.Where(x => x is not null).Select(x => x!.Value)]);
        var body = operation.BodyMedia == "application/json" && operation.BodySchema is not null
            ? Gen.Frequency((12, ValueGen(operation.BodySchema, schemas, ids, 0)), (1, WrongType()), (1, Nothing<JsonNode?>()))
            : Nothing<JsonNode?>();
        var form = operation.BodyMedia is "multipart/form-data" or "application/x-www-form-urlencoded" && operation.BodySchema is not null
            ? FormGen(operation.BodySchema, schemas, ids)
            : Gen.Const<IReadOnlyList<(string, string)>>([]);
        return Gen.Select(Gen.Int[0, 9], values, body, form, (anonymous, v, b, f) => new FuzzRequest(operation, anonymous == 0, v, b, f));
    }

    private static Gen<IReadOnlyList<(string, string)>> FormGen(JsonObject schema, JsonObject schemas, string[] ids)
    {
        var properties = Resolve(schema, schemas)["properties"]?.AsObject() ?? [];
        return Sequence(properties.Select(p =>
        {
            var property = Resolve(p.Value!.AsObject(), schemas);
            var value = (string?)property["format"] == "binary"
                ? Gen.OneOf("file:email\r\nmaija@example.fi\r\n", "file:", "file:\0\0\0", "file:" + new string('x', 5000))
                : ScalarText(ValueGen(property, schemas, ids, 0));
            return Gen.Frequency((1, Nothing<(string, string)?>()), (4, value.Select(v => ((string, string)?)(p.Key, v))));
        })).Select(list => (IReadOnlyList<(string, string)>)[.. list.Where(x => x is not null).Select(x => x!.Value)]);
    }

    private static Gen<string> ScalarText(Gen<JsonNode?> value) =>
        value.Select(v => v switch { null => "", JsonValue s when s.TryGetValue<string>(out var text) => text, _ => v.ToJsonString() });

    /// <summary>
    /// Real ids, random ones and hostile text. Not in a path: a lone surrogate cannot be percent-encoded, and
    /// a NUL byte there is refused by Kestrel before the application (the test server throws instead).
    /// </summary>
    private static Gen<string> IdGen(string[] ids, bool inPath) => Gen.Frequency(
        (6, Gen.OneOf(ids)),
        (2, Gen.Guid.Select(g => g.ToString())),
        (1, Gen.OneOf(inPath ? [.. Hostile.Where(h => h != LoneSurrogate && !h.Contains('\0'))] : Hostile)));

    private static Gen<JsonNode?> WrongType() => Gen.OneOf<JsonNode?>(JsonValue.Create("text"), JsonValue.Create(-1), new JsonArray(JsonValue.Create(true)),
        new JsonObject { ["unexpected"] = 1 }, JsonValue.Create(1e300));

    private static JsonObject Resolve(JsonObject schema, JsonObject schemas)
    {
        for (var depth = 0; depth < 10; depth++)
        {
            if (schema["$ref"] is JsonValue reference) schema = schemas[((string)reference!).Split('/')[^1]]!.AsObject();
            else if ((schema["allOf"] ?? schema["oneOf"] ?? schema["anyOf"]) is JsonArray options && options.Count > 0) schema = options[0]!.AsObject();
            else break;
        }
        return schema;
    }

    private static Gen<JsonNode?> ValueGen(JsonObject schemaOrReference, JsonObject schemas, string[] ids, int depth)
    {
        var schema = Resolve(schemaOrReference, schemas);
        var nullable = (bool?)schema["nullable"] ?? false;
        Gen<JsonNode?> value;
        if (schema["enum"] is JsonArray values && values.Count > 0)
            value = Gen.Frequency((8, Gen.OneOf([.. values.Select(v => v?.DeepClone())])), (1, Text(ids)));
        else
        {
            value = ((string?)schema["type"]) switch
            {
                "string" => ((string?)schema["format"]) switch
                {
                    "uuid" => IdGen(ids, inPath: false).Select(v => (JsonNode?)JsonValue.Create(v)),
                    "date" => Gen.OneOf<JsonNode?>(JsonValue.Create("2026-01-15"), JsonValue.Create("2020-02-29"), JsonValue.Create("0001-01-01"),
                        JsonValue.Create("9999-12-31"), JsonValue.Create("2026-13-45"), JsonValue.Create("yesterday")),
                    "date-time" => Gen.OneOf<JsonNode?>(JsonValue.Create("2026-01-15T10:00:00Z"), JsonValue.Create("0001-01-01T00:00:00Z"),
                        JsonValue.Create("9999-12-31T23:59:59+14:00"), JsonValue.Create("not a time")),
                    _ => Text(ids),
                },
                "integer" => Gen.Frequency(
                    (6, Gen.Int[-2, 200].Select(i => (JsonNode?)JsonValue.Create(i))),
                    (1, Gen.OneOf<JsonNode?>(JsonValue.Create(int.MaxValue), JsonValue.Create(int.MinValue), JsonValue.Create(long.MaxValue))),
                    (1, Gen.OneOf<JsonNode?>(JsonValue.Create("12"), JsonValue.Create(1.5)))),
                "number" => Gen.Frequency(
                    (6, Gen.Int[-1000, 100000].Select(i => (JsonNode?)JsonValue.Create(i / 100m))),
                    (1, Gen.OneOf<JsonNode?>(JsonValue.Create(1e300), JsonValue.Create(-1e300), JsonValue.Create(79228162514264337593543950335m)))),
                "boolean" => Gen.Frequency((6, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))), (1, Gen.Const<JsonNode?>(JsonValue.Create("yes")))),
                "array" when depth < 4 && schema["items"] is JsonObject items => ValueGen(items, schemas, ids, depth + 1).Array[0, 3]
                    .Select(a => (JsonNode?)new JsonArray([.. a.Select(x => x?.DeepClone())])),
                _ when depth < 4 && schema["properties"] is JsonObject => ObjectGen(schema, schemas, ids, depth),
                _ => Nothing<JsonNode?>(),
            };
        }
        return nullable ? Gen.Frequency((8, value), (1, Nothing<JsonNode?>())) : value;
    }

    private static Gen<JsonNode?> Text(string[] ids) => Gen.Frequency(
        (5, Gen.OneOf(Plausible)),
        (2, Gen.String[0, 24]),
        (1, Gen.OneOf(ids)),
        (3, Gen.OneOf(Hostile))).Select(s => (JsonNode?)JsonValue.Create(s));

    private static Gen<JsonNode?> ObjectGen(JsonObject schema, JsonObject schemas, string[] ids, int depth)
    {
        var required = (schema["required"]?.AsArray() ?? []).Select(r => (string)r!).ToHashSet();
        var properties = Sequence(schema["properties"]!.AsObject().Select(p =>
        {
            var value = ValueGen(p.Value!.AsObject(), schemas, ids, depth + 1).Select(v => (KeyValuePair<string, JsonNode?>?)KeyValuePair.Create(p.Key, v));
            return required.Contains(p.Key) ? Gen.Frequency((12, value), (1, Nothing<KeyValuePair<string, JsonNode?>?>()))
                : Gen.Frequency((2, value), (1, Nothing<KeyValuePair<string, JsonNode?>?>()));
        }));
        return Gen.Frequency(
            (14, properties.Select(list => (JsonNode?)new JsonObject(list.Where(p => p is not null).Select(p => KeyValuePair.Create(p!.Value.Key, p.Value.Value?.DeepClone()))))),
            (1, WrongType()));
    }

    private static Gen<T> Nothing<T>() => Gen.Const(default(T)!);

    private static Gen<List<T>> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const<Func<List<T>>>(() => []).Select(make => make()), (all, next) => Gen.Select(all, next, (list, item) => new List<T>(list) { item }));
}
