using System.Net;
using System.Net.Http.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Users;

namespace HsWorks.Api.IntegrationTests;

public sealed class AuthTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage> Login(string username, string password) =>
        Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username, password }, Ct);

    private Task<HttpResponseMessage> Refresh(string? refreshToken) =>
        Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken }, Ct);

    [Fact]
    public async Task Sign_in_returns_an_access_token_a_refresh_token_and_its_lifetime()
    {
        var response = await Login("admin", ApiFactory.AdminPassword);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.JsonAsync(Ct);
        body.Str("accessToken").Should().NotBeNullOrWhiteSpace();
        body.Str("refreshToken").Should().NotBeNullOrWhiteSpace();
        body.GetProperty("expiresIn").GetInt32().Should().BePositive();
        body.Str("tokenType").Should().Be("Bearer");
        body.GetProperty("mustChangePassword").GetBoolean().Should().BeFalse();

        var me = await Factory.ClientWithToken(body.Str("accessToken")).GetAsync("/api/v1/auth/me", Ct);
        (await me.JsonAsync(Ct)).Str("username").Should().Be("admin");
    }

    /// <summary>Several API instances behind a load balancer (issue 14): nothing of a session lives in one instance's memory.</summary>
    [Fact]
    public async Task A_session_signed_in_on_one_instance_is_refreshed_on_another_and_both_take_its_tokens()
    {
        await using var other = Factory.WithWebHostBuilder(_ => { });
        var login = await (await Login("admin", ApiFactory.AdminPassword)).JsonAsync(Ct);

        var refreshed = await other.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = login.Str("refreshToken") }, Ct);
        refreshed.StatusCode.Should().Be(HttpStatusCode.OK);
        var session = await refreshed.JsonAsync(Ct);
        (await Factory.ClientWithToken(session.Str("accessToken")).GetAsync("/api/v1/auth/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        var otherClient = other.CreateClient();
        otherClient.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", login.Str("accessToken"));
        (await otherClient.GetAsync("/api/v1/auth/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await Refresh(session.Str("refreshToken"))).StatusCode.Should().Be(HttpStatusCode.OK, "the rotated token refreshes on the first instance");
        (await other.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = login.Str("refreshToken") }, Ct)).StatusCode
            .Should().Be(HttpStatusCode.Unauthorized, "a spent refresh token is spent on every instance");
    }

    [Fact]
    public async Task Username_is_matched_case_insensitively_at_sign_in()
    {
        var response = await Login("  ADMIN ", ApiFactory.AdminPassword);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_401()
    {
        var wrongPassword = await (await Login("admin", "Not-The-Password-1")).ProblemAsync(HttpStatusCode.Unauthorized, Ct);
        var unknownUser = await (await Login("nobody-here", "Not-The-Password-1")).ProblemAsync(HttpStatusCode.Unauthorized, Ct);

        wrongPassword.Str("type").Should().Be(unknownUser.Str("type")).And.EndWith("/unauthorized");
        wrongPassword.Str("title").Should().Be(unknownUser.Str("title"));
        wrongPassword.Str("detail").Should().Be(unknownUser.Str("detail"));
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_so_even_the_right_password_is_refused_alike()
    {
        var (_, user, password) = await Factory.UserClientAsync("HelpdeskAgent");
        var firstFailure = await (await Login(user.Username, "Wrong-Password-1")).ProblemAsync(HttpStatusCode.Unauthorized, Ct);
        for (var i = 0; i < 4; i++)
            (await Login(user.Username, "Wrong-Password-1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var locked = await (await Login(user.Username, password)).ProblemAsync(HttpStatusCode.Unauthorized, Ct);

        locked.Str("type").Should().Be(firstFailure.Str("type"));
        locked.Str("detail").Should().Be(firstFailure.Str("detail"));
        var admin = await Factory.AdminClientAsync();
        var stored = await (await admin.GetAsync($"/api/v1/users/{user.Id}", Ct)).ReadAsync<UserDto>(Ct);
        stored.LockedUntil.Should().BeAfter(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Four_failed_sign_ins_do_not_lock_the_account()
    {
        var (_, user, password) = await Factory.UserClientAsync("HelpdeskAgent");
        for (var i = 0; i < 4; i++)
            (await Login(user.Username, "Wrong-Password-1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        (await Login(user.Username, password)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_administrator_password_reset_unlocks_a_locked_account()
    {
        var (_, user, _) = await Factory.UserClientAsync("HelpdeskAgent");
        for (var i = 0; i < 5; i++) await Login(user.Username, "Wrong-Password-1");
        var admin = await Factory.AdminClientAsync();

        var reset = await admin.PostAsJsonAsync($"/api/v1/users/{user.Id}/reset-password", new { password = "Reset-By-Admin-1" }, Ct);

        reset.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var signedIn = await (await Login(user.Username, "Reset-By-Admin-1")).ReadAsync<LoginResult>(Ct);
        signedIn.MustChangePassword.Should().BeTrue();
    }

    [Fact]
    public async Task Refresh_rotates_the_token_and_the_new_one_works_while_the_old_one_is_spent()
    {
        var first = await Factory.LoginAsync("admin", ApiFactory.AdminPassword);

        var second = await (await Refresh(first.RefreshToken)).ReadAsync<LoginResult>(Ct);

        second.RefreshToken.Should().NotBe(first.RefreshToken);
        (await Factory.ClientWithToken(second.AccessToken).GetAsync("/api/v1/auth/me", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        var third = await Refresh(second.RefreshToken);
        third.StatusCode.Should().Be(HttpStatusCode.OK);
        await (await Refresh(first.RefreshToken)).ProblemAsync(HttpStatusCode.Unauthorized, Ct);
    }

    [Fact]
    public async Task Reusing_a_spent_refresh_token_revokes_the_whole_family()
    {
        var first = await Factory.LoginAsync("admin", ApiFactory.AdminPassword);
        var second = await (await Refresh(first.RefreshToken)).ReadAsync<LoginResult>(Ct);

        (await Refresh(first.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        // The newest token of the family was never used, yet it is now refused too.
        await (await Refresh(second.RefreshToken)).ProblemAsync(HttpStatusCode.Unauthorized, Ct);
    }

    [Fact]
    public async Task Reuse_revokes_only_its_own_family_not_other_sessions()
    {
        var stolen = await Factory.LoginAsync("admin", ApiFactory.AdminPassword);
        var otherSession = await Factory.LoginAsync("admin", ApiFactory.AdminPassword);
        await (await Refresh(stolen.RefreshToken)).ReadAsync<LoginResult>(Ct);

        (await Refresh(stolen.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        (await Refresh(otherSession.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Logout_revokes_the_refresh_token()
    {
        var session = await Factory.LoginAsync("admin", ApiFactory.AdminPassword);
        var client = Factory.ClientWithToken(session.AccessToken);

        var logout = await client.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = session.RefreshToken }, Ct);

        logout.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await Refresh(session.RefreshToken)).ProblemAsync(HttpStatusCode.Unauthorized, Ct);
    }

    [Fact]
    public async Task A_new_user_must_change_the_password_before_doing_anything_else()
    {
        var admin = await Factory.AdminClientAsync();
        (await admin.PostAsJsonAsync("/api/v1/users",
            new { username = "newbie", displayName = "New Bie", accessLevel = "HelpdeskAgent", password = "Temporary-Pass-1" }, Ct))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        var first = await Factory.LoginAsync("newbie", "Temporary-Pass-1");
        first.MustChangePassword.Should().BeTrue();
        var client = Factory.ClientWithToken(first.AccessToken);
        var refused = await (await client.GetAsync("/api/v1/persons", Ct)).ProblemAsync(HttpStatusCode.Forbidden, Ct);
        refused.Str("type").Should().EndWith("password-change-required");

        var changed = await (await client.PostAsJsonAsync("/api/v1/auth/change-password",
            new { currentPassword = "Temporary-Pass-1", newPassword = "Chosen-By-Me-42" }, Ct)).ReadAsync<LoginResult>(Ct);

        changed.MustChangePassword.Should().BeFalse();
        (await Factory.ClientWithToken(changed.AccessToken).GetAsync("/api/v1/persons", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Login("newbie", "Temporary-Pass-1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Login("newbie", "Chosen-By-Me-42")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Change_password_with_a_wrong_current_password_is_a_400_naming_currentPassword()
    {
        var session = await Factory.LoginAsync("admin", ApiFactory.AdminPassword);

        var response = await Factory.ClientWithToken(session.AccessToken).PostAsJsonAsync("/api/v1/auth/change-password",
            new { currentPassword = "Not-The-Password-1", newPassword = "Another-Passphrase-7" }, Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, Ct);
        problem.ErrorFields().Should().Contain("currentPassword");
        (await Login("admin", ApiFactory.AdminPassword)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Change_password_ends_the_other_sessions()
    {
        var other = await Factory.LoginAsync("admin", ApiFactory.AdminPassword);
        var session = await Factory.LoginAsync("admin", ApiFactory.AdminPassword);

        (await Factory.ClientWithToken(session.AccessToken).PostAsJsonAsync("/api/v1/auth/change-password",
            new { currentPassword = ApiFactory.AdminPassword, newPassword = "Another-Passphrase-7" }, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await Refresh(other.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_its_refresh_token_fails()
    {
        var (_, user, password) = await Factory.UserClientAsync("HelpdeskAgent");
        var session = await Factory.LoginAsync(user.Username, password);
        var admin = await Factory.AdminClientAsync();

        var disabled = await admin.PutJsonAsync($"/api/v1/users/{user.Id}",
            new { displayName = user.DisplayName, accessLevel = "HelpdeskAgent", enabled = false }, null, Ct);

        disabled.StatusCode.Should().Be(HttpStatusCode.OK);
        await (await Login(user.Username, password)).ProblemAsync(HttpStatusCode.Unauthorized, Ct);
        await (await Refresh(session.RefreshToken)).ProblemAsync(HttpStatusCode.Unauthorized, Ct);
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_current_access_token_at_once()
    {
        var (agent, user, _) = await Factory.UserClientAsync("HelpdeskAgent");
        (await agent.GetAsync("/api/v1/persons", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
        var admin = await Factory.AdminClientAsync();

        await admin.PutJsonAsync($"/api/v1/users/{user.Id}",
            new { displayName = user.DisplayName, accessLevel = "HelpdeskAgent", enabled = false }, null, Ct);

        await (await agent.GetAsync("/api/v1/persons", Ct)).ProblemAsync(HttpStatusCode.Unauthorized, Ct);
    }

    [Fact]
    public async Task A_lowered_access_level_applies_to_the_current_access_token_at_once()
    {
        var (supervisor, user, _) = await Factory.UserClientAsync("Supervisor");
        var admin = await Factory.AdminClientAsync();

        await admin.PutJsonAsync($"/api/v1/users/{user.Id}",
            new { displayName = user.DisplayName, accessLevel = "Auditor", enabled = true }, null, Ct);

        await (await supervisor.PostAsync("/api/v1/persons", System.Net.Http.Json.JsonContent.Create(TestData.PersonBody()), Ct))
            .ProblemAsync(HttpStatusCode.Unauthorized, Ct);
    }

    [Fact]
    public async Task A_request_without_a_token_is_a_401_problem()
    {
        var problem = await (await Factory.CreateClient().GetAsync("/api/v1/persons", Ct)).ProblemAsync(HttpStatusCode.Unauthorized, Ct);
        problem.Str("type").Should().EndWith("/unauthorized");
    }
}
