using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Customers;
using HsWorks.Infrastructure.Storage;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HsWorks.Api.IntegrationTests;

/// <summary>Recordings streamed into the storage root as they arrive, encrypted at rest, played back by byte range.</summary>
public sealed class EncryptedRecordingsTests(ApiFactory factory) : ApiTest(factory)
{
    private const int Segment = EncryptedFile.SegmentSize;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A WAVE file whose samples are recognisable text, so plaintext on disk would show.</summary>
    private static byte[] Wave(int length)
    {
        var bytes = new byte[length];
        "RIFF"u8.CopyTo(bytes);
        "WAVEfmt "u8.CopyTo(bytes.AsSpan(8));
        var text = new StringBuilder();
        while (text.Length < length) text.Append($"plain-audio-{text.Length:D9}|");
        Encoding.ASCII.GetBytes(text.ToString(0, length - 16)).CopyTo(bytes, 16);
        return bytes;
    }

    private async Task<(HttpClient Admin, Guid CustomerId)> CustomerAsync()
    {
        var admin = await Factory.AdminClientAsync();
        var person = await admin.CreatePersonAsync(TestData.PersonBody("Reija", "Äänitetty"));
        var customer = await admin.CreateCustomerAsync(new { type = "consumer", personId = person.Id });
        return (admin, customer.Id);
    }

    private string StoredFile(Guid recordingId) => Path.Combine(Factory.RecordingsPath, recordingId.ToString("N") + ".bin");

    private static async Task<HttpResponseMessage> RangeAsync(HttpClient client, Guid id, long from, long to)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/recordings/{id}");
        request.Headers.Range = new RangeHeaderValue(from, to);
        return await client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task A_recording_is_encrypted_on_disk_and_ranges_across_segments_and_the_last_byte_play_back_exactly()
    {
        var (admin, customerId) = await CustomerAsync();
        var wave = Wave(3 * Segment + 4321);
        var recording = await (await admin.PostAsync($"/api/v1/customers/{customerId}/recordings",
            SecretsAndRecordingsTests.Upload(wave, "audio/wav", "call.wav"), Ct)).ReadAsync<RecordingDto>(Ct);
        recording.Size.Should().Be(wave.Length);

        var raw = await File.ReadAllBytesAsync(StoredFile(recording.Id), Ct);
        Encoding.ASCII.GetString(raw).Should().NotContain("plain-audio-").And.NotContain("WAVEfmt");
        raw.AsSpan(0, 4).SequenceEqual("HSWF"u8).Should().BeTrue();

        (await (await admin.GetAsync($"/api/v1/recordings/{recording.Id}", Ct)).Content.ReadAsByteArrayAsync(Ct)).Should().Equal(wave);
        foreach (var (from, to) in new (long, long)[] { (0, 99), (Segment - 10, Segment + 9), (Segment - 1, 2 * Segment), (2 * Segment + 5, 3 * Segment + 4000), (wave.Length - 1, wave.Length - 1) })
        {
            var part = await RangeAsync(admin, recording.Id, from, to);
            part.StatusCode.Should().Be(HttpStatusCode.PartialContent);
            part.Content.Headers.ContentRange!.ToString().Should().Be($"bytes {from}-{to}/{wave.Length}");
            (await part.Content.ReadAsByteArrayAsync(Ct)).Should().Equal(wave[(int)from..(int)(to + 1)], $"bytes {from}-{to}");
        }
        using var suffix = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/recordings/{recording.Id}");
        suffix.Headers.Range = new RangeHeaderValue(null, 1);
        (await (await admin.SendAsync(suffix, Ct)).Content.ReadAsByteArrayAsync(Ct)).Should().Equal(wave[^1..]);
    }

    [Fact]
    public async Task A_tampered_segment_fails_the_playback_instead_of_playing_wrong_bytes()
    {
        var (admin, customerId) = await CustomerAsync();
        var wave = Wave(2 * Segment + 100);
        var recording = await (await admin.PostAsync($"/api/v1/customers/{customerId}/recordings",
            SecretsAndRecordingsTests.Upload(wave, "audio/wav", "call.wav"), Ct)).ReadAsync<RecordingDto>(Ct);
        await using (var file = new FileStream(StoredFile(recording.Id), FileMode.Open, FileAccess.ReadWrite))
        {
            file.Seek(EncryptedFile.HeaderSize + Segment + EncryptedFile.TagSize + 10, SeekOrigin.Begin);
            file.WriteByte(0x42);
        }

        var played = await RangeAsync(admin, recording.Id, Segment + 5, Segment + 50);

        played.IsSuccessStatusCode.Should().BeFalse();
        (await RangeAsync(admin, recording.Id, 0, 99)).StatusCode.Should().Be(HttpStatusCode.PartialContent, "the untouched first segment still plays");
    }

    [Fact]
    public async Task A_recording_cut_short_on_disk_does_not_play()
    {
        var (admin, customerId) = await CustomerAsync();
        var recording = await (await admin.PostAsync($"/api/v1/customers/{customerId}/recordings",
            SecretsAndRecordingsTests.Upload(Wave(2 * Segment + 100), "audio/wav", "call.wav"), Ct)).ReadAsync<RecordingDto>(Ct);
        await using (var file = new FileStream(StoredFile(recording.Id), FileMode.Open, FileAccess.ReadWrite))
            file.SetLength(EncryptedFile.HeaderSize + 2L * (Segment + EncryptedFile.TagSize));

        (await admin.GetAsync($"/api/v1/recordings/{recording.Id}", Ct)).IsSuccessStatusCode.Should().BeFalse();
    }

