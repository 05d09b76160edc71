using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Customers;
using HsWorks.Application.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cryptography.KeyDerivation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// Issue 10, items 5–7: what browsers are told (CSP, nosniff, no referrer, no caching, attachments),
/// the SPA's refresh cookie, throttled sign-in with per-address lockout, absolute session lifetime,
/// password hashing parameters, and the audiences of staff and partner tokens.
/// </summary>
public sealed class BrowserAndSignInTests(ApiFactory factory) : ApiTest(factory)
{
    private const string SameOrigin = "http://localhost";
    private const string CookieName = "__Secure-hsworks-refresh";

    private const string ExpectedCsp =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; media-src 'self' blob:; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The API with some settings changed (same database); requests come from 10.0.0.1 unless X-Test-Peer names another address.</summary>
    private WebApplicationFactory<Program> With(IDictionary<string, string> settings, TimeProvider? clock = null) =>
        Factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IStartupFilter, TestPeer>();
                if (clock is not null) services.AddSingleton(clock);
            });
        });

    private static HttpRequestMessage Post(string url, object? body = null, bool cookieMode = false, string? origin = SameOrigin,
        string? cookie = null, string? peer = null, string? forwardedFor = null, string? fetchSite = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body ?? new { }) };
        if (cookieMode) request.Headers.Add("X-Refresh-Cookie", "true");
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (cookie is not null) request.Headers.Add("Cookie", $"{CookieName}={cookie}");
        if (peer is not null) request.Headers.Add("X-Test-Peer", peer);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (fetchSite is not null) request.Headers.Add("Sec-Fetch-Site", fetchSite);
        return request;
    }

    private static HttpClient NoCookies(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    private static string? SetCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(v => v.StartsWith(CookieName + "=", StringComparison.Ordinal)) : null;

    private static string CookieValue(HttpResponseMessage response) =>
        SetCookie(response)!.Split(';')[0][(CookieName.Length + 1)..];

    private static Task<HttpResponseMessage> Login(HttpClient client, string username, string password, string? peer = null, string? forwardedFor = null) =>
        client.SendAsync(Post("/api/v1/auth/login", new { username, password }, peer: peer, forwardedFor: forwardedFor), Ct);

    private async Task<(string Username, string Password)> UserAsync()
    {
        var (_, user, password) = await Factory.UserClientAsync("HelpdeskAgent");
        return (user.Username, password);
    }

    private async Task<long> AuditCountAsync(string username)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM audit_records WHERE username = @u", connection);
        command.Parameters.AddWithValue("u", username);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    // --- item 5: headers -----------------------------------------------------------------------

    [Fact]
    public async Task The_spa_swagger_ui_and_api_answers_carry_the_csp_nosniff_and_no_referrer()
    {
        var client = Factory.CreateClient();
        var swaggerUi = await client.GetAsync("/swagger/index.html", Ct);
        swaggerUi.StatusCode.Should().Be(HttpStatusCode.OK);

        foreach (var response in new[]
                 {
                     await client.GetAsync("/", Ct), await client.GetAsync("/customers/some-spa-route", Ct), swaggerUi,
                     await client.GetAsync("/api/v1/auth/me", Ct), await client.GetAsync("/api/v1/health", Ct),
                 })
        {
            var path = response.RequestMessage!.RequestUri!.AbsolutePath;
            response.Headers.GetValues("Content-Security-Policy").Should().ContainSingle().Which.Should().Be(ExpectedCsp, path);
            response.Headers.GetValues("X-Content-Type-Options").Should().ContainSingle().Which.Should().Be("nosniff", path);
            response.Headers.GetValues("Referrer-Policy").Should().ContainSingle().Which.Should().Be("no-referrer", path);
        }
    }

    [Fact]
    public async Task Api_answers_with_personal_data_are_not_stored_by_caches_but_health_may_be()
    {
        var admin = await Factory.AdminClientAsync();
        await admin.CreatePersonAsync();

        var persons = await admin.GetAsync("/api/v1/persons", Ct);
        var refused = await Factory.CreateClient().GetAsync("/api/v1/persons", Ct);
        var health = await Factory.CreateClient().GetAsync("/api/v1/health", Ct);

        persons.Headers.CacheControl!.NoStore.Should().BeTrue();
        refused.Headers.CacheControl!.NoStore.Should().BeTrue();
        (health.Headers.CacheControl?.NoStore ?? false).Should().BeFalse();
    }

    [Fact]
    public async Task Swagger_ui_is_served_only_when_configured_and_keeps_no_token_in_local_storage()
    {
        var on = Factory.CreateClient();
        var config = await on.GetStringAsync("/swagger/index.js", Ct);
        config.Should().Contain("\"persistAuthorization\":false");

        var off = NoCookies(With(new Dictionary<string, string> { ["Swagger:UiEnabled"] = "false" }));
        (await off.GetAsync("/swagger/index.html", Ct)).StatusCode.Should().NotBe(HttpStatusCode.OK);
        (await off.GetAsync("/swagger/v1/swagger.json", Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_api_answers_only_the_configured_host_names()
    {
        var client = NoCookies(With(new Dictionary<string, string> { ["AllowedHosts"] = "crm.example.fi" }));

        (await client.GetAsync("/api/v1/health", Ct)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/health");
        request.Headers.Host = "crm.example.fi";
        (await client.SendAsync(request, Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_uploaded_recording_is_served_as_a_sandboxed_attachment()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync();
        var customer = await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id });
        byte[] wave = [.. "RIFF"u8.ToArray(), 36, 0, 0, 0, .. "WAVEfmt "u8.ToArray(), .. Enumerable.Range(0, 400).Select(i => (byte)i)];
        var file = new ByteArrayContent(wave);
        file.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        var recording = await (await admin.PostAsync($"/api/v1/customers/{customer.Id}/recordings",
            new MultipartFormDataContent { { file, "file", "call.wav" } }, Ct)).ReadAsync<RecordingDto>(Ct);

        var download = await admin.GetAsync($"/api/v1/recordings/{recording.Id}", Ct);

        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        download.Content.Headers.ContentDisposition.FileName!.Trim('"').Should().Be("call.wav");
        download.Headers.GetValues("Content-Security-Policy").Should().ContainSingle().Which.Should().Be("sandbox");
        download.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    // --- item 5: the SPA's refresh cookie --------------------------------------------------------

    [Fact]
    public async Task Cookie_mode_sets_a_secure_http_only_strict_cookie_for_the_auth_path_and_no_refresh_token_in_the_body()
    {
        var client = NoCookies(Factory);

        var response = await client.SendAsync(Post("/api/v1/auth/login", new { username = "admin", password = ApiFactory.AdminPassword }, cookieMode: true), Ct);

        var body = await response.ReadAsync<JsonElement>(Ct);
        body.GetProperty("accessToken").GetString().Should().NotBeNullOrEmpty();
        (body.TryGetProperty("refreshToken", out var token) ? token.ValueKind : JsonValueKind.Null).Should().Be(JsonValueKind.Null);
        var cookie = SetCookie(response)!;
        var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
        attributes.Should().Contain(["httponly", "secure", "samesite=strict", "path=/api/v1/auth"]);
        CookieValue(response).Should().NotBeNullOrEmpty();

        // The body mode of API clients and Swagger is unchanged.
        var bodyMode = await (await client.SendAsync(Post("/api/v1/auth/login", new { username = "admin", password = ApiFactory.AdminPassword }), Ct))
            .ReadAsync<LoginResult>(Ct);
        bodyMode.RefreshToken.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task The_cookie_refreshes_and_signs_out_only_from_the_same_origin()
    {
        var client = NoCookies(Factory);
        var login = await client.SendAsync(Post("/api/v1/auth/login", new { username = "admin", password = ApiFactory.AdminPassword }, cookieMode: true), Ct);
        var cookie = CookieValue(login);

        await (await client.SendAsync(Post("/api/v1/auth/refresh", cookieMode: true, cookie: cookie, origin: "https://evil.example"), Ct))
            .ProblemAsync(HttpStatusCode.Forbidden, Ct);
        await (await client.SendAsync(Post("/api/v1/auth/refresh", cookieMode: true, cookie: cookie, origin: null, fetchSite: "cross-site"), Ct))
            .ProblemAsync(HttpStatusCode.Forbidden, Ct);
        await (await client.SendAsync(Post("/api/v1/auth/refresh", cookieMode: true, cookie: cookie, origin: null), Ct))
            .ProblemAsync(HttpStatusCode.Forbidden, Ct);
        await (await client.SendAsync(Post("/api/v1/auth/login", new { username = "admin", password = ApiFactory.AdminPassword }, cookieMode: true,
            origin: "https://evil.example"), Ct)).ProblemAsync(HttpStatusCode.Forbidden, Ct);

        var refreshed = await client.SendAsync(Post("/api/v1/auth/refresh", cookieMode: true, cookie: cookie, origin: null, fetchSite: "same-origin"), Ct);
        var session = await refreshed.ReadAsync<LoginResult>(Ct);
        session.RefreshToken.Should().BeNull();
        var next = CookieValue(refreshed);
        next.Should().NotBe(cookie);

        var signOut = Post("/api/v1/auth/logout", cookieMode: true, cookie: next, origin: "https://evil.example");
        signOut.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        await (await client.SendAsync(signOut, Ct)).ProblemAsync(HttpStatusCode.Forbidden, Ct);
        signOut = Post("/api/v1/auth/logout", cookieMode: true, cookie: next);
        signOut.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        var signedOut = await client.SendAsync(signOut, Ct);
        signedOut.StatusCode.Should().Be(HttpStatusCode.NoContent);
        SetCookie(signedOut).Should().Contain("expires=Thu, 01 Jan 1970");
        await (await client.SendAsync(Post("/api/v1/auth/refresh", cookieMode: true, cookie: next), Ct)).ProblemAsync(HttpStatusCode.Unauthorized, Ct);
    }

    [Fact]
    public async Task Two_tabs_refreshing_at_once_with_the_same_cookie_both_keep_the_session()
    {
        var client = NoCookies(Factory);
        var login = await client.SendAsync(Post("/api/v1/auth/login", new { username = "admin", password = ApiFactory.AdminPassword }, cookieMode: true), Ct);
        var cookie = CookieValue(login);

        var both = await Task.WhenAll(
            client.SendAsync(Post("/api/v1/auth/refresh", cookieMode: true, cookie: cookie), Ct),
            client.SendAsync(Post("/api/v1/auth/refresh", cookieMode: true, cookie: cookie), Ct));

        both.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        foreach (var response in both)
            (await client.SendAsync(Post("/api/v1/auth/refresh", cookieMode: true, cookie: CookieValue(response)), Ct)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_spent_cookie_presented_after_the_grace_window_revokes_the_family()
    {
        var clock = new ShiftedClock();
        var client = NoCookies(With(new Dictionary<string, string>(), clock));
        var login = await client.SendAsync(Post("/api/v1/auth/login", new { username = "admin", password = ApiFactory.AdminPassword }, cookieMode: true), Ct);
        var first = CookieValue(login);
        var second = CookieValue(await client.SendAsync(Post("/api/v1/auth/refresh", cookieMode: true, cookie: first), Ct));

        clock.Advance(TimeSpan.FromMinutes(2));

        await (await client.SendAsync(Post("/api/v1/auth/refresh", cookieMode: true, cookie: first), Ct)).ProblemAsync(HttpStatusCode.Unauthorized, Ct);
        await (await client.SendAsync(Post("/api/v1/auth/refresh", cookieMode: true, cookie: second), Ct)).ProblemAsync(HttpStatusCode.Unauthorized, Ct);
    }

    // --- item 6: throttling and lockout ----------------------------------------------------------

    [Fact]
    public async Task A_burst_of_sign_ins_from_one_address_answers_429_with_retry_after_and_other_addresses_go_on()
    {
        var client = NoCookies(With(new Dictionary<string, string> { ["SignIn:AddressPermitLimit"] = "3", ["SignIn:AddressWindowSeconds"] = "60" }));
        for (var i = 0; i < 3; i++)
            (await Login(client, "nobody-here", "Wrong-Password-1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var throttled = await Login(client, "nobody-here", "Wrong-Password-1");

        var problem = await throttled.ProblemAsync(HttpStatusCode.TooManyRequests, Ct);
        problem.Str("type").Should().EndWith("/too-many-requests");
        throttled.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        (await Login(client, "admin", ApiFactory.AdminPassword, peer: "192.0.2.44")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Failures_for_one_user_name_from_many_addresses_answer_429_and_the_throttled_call_is_not_audited()
    {
        var (username, password) = await UserAsync();
        var client = NoCookies(With(new Dictionary<string, string> { ["SignIn:NameFailureLimit"] = "3", ["SignIn:NameWindowSeconds"] = "120" }));
        for (var i = 0; i < 3; i++)
            (await Login(client, username, "Wrong-Password-1", peer: $"198.51.100.{i + 1}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var audited = await AuditCountAsync(username);

        var throttled = await Login(client, username, password, peer: "198.51.100.99");

        await throttled.ProblemAsync(HttpStatusCode.TooManyRequests, Ct);
        throttled.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 120);
        (await AuditCountAsync(username)).Should().Be(audited);
    }

    [Fact]
    public async Task Failures_for_one_client_id_answer_429_at_the_token_endpoint()
    {
        var client = NoCookies(With(new Dictionary<string, string> { ["SignIn:NameFailureLimit"] = "2", ["SignIn:NameWindowSeconds"] = "120" }));
        HttpRequestMessage Token(string peer)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials", ["client_id"] = "hsw_guessed", ["client_secret"] = "wrong",
                }),
            };
            request.Headers.Add("X-Test-Peer", peer);
            return request;
        }
        for (var i = 0; i < 2; i++)
            (await client.SendAsync(Token($"198.51.100.{i + 1}"), Ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var throttled = await client.SendAsync(Token("198.51.100.50"), Ct);

        await throttled.ProblemAsync(HttpStatusCode.TooManyRequests, Ct);
        throttled.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 120);
    }

    [Fact]
    public async Task A_lockout_holds_on_the_address_it_happened_on_and_not_elsewhere()
    {
        var (username, password) = await UserAsync();
        // Behind the trusted proxy 10.0.0.1, the client's address comes from X-Forwarded-For.
        var client = NoCookies(With(new Dictionary<string, string> { ["ReverseProxy:KnownProxies"] = "10.0.0.1" }));
        for (var i = 0; i < 5; i++)
            (await Login(client, username, "Wrong-Password-1", forwardedFor: "203.0.113.5")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        (await Login(client, username, password, forwardedFor: "203.0.113.5")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Login(client, username, password, forwardedFor: "198.51.100.7")).StatusCode.Should().Be(HttpStatusCode.OK);

        // IPv6 by /64: another address of the same /64 is the same place.
        for (var i = 0; i < 5; i++)
            (await Login(client, username, "Wrong-Password-1", forwardedFor: "2001:db8:1:2::10")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Login(client, username, password, forwardedFor: "2001:db8:1:2::99")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Login(client, username, password, forwardedFor: "2001:db8:1:3::1")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Forwarded_addresses_are_believed_only_from_a_trusted_proxy()
    {
        var (username, password) = await UserAsync();
        // The request comes from 10.0.0.1, which is not the configured proxy: X-Forwarded-For is ignored.
        var client = NoCookies(With(new Dictionary<string, string> { ["ReverseProxy:KnownProxies"] = "10.0.0.9" }));
        for (var i = 0; i < 5; i++)
            (await Login(client, username, "Wrong-Password-1", forwardedFor: "203.0.113.5")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        (await Login(client, username, password, forwardedFor: "198.51.100.7")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    // --- item 7: session lifetime, hashing, concurrency --------------------------------------------

    [Fact]
    public async Task A_session_ends_after_its_absolute_lifetime_however_often_it_is_refreshed()
    {
        var clock = new ShiftedClock();
        var client = NoCookies(With(new Dictionary<string, string>(), clock));
        var session = await (await Login(client, "admin", ApiFactory.AdminPassword)).ReadAsync<LoginResult>(Ct);

        // Refreshed on days 13 and 26: each refresh alone would last 14 more days.
        for (var i = 0; i < 2; i++)
        {
            clock.Advance(TimeSpan.FromDays(13));
            session = await (await client.SendAsync(Post("/api/v1/auth/refresh", new { refreshToken = session.RefreshToken }), Ct)).ReadAsync<LoginResult>(Ct);
        }
        clock.Advance(TimeSpan.FromDays(5));

        await (await client.SendAsync(Post("/api/v1/auth/refresh", new { refreshToken = session.RefreshToken }), Ct)).ProblemAsync(HttpStatusCode.Unauthorized, Ct);
    }

    [Fact]
    public async Task An_old_password_hash_is_upgraded_to_pbkdf2_sha512_with_210000_iterations_at_sign_in()
    {
        var (username, password) = await UserAsync();
        var old = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions { IterationCount = 10_000 })).HashPassword(new object(), password);
        await using (var connection = new NpgsqlConnection(Factory.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var update = new NpgsqlCommand("UPDATE users SET password_hash = @h WHERE username = @u", connection);
            update.Parameters.AddWithValue("h", old);
            update.Parameters.AddWithValue("u", username);
            (await update.ExecuteNonQueryAsync(Ct)).Should().Be(1);
        }

        (await Login(Factory.CreateClient(), username, password)).StatusCode.Should().Be(HttpStatusCode.OK);

        string stored;
        await using (var connection = new NpgsqlConnection(Factory.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var select = new NpgsqlCommand("SELECT password_hash FROM users WHERE username = @u", connection);
            select.Parameters.AddWithValue("u", username);
            stored = (string)(await select.ExecuteScalarAsync(Ct))!;
        }
        var bytes = Convert.FromBase64String(stored);
        bytes[0].Should().Be(0x01, "the Identity V3 format");
        System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)).Should().Be((uint)KeyDerivationPrf.HMACSHA512);
        System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)).Should().Be(210_000u);
        (await Login(Factory.CreateClient(), username, password)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_flood_of_sign_ins_beyond_the_queue_answers_503_with_retry_after()
    {
        var client = NoCookies(With(new Dictionary<string, string> { ["SignIn:ConcurrentSignIns"] = "1", ["SignIn:QueuedSignIns"] = "0" }));

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Login(client, "admin", ApiFactory.AdminPassword)));

        answers.Should().Contain(a => a.StatusCode == HttpStatusCode.OK);
        var busy = answers.Where(a => a.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        busy.Should().NotBeEmpty();
        busy[0].Headers.RetryAfter!.Delta.Should().BeGreaterThan(TimeSpan.Zero);
        (await busy[0].ProblemAsync(HttpStatusCode.ServiceUnavailable, Ct)).Str("type").Should().EndWith("/service-busy");
    }

    // --- item 5: token audiences and the pinned algorithm --------------------------------------------

    [Fact]
    public async Task Partner_tokens_have_their_own_audience_and_staff_and_partner_endpoints_refuse_each_others_tokens()
    {
        var admin = await Factory.AdminClientAsync();
        var recipient = await (await admin.PostAsJsonAsync("/api/v1/recipients", new
        {
            name = "Audience Oy", type = "partner", country = "FI", purposes = new[] { "partnerMarketing" }, dataCategories = new[] { "basic" },
            agreementReference = "Agreement 2026-1", agreementDate = "2026-01-01",
        }, Ct)).ReadAsync<JsonElement>(Ct);
        var apiClient = await (await admin.PostAsJsonAsync("/api/v1/api-clients",
            new { recipientId = recipient.Str("id"), name = "Integration", scopes = new[] { "persons.read" } }, Ct)).ReadAsync<JsonElement>(Ct);
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = apiClient.Str("clientId"), ["client_secret"] = apiClient.Str("clientSecret"),
            }),
        };
        var partnerToken = (await (await Factory.CreateClient().SendAsync(tokenRequest, Ct)).ReadAsync<JsonElement>(Ct)).Str("access_token");
        var staff = await Factory.LoginAsync("admin", ApiFactory.AdminPassword);

        new JsonWebToken(partnerToken).Audiences.Should().Equal("hsworks-partner-api");
        new JsonWebToken(staff.AccessToken).Audiences.Should().Equal("hsworks-api");
        (await Factory.ClientWithToken(partnerToken).GetAsync("/api/v1/persons", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Factory.ClientWithToken(staff.AccessToken).GetAsync("/api/v1/partner/persons", Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // A token with staff claims but the partner audience is no staff token.
        (await Factory.ClientWithToken(Forge(staff.User.Id, "hsworks-partner-api", SecurityAlgorithms.HmacSha256)).GetAsync("/api/v1/persons", Ct))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Token_validation_accepts_only_the_pinned_algorithm()
    {
        var staff = await Factory.LoginAsync("admin", ApiFactory.AdminPassword);

        (await Factory.ClientWithToken(Forge(staff.User.Id, "hsworks-api", SecurityAlgorithms.HmacSha256)).GetAsync("/api/v1/auth/me", Ct))
            .StatusCode.Should().Be(HttpStatusCode.OK, "a correctly made token is accepted, so the refusal below is the algorithm's");
        (await Factory.ClientWithToken(Forge(staff.User.Id, "hsworks-api", SecurityAlgorithms.HmacSha384)).GetAsync("/api/v1/auth/me", Ct))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    /// <summary>An administrator's token signed with this run's key, with the audience and algorithm given.</summary>
    private string Forge(Guid adminId, string audience, string algorithm)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "hsworks",
            Audience = audience,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = adminId.ToString(), ["unique_name"] = "admin", ["jti"] = Guid.NewGuid().ToString(), ["access_level"] = "Administrator",
            },
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(Factory.SigningKey)), algorithm),
        });
    }

    /// <summary>The real clock moved forward by the test.</summary>
    private sealed class ShiftedClock : TimeProvider
    {
        private TimeSpan offset;

        public void Advance(TimeSpan by) => offset += by;

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }

    /// <summary>Sets the connection's address as a network would: 10.0.0.1, or the X-Test-Peer header's.</summary>
    private sealed class TestPeer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers["X-Test-Peer"].FirstOrDefault() ?? "10.0.0.1");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
