using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Audit;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Customers;
using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace HsWorks.Api.IntegrationTests;

/// <summary>Remote-access secrets (R4.5) and recordings (R4.9): encrypted, revealed or played only where allowed, always audited.</summary>
public sealed class SecretsAndRecordingsTests(ApiFactory factory) : ApiTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static readonly byte[] Wave = [.. "RIFF"u8.ToArray(), 36, 0, 0, 0, .. "WAVEfmt "u8.ToArray(), .. Enumerable.Range(0, 4000).Select(i => (byte)(i % 251))];

    private async Task<(HttpClient Admin, CustomerDto Customer, AssetDto Asset)> WorkstationAsync()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync(TestData.PersonBody("Reija", "Etäinen"));
        var customer = await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id });
        var asset = await (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/assets", new { kind = "workstation", make = "Dell", model = "OptiPlex" }, Ct))
            .ReadAsync<AssetDto>(Ct);
        return (admin, customer, asset);
    }

    private async Task<RemoteAccessDto> RemoteAccessAsync(HttpClient client, Guid assetId) =>
        await (await client.PostAsJsonAsync($"/api/v1/assets/{assetId}/remote-access",
            new { tool = "RDP", host = "ws-12.asiakas.local", username = "tuki", secret = "S3cret-Passw0rd!" }, Ct)).ReadAsync<RemoteAccessDto>(Ct);

    [Fact]
    public async Task A_secret_is_never_listed_and_is_stored_encrypted()
    {
        var (admin, _, asset) = await WorkstationAsync();
        var created = await (await admin.PostAsJsonAsync($"/api/v1/assets/{asset.Id}/remote-access",
            new { tool = "RDP", host = "ws-12", username = "tuki", secret = "S3cret-Passw0rd!" }, Ct)).Content.ReadAsStringAsync(Ct);
        var listed = await (await admin.GetAsync($"/api/v1/assets/{asset.Id}/remote-access", Ct)).Content.ReadAsStringAsync(Ct);

        created.Should().NotContain("S3cret");
        listed.Should().Contain("ws-12").And.NotContain("S3cret");
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT secret FROM remote_accesses", connection);
        var stored = (string)(await command.ExecuteScalarAsync(Ct))!;
        stored.Should().StartWith("v2:").And.NotContain("S3cret");
    }

    [Fact]
    public async Task A_technician_reveals_a_secret_with_a_reason_and_the_audit_keeps_who_and_why()
    {
        var (admin, customer, asset) = await WorkstationAsync();
        var access = await RemoteAccessAsync(admin, asset.Id);
        var (technician, tech, _) = await Factory.UserClientAsync("Technician");

        var revealed = await (await technician.PostAsJsonAsync($"/api/v1/remote-access/{access.Id}/reveal", new { reason = "Ticket 4711: printer driver" }, Ct))
            .ReadAsync<RevealedSecretDto>(Ct);

        revealed.Secret.Should().Be("S3cret-Passw0rd!");
        var audit = await (await admin.GetAsync($"/api/v1/audit?customerId={customer.Id}&action=remoteAccess.reveal", Ct)).ReadAsync<PagedResult<AuditRecordDto>>(Ct);
        audit.Items.Should().ContainSingle().Which.Should().Match<AuditRecordDto>(r =>
            r.UserId == tech.Id && r.Reason == "Ticket 4711: printer driver" && r.Fields.Contains($"remoteAccess:{access.Id}"));
    }

    [Fact]
    public async Task A_reveal_without_a_reason_is_a_400_and_is_not_audited_as_a_reveal()
    {
        var (admin, customer, asset) = await WorkstationAsync();
        var access = await RemoteAccessAsync(admin, asset.Id);

        var response = await admin.PostAsJsonAsync($"/api/v1/remote-access/{access.Id}/reveal", new { reason = "" }, Ct);

        (await response.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Equal("reason");
        var audit = await (await admin.GetAsync($"/api/v1/audit?customerId={customer.Id}&action=remoteAccess.reveal", Ct)).ReadAsync<PagedResult<AuditRecordDto>>(Ct);
        audit.Items.Should().BeEmpty();
    }

    [Fact]
    public async Task A_helpdesk_agent_cannot_reveal_a_secret()
    {
        var (admin, _, asset) = await WorkstationAsync();
        var access = await RemoteAccessAsync(admin, asset.Id);
        var (agent, _, _) = await Factory.UserClientAsync("HelpdeskAgent");

        var response = await agent.PostAsJsonAsync($"/api/v1/remote-access/{access.Id}/reveal", new { reason = "Curious about it" }, Ct);

        await response.ProblemAsync(HttpStatusCode.Forbidden, Ct);
    }

    internal static MultipartFormDataContent Upload(byte[] bytes, string contentType, string name, Guid? contactId = null)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        // Fields before the file: the upload is streamed.
        var form = new MultipartFormDataContent();
        if (contactId is { } id) form.Add(new StringContent(id.ToString()), "contactId");
        form.Add(file, "file", name);
        return form;
    }

    [Fact]
    public async Task A_recording_linked_to_a_contact_is_streamed_with_range_support_and_each_playback_is_audited()
    {
        var (admin, customer, _) = await WorkstationAsync();
        var contact = await (await admin.PostAsJsonAsync($"/api/v1/customers/{customer.Id}/contacts", new { channel = "phoneIn", topic = "Call" }, Ct)).ReadAsync<ContactDto>(Ct);
        var recording = await (await admin.PostAsync($"/api/v1/customers/{customer.Id}/recordings", Upload(Wave, "audio/wav", "call.wav", contact.Id), Ct))
            .ReadAsync<RecordingDto>(Ct);
        recording.Size.Should().Be(Wave.Length);
        recording.ContactId.Should().Be(contact.Id);

        var whole = await admin.GetAsync($"/api/v1/recordings/{recording.Id}", Ct);
        whole.StatusCode.Should().Be(HttpStatusCode.OK);
        (await whole.Content.ReadAsByteArrayAsync(Ct)).Should().Equal(Wave);
        whole.Headers.AcceptRanges.Should().Contain("bytes");

        using var ranged = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/recordings/{recording.Id}");
        ranged.Headers.Range = new RangeHeaderValue(100, 199);
        var part = await admin.SendAsync(ranged, Ct);
        part.StatusCode.Should().Be(HttpStatusCode.PartialContent);
        (await part.Content.ReadAsByteArrayAsync(Ct)).Should().Equal(Wave[100..200]);

        var audit = await (await admin.GetAsync($"/api/v1/audit?customerId={customer.Id}&action=recording.play", Ct)).ReadAsync<PagedResult<AuditRecordDto>>(Ct);
        audit.Items.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_helpdesk_agent_cannot_play_a_recording()
    {
        var (admin, customer, _) = await WorkstationAsync();
        var recording = await (await admin.PostAsync($"/api/v1/customers/{customer.Id}/recordings", Upload(Wave, "audio/wav", "call.wav"), Ct)).ReadAsync<RecordingDto>(Ct);
        var (agent, _, _) = await Factory.UserClientAsync("HelpdeskAgent");

        await (await agent.GetAsync($"/api/v1/recordings/{recording.Id}", Ct)).ProblemAsync(HttpStatusCode.Forbidden, Ct);
    }

    [Theory]
    [InlineData("application/x-msdownload", "tool.exe")]
    [InlineData("audio/wav", "fake.wav")]
    public async Task A_file_of_a_wrong_type_is_rejected_and_nothing_is_stored(string contentType, string name)
    {
        var (admin, customer, _) = await WorkstationAsync();
        var before = Directory.Exists(Factory.RecordingsPath) ? Directory.GetFiles(Factory.RecordingsPath).Length : 0;

        var response = await admin.PostAsync($"/api/v1/customers/{customer.Id}/recordings", Upload("MZ\u0090\0binary"u8.ToArray(), contentType, name), Ct);

        (await response.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Equal("file");
        (Directory.Exists(Factory.RecordingsPath) ? Directory.GetFiles(Factory.RecordingsPath).Length : 0).Should().Be(before);
        var list = await (await admin.GetAsync($"/api/v1/customers/{customer.Id}/recordings", Ct)).ReadAsync<PagedResult<RecordingDto>>(Ct);
        list.Items.Should().BeEmpty();
    }

    [Fact]
    public async Task An_oversized_upload_is_rejected_and_nothing_is_stored()
    {
        var (admin, customer, _) = await WorkstationAsync();
        var big = new byte[52 * 1024 * 1024];
        "RIFF"u8.CopyTo(big);
        "WAVE"u8.CopyTo(big.AsSpan(8));

        var response = await admin.PostAsync($"/api/v1/customers/{customer.Id}/recordings", Upload(big, "audio/wav", "long.wav"), Ct);

        ((int)response.StatusCode).Should().BeOneOf(400, 413);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var list = await (await admin.GetAsync($"/api/v1/customers/{customer.Id}/recordings", Ct)).ReadAsync<PagedResult<RecordingDto>>(Ct);
        list.Items.Should().BeEmpty();
    }
}