    /// <summary>A multipart body sent in two halves, with a pause between, to look at the server while the upload is under way.</summary>
    private sealed class PausedUpload(byte[] file, TaskCompletionSource resume) : HttpContent
    {
        public const string Boundary = "hsworks-paused-upload";
        public readonly TaskCompletionSource FirstHalfSent = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"long.wav\"\r\nContent-Type: audio/wav\r\n\r\n"));
            var half = file.Length / 2;
            await stream.WriteAsync(file.AsMemory(0, half));
            await stream.FlushAsync();
            FirstHalfSent.TrySetResult();
            await resume.Task;
            await stream.WriteAsync(file.AsMemory(half));
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n"));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Fact]
    public async Task An_upload_is_streamed_into_the_storage_root_while_it_arrives_without_a_temporary_file()
    {
        var (admin, customerId) = await CustomerAsync();
        var wave = Wave(6 * 1024 * 1024);
        var temp = Path.GetTempPath();
        var tempBefore = Directory.EnumerateFiles(temp, "ASPNETCORE_*").ToHashSet();
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var content = new PausedUpload(wave, resume);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={PausedUpload.Boundary}");

        // Without the test client's redirect handler, which would buffer the request to be able to send it again.
        using var direct = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        direct.DefaultRequestHeaders.Authorization = admin.DefaultRequestHeaders.Authorization;
        var sending = direct.PostAsync($"/api/v1/customers/{customerId}/recordings", content, Ct);
        await content.FirstHalfSent.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        // Half the body has arrived: its encrypted beginning is already being written under the storage root.
        string? partial = null;
        for (var i = 0; i < 100 && partial is null; i++)
        {
            partial = Directory.EnumerateFiles(Factory.RecordingsPath, "*.partial").FirstOrDefault();
            if (partial is null) await Task.Delay(100, Ct);
        }
        var tempDuring = Directory.EnumerateFiles(temp, "ASPNETCORE_*").Where(f => !tempBefore.Contains(f)).ToList();
        var seen = string.Join(", ", Directory.EnumerateFiles(Factory.RecordingsPath).Select(Path.GetFileName)) + $" completed={sending.IsCompleted}";
        resume.SetResult();
        var response = await sending;
        partial.Should().NotBeNull($"the upload is written to the store while it arrives, not after it was buffered ({seen}; {response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)})");
        var recording = await response.ReadAsync<RecordingDto>(Ct);

        tempDuring.Should().BeEmpty("nothing is buffered in a temporary folder");
        recording.Size.Should().Be(wave.Length);
        (await (await admin.GetAsync($"/api/v1/recordings/{recording.Id}", Ct)).Content.ReadAsByteArrayAsync(Ct)).Should().Equal(wave);
        Directory.EnumerateFiles(Factory.RecordingsPath, "*.partial").Should().BeEmpty();
    }

    [Fact]
    public async Task A_52_MB_upload_is_refused_and_leaves_no_file_and_no_row()
    {
        var (admin, customerId) = await CustomerAsync();
        var before = Directory.EnumerateFiles(Factory.RecordingsPath).ToHashSet();
        var big = Wave(52 * 1024 * 1024);

        var response = await admin.PostAsync($"/api/v1/customers/{customerId}/recordings", SecretsAndRecordingsTests.Upload(big, "audio/wav", "long.wav"), Ct);

        ((int)response.StatusCode).Should().BeOneOf(400, 413);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        Directory.EnumerateFiles(Factory.RecordingsPath).Where(f => !before.Contains(f)).Should().BeEmpty();
        (await (await admin.GetAsync($"/api/v1/customers/{customerId}/recordings", Ct)).ReadAsync<PagedResult<RecordingDto>>(Ct)).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task A_field_after_the_streamed_file_is_refused_and_leaves_no_file_and_no_row()
    {
        var (admin, customerId) = await CustomerAsync();
        var contact = await (await admin.PostAsJsonAsync($"/api/v1/customers/{customerId}/contacts", new { channel = "phoneIn", topic = "Call" }, Ct))
            .ReadAsync<ContactDto>(Ct);
        var before = Directory.EnumerateFiles(Factory.RecordingsPath).ToHashSet();
        var file = new ByteArrayContent(Wave(1000));
        file.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        var form = new MultipartFormDataContent { { file, "file", "call.wav" }, { new StringContent(contact.Id.ToString()), "contactId" } };

        var response = await admin.PostAsync($"/api/v1/customers/{customerId}/recordings", form, Ct);

        (await response.ProblemAsync(HttpStatusCode.BadRequest, Ct)).ErrorFields().Should().Equal("contactId");
        Directory.EnumerateFiles(Factory.RecordingsPath).Where(f => !before.Contains(f)).Should().BeEmpty();
        (await (await admin.GetAsync($"/api/v1/customers/{customerId}/recordings", Ct)).ReadAsync<PagedResult<RecordingDto>>(Ct)).Items.Should().BeEmpty();
    }
}
