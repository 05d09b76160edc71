using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using HsWorks.Api.IntegrationTests.Infrastructure;
using HsWorks.Application.Customers;
using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.Security;
using HsWorks.Infrastructure.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HsWorks.Api.IntegrationTests;

/// <summary>
/// Key rotation without loss (docs/keys.md): the new key is in the shared key ring before anyone
/// writes with it, writers switch through the database, values move in compare-and-set batches
/// while the API serves, and a key leaves the ring only when no row, file or kept backup needs it.
/// The test's own API (configured with the first key only) plays an instance that has not switched.
/// </summary>
public sealed class KeyRotationTests(ApiFactory factory) : ApiTest(factory), IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string folder = Directory.CreateTempSubdirectory("hsworks-keys-").FullName;

    private string RingPath => Path.Combine(folder, "keyring.json");

    private string Recordings => Path.Combine(folder, "recordings");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>The key ring as ./hsworks sets it up: the first key, in a file every instance reads.</summary>
    private void RingWithFirstKey()
    {
        var key = Convert.FromBase64String(Factory.EncryptionKey);
        File.WriteAllText(RingPath, JsonSerializer.Serialize(new
        {
            keys = new[] { new { id = FieldProtector.KeyId(key), key = Factory.EncryptionKey, addedAt = DateTimeOffset.UtcNow.AddDays(-1) } },
        }));
    }

    /// <summary>A second API instance on the same database that reads its keys from the key ring file only.</summary>
    private WebApplicationFactory<Program> RingInstance() => Factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Encryption:Key", "");
        builder.UseSetting("Encryption:KeyRingPath", RingPath);
        builder.UseSetting("Encryption:RefreshSeconds", "3600");
        builder.UseSetting("Storage:RecordingsPath", Recordings);
    });

    /// <summary>What ./hsworks rotate-keys runs, with its own protector reading the ring file.</summary>
    private (EncryptionRotation Rotation, FieldProtector Protector, HsWorksDbContext Db) Tool(TimeProvider? clock = null)
    {
        var protector = new FieldProtector(new EncryptionOptions { KeyRingPath = RingPath });
        var db = new HsWorksDbContext(new DbContextOptionsBuilder<HsWorksDbContext>().UseNpgsql(Factory.ConnectionString).UseSnakeCaseNamingConvention().Options,
            protector);
        var storage = Options.Create(new StorageOptions { RecordingsPath = Recordings, ImportsPath = Path.Combine(folder, "imports") });
        return (new EncryptionRotation(db, protector, storage, clock ?? TimeProvider.System, NullLogger<EncryptionRotation>.Instance), protector, db);
    }

    private static FieldProtector Only(string keyId, string ringPath)
    {
        var entry = new KeyRingFile(ringPath).Read().Single(e => e.Id == keyId);
        return new FieldProtector(new EncryptionOptions { Key = entry.Key });
    }

    private async Task<List<(string Table, Guid Id, string Value)>> ProtectedValuesAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        var values = new List<(string, Guid, string)>();
        foreach (var (table, column) in EncryptionRotation.ProtectedColumns)
        {
            await using var command = new NpgsqlCommand($"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL", connection);
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct)) values.Add((table, reader.GetGuid(0), reader.GetString(1)));
        }
        return values;
    }

    private async Task<List<Guid>> PersonsWithIdentityCodesAsync(HttpClient client, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
            ids.Add((await client.CreatePersonAsync(TestData.PersonBody($"Henkilö{i}", "Salattu", identityCode: "131052-308T", email: $"h{i}@example.fi"))).Id);
        return ids;
    }

    private async Task<RecordingDto> RecordingAsync(HttpClient client)
    {
        var person = await client.CreatePersonAsync(TestData.PersonBody("Reija", "Äänitetty", email: "reija@example.fi"));
        var customer = await client.CreateCustomerAsync(new { type = "consumer", personId = person.Id });
        return await (await client.PostAsync($"/api/v1/customers/{customer.Id}/recordings",
            SecretsAndRecordingsTests.Upload(SecretsAndRecordingsTests.Wave, "audio/wav", "call.wav"), Ct)).ReadAsync<RecordingDto>(Ct);
    }

    [Fact]
    public async Task Rotation_while_the_API_writes_with_the_old_key_loses_nothing_and_the_new_key_alone_then_reads_every_value_and_file()
    {
        RingWithFirstKey();
        await using var ringInstance = RingInstance();
        var ringClient = await ringInstance.AdminClientAsync();
        var oldInstance = await Factory.AdminClientAsync();
        var persons = await PersonsWithIdentityCodesAsync(oldInstance, 12);
        var recording = await RecordingAsync(ringClient);
        var (rotation, toolProtector, db) = Tool();
        await using var _ = db;
        var oldKeyId = toolProtector.CurrentKeyId;

        var newKeyId = await rotation.AddKeyAsync(Ct);
        await rotation.ActivateAsync(newKeyId, Ct);

        // The old instance goes on writing with the old key: new rows, and edits of rows the rotation is moving.
        var oldProtector = Factory.Services.GetRequiredService<FieldProtector>();
        oldProtector.CurrentKeyId.Should().Be(oldKeyId);
        var expected = new Dictionary<Guid, string>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(Factory.ConnectionString);
            await connection.OpenAsync(Ct);
            for (var round = 0; !stop.IsCancellationRequested || round < 3; round++)
            {
                foreach (var id in persons)
                {
                    var code = round % 2 == 0 ? "010101A123N" : "131052-308T";
                    await using var edit = new NpgsqlCommand("UPDATE persons SET identity_code = @value WHERE id = @id", connection);
                    edit.Parameters.AddWithValue("value", oldProtector.Protect(code));
                    edit.Parameters.AddWithValue("id", id);
                    await edit.ExecuteNonQueryAsync(Ct);
                    lock (expected) expected[id] = code;
                }
                var added = await oldInstance.CreatePersonAsync(TestData.PersonBody($"Uusi{round}", "Salattu", identityCode: "010101A123N", email: $"u{round}@example.fi"));
                lock (expected) expected[added.Id] = "010101A123N";
            }
        }, Ct);
        var during = await rotation.ReencryptAsync(batchSize: 3, cancellationToken: Ct);
        await stop.CancelAsync();
        await writer;

        during.Values.Should().BeGreaterThan(0);
        during.Files.Should().Be(1);
        // Every value is readable with the ring, and every edit made during the rotation survived it.
        var ring = new FieldProtector(new EncryptionOptions { KeyRingPath = RingPath });
        foreach (var (table, id, value) in await ProtectedValuesAsync())
            if (table == "persons" && expected.TryGetValue(id, out var code)) ring.Unprotect(value).Should().Be(code);
            else ring.Unprotect(value).Should().NotBeNullOrEmpty();

        // The old instance switches (here: its configuration gains the ring); the next pass takes what it wrote meanwhile.
        var after = await rotation.ReencryptAsync(cancellationToken: Ct);
        after.Complete.Should().BeTrue();
        var newOnly = Only(newKeyId, RingPath);
        foreach (var (table, id, value) in await ProtectedValuesAsync())
            if (table == "persons" && expected.TryGetValue(id, out var code)) newOnly.Unprotect(value).Should().Be(code);
            else newOnly.Unprotect(value).Should().NotBeNullOrEmpty();

        // Retired and drained, with no backup kept: the old key leaves the ring, and the files still play.
        (await rotation.RemoveRetiredKeysAsync(TimeSpan.Zero, Ct)).Should().ContainSingle(r => r.KeyId == oldKeyId && r.Removed);
        new KeyRingFile(RingPath).Read().Select(e => e.Id).Should().Equal(newKeyId);
        await using var playing = EncryptedFile.OpenRead(Path.Combine(Recordings, recording.Id.ToString("N") + ".bin"), newOnly);
        var played = new MemoryStream();
        await playing.CopyToAsync(played, Ct);
        played.ToArray().Should().Equal(SecretsAndRecordingsTests.Wave);
        await ringInstance.Services.GetRequiredService<KeyRingRefresher>().RefreshAsync(Ct);
        ringInstance.Services.GetRequiredService<FieldProtector>().KeyIds.Should().Equal(newKeyId);
        (await (await ringClient.GetAsync($"/api/v1/recordings/{recording.Id}", Ct)).Content.ReadAsByteArrayAsync(Ct)).Should().Equal(SecretsAndRecordingsTests.Wave);
    }

    [Fact]
    public async Task Instances_switch_writers_through_the_database_and_read_a_key_added_to_the_ring_file_after_they_started()
    {
        RingWithFirstKey();
        await using var ringInstance = RingInstance();
        var ringClient = await ringInstance.AdminClientAsync();
        await ringClient.CreatePersonAsync(TestData.PersonBody("Ennen", "Vaihtoa", identityCode: "131052-308T"));
        var instanceProtector = ringInstance.Services.GetRequiredService<FieldProtector>();
        var (rotation, _, db) = Tool();
        await using var _ = db;

        var newKeyId = await rotation.AddKeyAsync(Ct);
        await rotation.ActivateAsync(newKeyId, Ct);
        // A value the tool writes with the new key is readable by the instance before its refresh: it looks in the ring file again.
        var probe = Tool().Protector;
        probe.UseActive(newKeyId);
        instanceProtector.Unprotect(probe.Protect("read before the refresh")).Should().Be("read before the refresh");
        await ringInstance.Services.GetRequiredService<KeyRingRefresher>().RefreshAsync(Ct);
        instanceProtector.CurrentKeyId.Should().Be(newKeyId);

        var person = await ringClient.CreatePersonAsync(TestData.PersonBody("Jälkeen", "Vaihdon", identityCode: "010101A123N", email: "j@example.fi"));
        var stored = (await ProtectedValuesAsync()).Single(v => v.Id == person.Id).Value;
        stored.Should().StartWith($"v2:{newKeyId}:");
    }

    [Fact]
    public async Task A_rotation_stopped_after_some_batches_leaves_every_value_readable_and_a_rerun_finishes()
    {
        RingWithFirstKey();
        var client = await Factory.AdminClientAsync();
        await PersonsWithIdentityCodesAsync(client, 14);
        var (rotation, protector, db) = Tool();
        await using var _ = db;
        var oldKeyId = protector.CurrentKeyId;
        var newKeyId = await rotation.AddKeyAsync(Ct);
        await rotation.ActivateAsync(newKeyId, Ct);

        var stopped = await rotation.ReencryptAsync(batchSize: 4, maxBatches: 2, Ct);

        stopped.Complete.Should().BeFalse();
        stopped.Values.Should().Be(8);
        var values = await ProtectedValuesAsync();
        values.Select(v => v.Value.Split(':')[1]).Distinct().Should().BeEquivalentTo([oldKeyId, newKeyId]);
        var ring = new FieldProtector(new EncryptionOptions { KeyRingPath = RingPath });
        values.Select(v => ring.Unprotect(v.Value)).Should().AllBe("131052-308T");
        (await rotation.RemoveRetiredKeysAsync(TimeSpan.Zero, Ct)).Should().ContainSingle(r => r.KeyId == oldKeyId && !r.Removed);

        var rerun = await rotation.ReencryptAsync(cancellationToken: Ct);

        rerun.Complete.Should().BeTrue();
        rerun.Values.Should().Be(6);
        var newOnly = Only(newKeyId, RingPath);
        (await ProtectedValuesAsync()).Select(v => newOnly.Unprotect(v.Value)).Should().HaveCount(14).And.AllBe("131052-308T");
    }

    [Fact]
    public async Task A_backup_taken_with_the_old_key_restores_readable_and_the_old_key_is_kept_while_a_kept_backup_may_need_it()
    {
        RingWithFirstKey();
        await using var ringInstance = RingInstance();
        var ringClient = await ringInstance.AdminClientAsync();
        var person = await ringClient.CreatePersonAsync(TestData.PersonBody("Varmuus", "Kopio", identityCode: "131052-308T"));
        var recording = await RecordingAsync(ringClient);
        var recordingPath = Path.Combine(Recordings, recording.Id.ToString("N") + ".bin");
        // The backup: the database's values and the storage root, both written with the old key.
        var backup = await ProtectedValuesAsync();
        var backupFile = await File.ReadAllBytesAsync(recordingPath, Ct);
        var clock = new MovableClock();
        var (rotation, protector, db) = Tool(clock);
        await using var _ = db;
        var oldKeyId = protector.CurrentKeyId;
        await rotation.ActivateAsync(await rotation.AddKeyAsync(Ct), Ct);
        (await rotation.ReencryptAsync(cancellationToken: Ct)).Complete.Should().BeTrue();

        // Backups are kept 30 days: one taken before the re-encryption finished may still be restored.
        var kept = await rotation.RemoveRetiredKeysAsync(TimeSpan.FromDays(30), Ct);
        kept.Should().ContainSingle(r => r.KeyId == oldKeyId).Which.Should().Match<KeyRemoval>(r => !r.Removed && r.Reason.Contains("backup"));
        new KeyRingFile(RingPath).Read().Select(e => e.Id).Should().Contain(oldKeyId);

        // The restore: old ciphertexts and the old file are back; the old key is still in the ring, so all reads.
        await using (var connection = new NpgsqlConnection(Factory.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            foreach (var (table, id, value) in backup.Where(v => v.Table == "persons"))
            {
                await using var restore = new NpgsqlCommand("UPDATE persons SET identity_code = @value WHERE id = @id", connection);
                restore.Parameters.AddWithValue("value", value);
                restore.Parameters.AddWithValue("id", id);
                await restore.ExecuteNonQueryAsync(Ct);
            }
        }
        await File.WriteAllBytesAsync(recordingPath, backupFile, Ct);
        var restored = await ringClient.GetAsync($"/api/v1/persons/{person.Id}", Ct);
        restored.StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await ringClient.GetAsync($"/api/v1/recordings/{recording.Id}", Ct)).Content.ReadAsByteArrayAsync(Ct)).Should().Equal(SecretsAndRecordingsTests.Wave);
        var ring = new FieldProtector(new EncryptionOptions { KeyRingPath = RingPath });
        (await ProtectedValuesAsync()).Select(v => ring.Unprotect(v.Value)).Should().AllBe("131052-308T");

        // Even past the retention, the key stays while restored rows or files need it; after a re-encryption and the retention it goes.
        clock.Advance(TimeSpan.FromDays(31));
        (await rotation.RemoveRetiredKeysAsync(TimeSpan.FromDays(30), Ct)).Should().ContainSingle(r => r.KeyId == oldKeyId && !r.Removed);
        (await rotation.ReencryptAsync(cancellationToken: Ct)).Complete.Should().BeTrue();
        (await rotation.RemoveRetiredKeysAsync(TimeSpan.FromDays(30), Ct)).Should().ContainSingle(r => r.KeyId == oldKeyId && !r.Removed,
            "the restored values were drained only now: a backup from today is kept for 30 days");
        clock.Advance(TimeSpan.FromDays(31));
        (await rotation.RemoveRetiredKeysAsync(TimeSpan.FromDays(30), Ct)).Should().ContainSingle(r => r.KeyId == oldKeyId && r.Removed);
    }

    private sealed class MovableClock : TimeProvider
    {
        private TimeSpan offset;

        public void Advance(TimeSpan by) => offset += by;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
    }
}

internal static class RingInstanceClients
{
    /// <summary>The administrator signed in on another instance (each instance of the test has its own token signing key).</summary>
    public static async Task<HttpClient> AdminClientAsync(this WebApplicationFactory<Program> instance)
    {
        var client = instance.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = ApiFactory.AdminPassword });
        login.EnsureSuccessStatusCode();
        var session = (await login.Content.ReadFromJsonAsync<HsWorks.Application.Users.LoginResult>(HttpTestExtensions.Web))!;
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", session.AccessToken);
        return client;
    }
}
