using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Disclosures;
using HsWorks.Infrastructure.Disclosures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using HsWorks.Domain.Disclosures;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// Webhooks (issue 10, item 11): addresses notices would never reach are refused when a recipient
/// is registered or edited; recipients are edited with history and their secrets rotated; the
/// dispatcher holds no row lock while a receiver is slow and never reads more than a small answer.
/// </summary>
public sealed class WebhookTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Lock ProductionLock = new();
    private static WebApplicationFactory<Program>? production;

    /// <summary>The API as deployed: private networks not allowed (the test fixture allows them for its loopback receivers).</summary>
    private WebApplicationFactory<Program> Production()
    {
        lock (ProductionLock)
            return production ??= Factory.WithWebHostBuilder(b => b.UseSetting("Webhooks:AllowPrivateNetworks", "false"));
    }

    private async Task<HttpClient> ProductionAdminAsync(string language = "en")
    {
        var client = Production().CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = ApiFactory.AdminPassword }, Ct);
        var token = (await login.JsonAsync(Ct)).Str("accessToken");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return client;
    }

    private static object Recipient(string name, string? webhookUrl, string? contact = null) => new
    {
        name, type = "processor", country = "FI", contact, purposes = new[] { "customerService" }, dataCategories = new[] { "basic" },
        agreementReference = "DPA 2026-7", agreementDate = "2026-01-01", transferSafeguard = (object?)null, webhookUrl,
    };

    private static async Task<RecipientDto> RegisterAsync(HttpClient admin, object body)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/recipients", body, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<RecipientDto>(HttpTestExtensions.Web, Ct))!;
    }

    [Theory]
    [InlineData("http://93.184.215.14/hook", "HTTPS")]
    [InlineData("https://127.0.0.1/hook", "127.0.0.1 is a loopback address")]
    [InlineData("https://localhost:8443/hook", "localhost is a loopback address")]
    [InlineData("https://[::1]/hook", "::1 is a loopback address")]
    [InlineData("https://10.1.2.3/hook", "10.1.2.3 is in a private network (RFC 1918)")]
    [InlineData("https://192.168.0.10/hook", "192.168.0.10 is in a private network (RFC 1918)")]
    [InlineData("https://169.254.10.1/hook", "169.254.10.1 is a link-local address")]
    [InlineData("https://[fe80::1]/hook", "fe80::1 is a link-local address")]
    [InlineData("https://100.64.1.1/hook", "100.64.1.1 is in the carrier-grade NAT range")]
    [InlineData("https://[fc00::1]/hook", "fc00::1 is an IPv6 unique local address")]
    [InlineData("https://0.0.0.0/hook", "0.0.0.0 is an unspecified address")]
    [InlineData("https://[::]/hook", ":: is an unspecified address")]
    [InlineData("https://224.0.0.1/hook", "224.0.0.1 is a multicast address")]
    [InlineData("https://255.255.255.255/hook", "255.255.255.255 is a broadcast address")]
    [InlineData("https://169.254.169.254/latest/meta-data/", "169.254.169.254 is a cloud metadata service")]
    [InlineData("https://[fd00:ec2::254]/", "fd00:ec2::254 is a cloud metadata service")]
    [InlineData("https://metadata.google.internal/computeMetadata/v1/", "metadata.google.internal is a cloud metadata service")]
    [InlineData("https://[::ffff:10.0.0.1]/hook", "is in a private network (RFC 1918)")]
    [InlineData("https://[::ffff:169.254.169.254]/hook", "is a cloud metadata service")]
    [InlineData("https://[2002:7f00:1::1]/hook", "2002:7f00:1::1 is a loopback address")]
    [InlineData("https://[2002:c0a8:101::1]/hook", "2002:c0a8:101::1 is in a private network (RFC 1918)")]
    [InlineData("https://[64:ff9b::808:808]/hook", "is a NAT64 address")]
    [InlineData("https://[2001:0:4136:e378::1]/hook", "is a Teredo tunnel address")]
    [InlineData("https://192.0.2.10/hook", "192.0.2.10 is a reserved or documentation address")]
    [InlineData("https://no-such-host.invalid/hook", "no-such-host.invalid does not resolve to any address")]
    public async Task A_webhook_url_notices_would_never_reach_is_refused_at_registration_with_the_reason(string url, string reason)
    {
        var admin = await ProductionAdminAsync();

        var problem = await (await admin.PostAsJsonAsync("/api/v1/recipients", Recipient("Käsittelijä Oy", url), Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, Ct);

        problem.ErrorFields().Should().Equal("webhookUrl");
        problem.GetProperty("errors").GetProperty("webhookUrl")[0].GetString().Should().Contain(reason);
        (await admin.GetFromJsonAsync<List<RecipientDto>>("/api/v1/recipients", HttpTestExtensions.Web, Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_public_https_address_is_accepted_and_the_reason_of_a_refusal_is_in_the_callers_language()
    {
        var admin = await ProductionAdminAsync();
        var accepted = await RegisterAsync(admin, Recipient("Julkinen Oy", "https://93.184.215.14/hsworks/notices"));
        accepted.WebhookUrl.Should().Be("https://93.184.215.14/hsworks/notices");
        accepted.WebhookSecret.Should().StartWith("whsec_");
        (await RegisterAsync(admin, Recipient("Julkinen IPv6 Oy", "https://[2606:4700:4700::1111]/hook"))).WebhookSecret.Should().NotBeNull();

        var finnish = await ProductionAdminAsync("fi");
        var fi = await (await finnish.PostAsJsonAsync("/api/v1/recipients", Recipient("Sisäinen Oy", "https://10.0.0.5/hook"), Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, Ct);
        fi.GetProperty("errors").GetProperty("webhookUrl")[0].GetString().Should()
            .Be("10.0.0.5 on yksityisessä verkossa (RFC 1918): webhookit toimitetaan vain julkisiin osoitteisiin.");
        var swedish = await ProductionAdminAsync("sv");
        var sv = await (await swedish.PostAsJsonAsync("/api/v1/recipients", Recipient("Intern Ab", "https://169.254.169.254/"), Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, Ct);
        sv.GetProperty("errors").GetProperty("webhookUrl")[0].GetString().Should().Contain("metadatatjänst");
    }

    [Fact]
    public async Task An_edit_is_checked_like_a_registration()
    {
        var admin = await ProductionAdminAsync();
        var recipient = await RegisterAsync(admin, Recipient("Julkinen Oy", "https://93.184.215.14/hook"));
        var etag = (await admin.GetAsync($"/api/v1/recipients/{recipient.Id}", Ct)).ETag();

        var problem = await (await admin.PutJsonAsync($"/api/v1/recipients/{recipient.Id}", Recipient("Julkinen Oy", "https://[::ffff:127.0.0.1]/hook"), etag, Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, Ct);

        problem.GetProperty("errors").GetProperty("webhookUrl")[0].GetString().Should().Contain("is a loopback address");
        (await admin.GetFromJsonAsync<RecipientDto>($"/api/v1/recipients/{recipient.Id}", HttpTestExtensions.Web, Ct))!.WebhookUrl.Should().Be("https://93.184.215.14/hook");
    }

    [Fact]
    public async Task Allowing_private_networks_for_tests_is_honoured_at_registration_but_never_for_metadata_services()
    {
        var admin = await Factory.AdminClientAsync();
        (await RegisterAsync(admin, Recipient("Testivastaanotin Oy", "http://127.0.0.1:9/hook"))).WebhookSecret.Should().NotBeNull();
        var problem = await (await admin.PostAsJsonAsync("/api/v1/recipients", Recipient("Metadata Oy", "https://169.254.169.254/"), Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, Ct);
        problem.GetProperty("errors").GetProperty("webhookUrl")[0].GetString().Should().Contain("cloud metadata service");
    }

    [Fact]
    public async Task The_dispatcher_checks_the_address_again_when_it_connects()
    {
        // Registered where loopback was allowed; delivered by a dispatcher where it is not (as if DNS had changed since).
        var productionDispatcher = Production().Services.GetRequiredService<WebhookDispatcher>();
        var admin = await Factory.AdminClientAsync();
        using var receiver = new WebhookReceiver();
        var recipient = await RegisterAsync(admin, Recipient("Muuttunut Oy", receiver.Url));
        await NoticeForAsync(admin, recipient.Id);

        // The production host's own background pass may be the one that takes it; either way one attempt is recorded.
        await productionDispatcher.DispatchDueAsync(Ct);
        async Task<RecipientNoticeDto> Notice() =>
            (await admin.GetFromJsonAsync<List<RecipientNoticeDto>>($"/api/v1/recipients/{recipient.Id}/notices", HttpTestExtensions.Web, Ct))!.Single();
        var notice = await Notice();
        for (var i = 0; i < 100 && notice.Attempts == 0; i++)
        {
            await Task.Delay(200, Ct);
            notice = await Notice();
        }

        receiver.Received.Should().BeEmpty();
        notice.Should().Match<RecipientNoticeDto>(n => n.DeliveredAt == null && n.Attempts == 1
            && n.LastResult == "Refused: the address is not a public address (loopback)");
    }

    [Fact]
    public async Task An_edit_needs_the_current_ETag_and_is_kept_in_the_history()
    {
        var (dpo, dpoUser, _) = await Factory.UserClientAsync("DataProtectionOfficer");
        var recipient = await RegisterAsync(dpo, Recipient("Käsittelijä Oy", webhookUrl: null, contact: "tietosuoja@kasittelija.example"));
        var read = await dpo.GetAsync($"/api/v1/recipients/{recipient.Id}", Ct);
        var etag = read.ETag();
        etag.Should().Be($"\"{recipient.Version}\"");

        (await dpo.PutJsonAsync($"/api/v1/recipients/{recipient.Id}", Recipient("Käsittelijä Oy", null), ifMatch: null, Ct))
            .StatusCode.Should().Be((HttpStatusCode)428);
        var edited = await dpo.PutJsonAsync($"/api/v1/recipients/{recipient.Id}",
            Recipient("Käsittelijä Abp", webhookUrl: null, contact: "dpo@kasittelija.example"), etag, Ct);
        edited.StatusCode.Should().Be(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync(Ct));
        edited.ETag().Should().NotBe(etag);
        var stale = await dpo.PutJsonAsync($"/api/v1/recipients/{recipient.Id}", Recipient("Vanha nimi Oy", null), etag, Ct);
        (await stale.ProblemAsync(HttpStatusCode.PreconditionFailed, Ct)).Should().NotBeNull();
        (await dpo.GetFromJsonAsync<RecipientDto>($"/api/v1/recipients/{recipient.Id}", HttpTestExtensions.Web, Ct))!.Name.Should().Be("Käsittelijä Abp");

        var history = await dpo.GetFromJsonAsync<List<RecipientVersionDto>>($"/api/v1/recipients/{recipient.Id}/history", HttpTestExtensions.Web, Ct);
        history!.Select(v => v.Change).Should().Equal(RecipientChangeKind.Edited, RecipientChangeKind.Registered);
        history![0].By.Should().Be(dpoUser.Username);
        history[0].Fields.Should().BeEquivalentTo(new[]
        {
            new RecipientFieldChangeDto("name", "Käsittelijä Oy", "Käsittelijä Abp"),
            new RecipientFieldChangeDto("contact", "tietosuoja@kasittelija.example", "dpo@kasittelija.example"),
        });
        history[1].Fields.Should().Contain(new RecipientFieldChangeDto("name", null, "Käsittelijä Oy"));

        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var rewrite = new NpgsqlCommand("UPDATE recipient_versions SET by = 'someone else'", connection);
        var refused = async () => await rewrite.ExecuteNonQueryAsync(Ct);
        await refused.Should().ThrowAsync<PostgresException>().WithMessage("*append-only*");
    }

    [Fact]
    public async Task Adding_a_webhook_by_an_edit_shows_its_new_secret_once()
    {
        var admin = await Factory.AdminClientAsync();
        var recipient = await RegisterAsync(admin, Recipient("Käsittelijä Oy", webhookUrl: null));
        recipient.WebhookSecret.Should().BeNull();
        var etag = (await admin.GetAsync($"/api/v1/recipients/{recipient.Id}", Ct)).ETag();
        using var receiver = new WebhookReceiver();

        var edited = await (await admin.PutJsonAsync($"/api/v1/recipients/{recipient.Id}", Recipient("Käsittelijä Oy", receiver.Url), etag, Ct))
            .ReadAsync<RecipientDto>(Ct);

        edited.WebhookSecret.Should().StartWith("whsec_");
        (await admin.GetStringAsync($"/api/v1/recipients/{recipient.Id}", Ct)).Should().NotContain(edited.WebhookSecret!);
        var history = await admin.GetFromJsonAsync<List<RecipientVersionDto>>($"/api/v1/recipients/{recipient.Id}/history", HttpTestExtensions.Web, Ct);
        history![0].Fields.Select(f => f.Field).Should().BeEquivalentTo("webhookUrl", "webhookSecret");
        history[0].Fields.Should().Contain(new RecipientFieldChangeDto("webhookSecret", null, null), "the secret is named, never shown");
    }

    [Fact]
    public async Task A_rotated_secret_signs_the_next_notices_and_the_old_one_signs_nothing()
    {
        var admin = await Factory.AdminClientAsync();
        using var receiver = new WebhookReceiver();
        var recipient = await RegisterAsync(admin, Recipient("Käsittelijä Oy", receiver.Url));
        var withoutHook = await RegisterAsync(admin, Recipient("Ilman Oy", null));

        var rotated = await (await admin.PostAsync($"/api/v1/recipients/{recipient.Id}/webhook-secret/rotate", null, Ct)).ReadAsync<WebhookSecretDto>(Ct);
        rotated.WebhookSecret.Should().StartWith("whsec_").And.NotBe(recipient.WebhookSecret);
        (await admin.GetStringAsync($"/api/v1/recipients/{recipient.Id}", Ct)).Should().NotContain(rotated.WebhookSecret);
        (await (await admin.PostAsync($"/api/v1/recipients/{withoutHook.Id}/webhook-secret/rotate", null, Ct)).ProblemAsync(HttpStatusCode.Conflict, Ct))
            .ErrorFields().Should().Equal("webhookUrl");
        (await admin.PostAsync($"/api/v1/recipients/{Guid.NewGuid()}/webhook-secret/rotate", null, Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        await NoticeForAsync(admin, recipient.Id);
        (await Factory.Services.GetRequiredService<WebhookDispatcher>().DispatchDueAsync(Ct)).Should().Be(1);

        var (body, header) = receiver.Received.Single();
        var signature = header.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        string Mac(string secret) => Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes($"{signature["t"]}.{body}")));
        signature["v1"].Should().Be(Mac(rotated.WebhookSecret));
        signature["v1"].Should().NotBe(Mac(recipient.WebhookSecret!));
        var history = await admin.GetFromJsonAsync<List<RecipientVersionDto>>($"/api/v1/recipients/{recipient.Id}/history", HttpTestExtensions.Web, Ct);
        history![0].Change.Should().Be(RecipientChangeKind.WebhookSecretRotated);
    }

    [Fact]
    public async Task A_slow_receiver_holds_no_row_lock_on_its_notice_while_the_dispatcher_waits()
    {
        var admin = await Factory.AdminClientAsync();
        using var receiver = new WebhookReceiver();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        receiver.HoldAnswerUntil = release.Task;
        var recipient = await RegisterAsync(admin, Recipient("Hidas Oy", receiver.Url));
        var noticeId = await NoticeForAsync(admin, recipient.Id);

        var dispatch = Factory.Services.GetRequiredService<WebhookDispatcher>().DispatchDueAsync(Ct);
        await receiver.RequestArrived.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        await using (var connection = new NpgsqlConnection(Factory.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var transaction = await connection.BeginTransactionAsync(Ct);
            await using var lockIt = new NpgsqlCommand(
                "SELECT lease_until > now(), leased_by FROM recipient_notices WHERE id = @id FOR UPDATE NOWAIT", connection, transaction);
            lockIt.Parameters.AddWithValue("id", noticeId);
            await using var reader = await lockIt.ExecuteReaderAsync(Ct);
            (await reader.ReadAsync(Ct)).Should().BeTrue("the row is not locked while the receiver is slow");
            reader.GetBoolean(0).Should().BeTrue("the notice is leased instead");
            reader.GetString(1).Should().NotBeNullOrEmpty();
        }
        dispatch.IsCompleted.Should().BeFalse();

        release.SetResult();
        (await dispatch).Should().Be(1);
        var notice = (await admin.GetFromJsonAsync<List<RecipientNoticeDto>>($"/api/v1/recipients/{recipient.Id}/notices", HttpTestExtensions.Web, Ct))!.Single();
        notice.DeliveredAt.Should().NotBeNull();
        (await LeaseOfAsync(noticeId)).Should().Be((null, null), "the lease ends with the recorded attempt");
    }

    [Fact]
    public async Task An_expired_lease_is_claimed_again_and_a_live_one_is_left_alone()
    {
        var admin = await Factory.AdminClientAsync();
        using var receiver = new WebhookReceiver();
        var recipient = await RegisterAsync(admin, Recipient("Kumppani Oy", receiver.Url));
        var noticeId = await NoticeForAsync(admin, recipient.Id);
        var dispatcher = Factory.Services.GetRequiredService<WebhookDispatcher>();

        await SetLeaseAsync(noticeId, "now() + interval '1 hour'");
        (await dispatcher.DispatchDueAsync(Ct)).Should().Be(0, "another dispatcher is delivering it");
        receiver.Received.Should().BeEmpty();

        await SetLeaseAsync(noticeId, "now() - interval '1 second'");
        (await dispatcher.DispatchDueAsync(Ct)).Should().Be(1, "the dispatcher holding it died");
        receiver.Received.Should().ContainSingle();
        (await admin.GetFromJsonAsync<List<RecipientNoticeDto>>($"/api/v1/recipients/{recipient.Id}/notices", HttpTestExtensions.Web, Ct))!.Single()
            .DeliveredAt.Should().NotBeNull();
    }

    [Fact]
    public async Task An_oversized_answer_is_not_read_in_full_and_the_delivery_is_still_recorded()
    {
        var admin = await Factory.AdminClientAsync();
        using var receiver = new WebhookReceiver();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        receiver.AnswerBodyBytes = 10L * 1024 * 1024;
        receiver.HoldAnswerUntil = release.Task;
        var recipient = await RegisterAsync(admin, Recipient("Suuri Oy", receiver.Url));
        await NoticeForAsync(admin, recipient.Id);

        var dispatch = Factory.Services.GetRequiredService<WebhookDispatcher>().DispatchDueAsync(Ct);
        (await dispatch.WaitAsync(TimeSpan.FromSeconds(8), Ct)).Should().Be(1, "the dispatcher stops reading instead of waiting for 10 MB");
        release.SetResult();
        await receiver.AnswerFinished.Task.WaitAsync(TimeSpan.FromSeconds(20), Ct);

        receiver.BodyCutOff.Should().BeTrue("the dispatcher closed the connection after a small part of the answer");
        receiver.BodyBytesSent.Should().BeLessThan(10L * 1024 * 1024);
        var notice = (await admin.GetFromJsonAsync<List<RecipientNoticeDto>>($"/api/v1/recipients/{recipient.Id}/notices", HttpTestExtensions.Web, Ct))!.Single();
        notice.Should().Match<RecipientNoticeDto>(n => n.DeliveredAt != null && n.LastResult == "HTTP 200");
    }

    /// <summary>
    /// Several API instances behind a load balancer (issue 14): each dispatcher claims its notices under a lease with SKIP LOCKED, so two
    /// instances dispatching at the same moment send every notice exactly once.
    /// </summary>
    [Fact]
    public async Task Two_instances_dispatching_at_once_send_every_notice_once()
    {
        await using var other = Factory.WithWebHostBuilder(_ => { });
        var otherDispatcher = other.Services.GetRequiredService<WebhookDispatcher>(); // started before the notices exist: its start-up pass finds none
        var admin = await Factory.AdminClientAsync();
        using var receiver = new WebhookReceiver();
        var recipient = await RegisterAsync(admin, Recipient("Kaksi Instanssia Oy", receiver.Url));
        var notices = new List<Guid>();
        for (var i = 0; i < 6; i++) notices.Add(await NoticeForAsync(admin, recipient.Id));

        var dispatcher = Factory.Services.GetRequiredService<WebhookDispatcher>();
        var sent = await Task.WhenAll(dispatcher.DispatchDueAsync(Ct), otherDispatcher.DispatchDueAsync(Ct), dispatcher.DispatchDueAsync(Ct),
            otherDispatcher.DispatchDueAsync(Ct));

        sent.Sum().Should().Be(notices.Count);
        lock (receiver.Received)
        {
            receiver.Received.Should().HaveCount(notices.Count);
            receiver.Received.Select(r => r.Body).Should().OnlyHaveUniqueItems();
        }
        var delivered = await admin.GetFromJsonAsync<List<RecipientNoticeDto>>($"/api/v1/recipients/{recipient.Id}/notices", HttpTestExtensions.Web, Ct);
        delivered!.Should().OnlyContain(n => n.Attempts == 1 && n.DeliveredAt != null);
    }

    /// <summary>A person disclosed to the recipient withdraws a consent: one notice for the recipient. Answers its id.</summary>
    private async Task<Guid> NoticeForAsync(HttpClient admin, Guid recipientId)
    {
        async Task<List<RecipientNoticeDto>> Notices() =>
            (await admin.GetFromJsonAsync<List<RecipientNoticeDto>>($"/api/v1/recipients/{recipientId}/notices", HttpTestExtensions.Web, Ct))!;
        var before = (await Notices()).Select(n => n.Id).ToHashSet();
        var person = await admin.CreatePersonAsync(new
        {
            firstName = "Peruja", lastName = "Ilmoitettava", email = "peruja@example.fi", language = "fi", source = "subject",
        });
        (await admin.PostAsJsonAsync("/api/v1/disclosures", new
        {
            recipientId, purpose = "customerService", legalBasis = "contract", dataCategories = new[] { "basic" }, personIds = new[] { person.Id },
        }, Ct)).EnsureSuccessStatusCode();
        var consent = new { purpose = "ownMarketing", channel = "email", source = "web", evidence = "Web form" };
        (await admin.PostAsJsonAsync($"/api/v1/persons/{person.Id}/consents", new { consent.purpose, consent.channel, action = "given", consent.source, consent.evidence }, Ct))
            .EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/persons/{person.Id}/consents",
            new { consent.purpose, consent.channel, action = "withdrawn", consent.source, evidence = "Unsubscribe link" }, Ct)).EnsureSuccessStatusCode();
        return (await Notices()).Single(n => !before.Contains(n.Id)).Id;
    }

    private async Task SetLeaseAsync(Guid noticeId, string until)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand($"UPDATE recipient_notices SET lease_until = {until}, leased_by = 'crashed-dispatcher' WHERE id = @id",
            connection);
        command.Parameters.AddWithValue("id", noticeId);
        (await command.ExecuteNonQueryAsync(Ct)).Should().Be(1);
    }

    private async Task<(DateTime? Until, string? By)> LeaseOfAsync(Guid noticeId)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT lease_until, leased_by FROM recipient_notices WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", noticeId);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        await reader.ReadAsync(Ct);
        return (reader.IsDBNull(0) ? null : reader.GetDateTime(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }
}
