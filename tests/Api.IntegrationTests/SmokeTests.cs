using System.Net;
using HsWorks.Api.IntegrationTests.Infrastructure;

namespace HsWorks.Api.IntegrationTests;

public sealed class SmokeTests(ApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Health_answers_without_a_token()
    {
        var response = await Factory.CreateClient().GetAsync("/api/v1/health", TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
