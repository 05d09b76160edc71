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
