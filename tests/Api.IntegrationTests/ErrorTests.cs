using System.Net;
using System.Text;
using HsWorks.Api.IntegrationTests.Infrastructure;

namespace HsWorks.Api.IntegrationTests;

/// <summary>Every error is RFC 9457 problem details, and bad input names its field.</summary>
public sealed class ErrorTests(ApiFactory factory) : ApiTest(factory)
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("""{"firstName":"Maija","lastName":"Mäki","nonDisclosure":"yes"}""", "nonDisclosure")]
    [InlineData("""{"firstName":"Maija","lastName":"Mäki","address":{"street":12}}""", "address.street")]
    public async Task A_value_of_the_wrong_json_type_is_a_400_naming_the_field(string body, string field)
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = await Factory.AdminClientAsync();
        var problem = await (await admin.PostAsync("/api/v1/persons", Json(body), ct)).ProblemAsync(HttpStatusCode.BadRequest, ct);
        problem.ErrorFields().Should().Equal(field);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = await Factory.AdminClientAsync();
        var problem = await (await admin.PostAsync("/api/v1/persons", Json("""{"firstName":"""), ct)).ProblemAsync(HttpStatusCode.BadRequest, ct);
        problem.Str("type").Should().EndWith("/bad-request");
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem_not_the_spa()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = await Factory.AdminClientAsync();
        await (await admin.GetAsync("/api/v1/no-such-thing", ct)).ProblemAsync(HttpStatusCode.NotFound, ct);
    }

    [Fact]
    public async Task A_missing_token_is_a_401_problem()
    {
        var ct = TestContext.Current.CancellationToken;
        var problem = await (await Factory.CreateClient().GetAsync("/api/v1/persons", ct)).ProblemAsync(HttpStatusCode.Unauthorized, ct);
        problem.Str("type").Should().EndWith("/unauthorized");
    }
}

/// <summary>Field messages follow Accept-Language (fi, sv, en); English callers get the precise domain reason.</summary>
public sealed class LocalizedErrorTests(ApiFactory factory) : ApiTest(factory)
{
    [Theory]
    [InlineData("fi", "Postinumero on viisi numeroa, esim. 00300.", "Pakollinen tieto.")]
    [InlineData("sv", "Postnumret är fem siffror, t.ex. 00300.", "Obligatorisk uppgift.")]
    [InlineData("en", "Finnish postal code is five digits, for example 00300.", "Required.")]
    [InlineData(null, "Finnish postal code is five digits, for example 00300.", "Required.")]
    public async Task Field_messages_are_in_the_callers_language(string? language, string postalCodeMessage, string requiredMessage)
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = await Factory.AdminClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/persons")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new
            {
                firstName = "",
                lastName = "Mäki",
                address = new { street = "Kauppakatu 1", postalCode = "12AB", city = "Kuopio", country = "FI" },
            }),
        };
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);

        var problem = await (await admin.SendAsync(request, ct)).ProblemAsync(HttpStatusCode.BadRequest, ct);

        var errors = problem.GetProperty("errors");
        errors.GetProperty("address.postalCode")[0].GetString().Should().Be(postalCodeMessage);
        errors.GetProperty("firstName")[0].GetString().Should().Be(requiredMessage);
    }
}
