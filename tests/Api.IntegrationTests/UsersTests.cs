using System.Net;
using System.Net.Http.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Users;
using HsWorks.Domain.Users;

namespace HsWorks.Api.IntegrationTests;

public sealed class UsersTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object NewUser(string username = "liisa.lahti", string accessLevel = "HelpdeskAgent", string password = "Temporary-Pass-1") =>
        new { username, displayName = "Liisa Lahti", accessLevel, password };

    [Fact]
    public async Task Administrator_creates_a_user_who_can_then_be_listed_and_fetched()
    {
        var admin = await Factory.AdminClientAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/users", NewUser(), Ct);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var created = await response.ReadAsync<UserDto>(Ct);
        response.Headers.Location!.ToString().Should().Be($"/api/v1/users/{created.Id}");
        created.Username.Should().Be("liisa.lahti");
        created.AccessLevel.Should().Be(AccessLevel.HelpdeskAgent);
        created.Enabled.Should().BeTrue();
        created.MustChangePassword.Should().BeTrue();

        var list = await (await admin.GetAsync("/api/v1/users", Ct)).ReadAsync<PagedResult<UserDto>>(Ct);
        list.Items.Select(u => u.Username).Should().BeEquivalentTo(["admin", "liisa.lahti"]);
        var fetched = await (await admin.GetAsync($"/api/v1/users/{created.Id}", Ct)).ReadAsync<UserDto>(Ct);
        fetched.Should().BeEquivalentTo(created, o => o.Excluding(u => u.CreatedAt));
    }

    [Fact]
    public async Task Administrator_updates_display_name_and_access_level()
    {
        var admin = await Factory.AdminClientAsync();
        var created = await (await admin.PostAsJsonAsync("/api/v1/users", NewUser(), Ct)).ReadAsync<UserDto>(Ct);

        var response = await admin.PutJsonAsync($"/api/v1/users/{created.Id}",
            new { displayName = "Liisa Lahti-Koski", accessLevel = "Supervisor", enabled = true }, null, Ct);

        var updated = await response.ReadAsync<UserDto>(Ct);
        updated.DisplayName.Should().Be("Liisa Lahti-Koski");
        updated.AccessLevel.Should().Be(AccessLevel.Supervisor);
        var fetched = await (await admin.GetAsync($"/api/v1/users/{created.Id}", Ct)).ReadAsync<UserDto>(Ct);
        fetched.AccessLevel.Should().Be(AccessLevel.Supervisor);
    }

    [Fact]
    public async Task A_duplicate_username_is_a_409_whatever_its_case()
    {
        var admin = await Factory.AdminClientAsync();
        (await admin.PostAsJsonAsync("/api/v1/users", NewUser("liisa.lahti"), Ct)).StatusCode.Should().Be(HttpStatusCode.Created);

        var problem = await (await admin.PostAsJsonAsync("/api/v1/users", NewUser("Liisa.Lahti"), Ct)).ProblemAsync(HttpStatusCode.Conflict, Ct);

        problem.ErrorFields().Should().Contain("username");
    }

    [Fact]
    public async Task Access_level_is_matched_case_insensitively()
    {
        var admin = await Factory.AdminClientAsync();

        var created = await (await admin.PostAsJsonAsync("/api/v1/users", NewUser(accessLevel: "helpdeskagent"), Ct)).ReadAsync<UserDto>(Ct);

        created.AccessLevel.Should().Be(AccessLevel.HelpdeskAgent);
    }

    [Theory]
    [InlineData("Janitor")]
    [InlineData("4")]
    public async Task An_unknown_access_level_is_a_400_naming_accessLevel(string accessLevel)
    {
        var admin = await Factory.AdminClientAsync();

        var problem = await (await admin.PostAsJsonAsync("/api/v1/users", NewUser(accessLevel: accessLevel), Ct)).ProblemAsync(HttpStatusCode.BadRequest, Ct);

        problem.ErrorFields().Should().Equal("accessLevel");
    }

    [Fact]
    public async Task A_short_password_is_a_400_naming_password_and_no_user_is_created()
    {
        var admin = await Factory.AdminClientAsync();

        var problem = await (await admin.PostAsJsonAsync("/api/v1/users", NewUser(password: "Short-1"), Ct)).ProblemAsync(HttpStatusCode.BadRequest, Ct);

        problem.ErrorFields().Should().Equal("password");
        var list = await (await admin.GetAsync("/api/v1/users", Ct)).ReadAsync<PagedResult<UserDto>>(Ct);
        list.TotalCount.Should().Be(1);
    }

    [Fact]
    public async Task Administrator_cannot_disable_their_own_account()
    {
        var session = await Factory.LoginAsync("admin", ApiFactory.AdminPassword);
        var admin = Factory.ClientWithToken(session.AccessToken);

        var response = await admin.PutJsonAsync($"/api/v1/users/{session.User.Id}",
            new { displayName = "Administrator", accessLevel = "Administrator", enabled = false }, null, Ct);

        await response.ProblemAsync(HttpStatusCode.Conflict, Ct);
        (await Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = ApiFactory.AdminPassword }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task There_is_no_self_registration()
    {
        var response = await Factory.CreateClient().PostAsJsonAsync("/api/v1/users", NewUser(), Ct);

        await response.ProblemAsync(HttpStatusCode.Unauthorized, Ct);
        (await Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username = "liisa.lahti", password = "Temporary-Pass-1" }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_user_id_is_a_404()
    {
        var admin = await Factory.AdminClientAsync();

        var problem = await (await admin.GetAsync($"/api/v1/users/{Guid.NewGuid()}", Ct)).ProblemAsync(HttpStatusCode.NotFound, Ct);

        problem.Str("type").Should().EndWith("/not-found");
    }
}
