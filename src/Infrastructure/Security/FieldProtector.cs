using System.Security.Cryptography;
using System.Text;

namespace HsWorks.Infrastructure.Security;

public sealed class EncryptionOptions
{
    /// <summary>Base64 of a 32-byte AES key, from configuration (Encryption__Key), never from the database. Optional once a key ring file is used.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Earlier keys (base64, comma-separated) still needed to read values until a rotation re-encrypts them.</summary>
    public string PreviousKeys { get; set; } = string.Empty;

    /// <summary>
    /// The key ring file shared by every instance (Encryption__KeyRingPath, owner-only mode): every key still readable.
    /// Which of them writes is named in the database (encryption_keys), so every instance switches together.
    /// </summary>
    public string KeyRingPath { get; set; } = string.Empty;

    /// <summary>How often an instance re-reads the key ring and the active key id (Encryption__RefreshSeconds).</summary>
    public int RefreshSeconds { get; set; } = 10;

    /// <summary>How long backups are kept (Encryption__BackupRetentionDays): a key is removed only when no kept backup can need it.</summary>
    public int? BackupRetentionDays { get; set; }
}

/// <summary>
/// Encrypts secrets and sensitive fields at rest (identity codes, licence keys, remote-access
/// secrets, webhook secrets) and wraps the per-file keys of stored files, with AES-256-GCM.
/// Stored form: "v2:" + key id + ":" + base64(nonce | tag | ciphertext); the key id tells which key
/// of the ring wrote it. The ring holds the configured keys and those of the key ring file; the key
/// that writes is the one the database names active (see <see cref="KeyRingRefresher"/>), so a new
/// key is readable everywhere before anyone writes with it.
/// </summary>
public sealed class FieldProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly Dictionary<string, byte[]> configured = [];
    private readonly string? configuredCurrent;
    private readonly object reloading = new();
    private volatile State state;
    private string? activeInDatabase;
    private DateTime ringFileWrittenAt;

    private sealed record State(string CurrentKeyId, IReadOnlyDictionary<string, byte[]> Ring);

    public FieldProtector(EncryptionOptions options)
    {
        Options = options;
        if (!string.IsNullOrWhiteSpace(options.Key))
        {
            var key = Decode(options.Key, "Encryption:Key (Encryption__Key) is not base64 of 32 bytes.");
            configuredCurrent = KeyId(key);
            configured[configuredCurrent] = key;
        }
        foreach (var previous in options.PreviousKeys.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = Decode(previous, "Encryption:PreviousKeys holds a key that is not base64 of 32 bytes.");
            configured.TryAdd(KeyId(key), key);
        }
        state = Build(RingFile?.Read() ?? []);
    }

    public EncryptionOptions Options { get; }

    /// <summary>The shared key ring file, when one is configured.</summary>
    public KeyRingFile? RingFile => string.IsNullOrWhiteSpace(Options.KeyRingPath) ? null : new KeyRingFile(Options.KeyRingPath);

    public string CurrentKeyId => state.CurrentKeyId;

    /// <summary>Every key id this instance can read.</summary>
    public IReadOnlyCollection<string> KeyIds => [.. state.Ring.Keys];

    /// <summary>Keys that come from configuration (Encryption__Key, Encryption__PreviousKeys), which only the operator can remove.</summary>
    public bool IsConfigured(string keyId) => configured.ContainsKey(keyId);

    /// <summary>A key's bytes, for writing the configured keys into the key ring file.</summary>
    internal byte[] ExportKey(string keyId) => state.Ring[keyId];

    /// <summary>Values written with an older key, which a rotation re-encrypts.</summary>
    public bool IsCurrent(string stored) => stored.StartsWith($"v2:{CurrentKeyId}:", StringComparison.Ordinal);

    /// <summary>Takes the key the database names active; a key not in the ring yet is looked for in the ring file first.</summary>
    public void UseActive(string? keyId)
    {
        lock (reloading)
        {
            activeInDatabase = keyId;
            if (keyId is not null && !state.Ring.ContainsKey(keyId)) ReloadLocked(force: true);
            else state = state with { CurrentKeyId = ChooseCurrent(state.Ring) };
        }
    }

    /// <summary>Re-reads the key ring file when it changed.</summary>
    public void Reload(bool force = false)
    {
        lock (reloading) ReloadLocked(force);
    }

    private void ReloadLocked(bool force)
    {
        var file = RingFile;
        if (file is null) return;
        var writtenAt = file.LastWrittenAt;
        if (!force && writtenAt == ringFileWrittenAt) return;
        ringFileWrittenAt = writtenAt;
        state = Build(file.Read());
    }

    private State Build(IReadOnlyList<KeyRingEntry> fromFile)
    {
        var ring = new Dictionary<string, byte[]>(configured);
        foreach (var entry in fromFile) ring.TryAdd(entry.Id, Decode(entry.Key, $"The key ring file holds a key ({entry.Id}) that is not base64 of 32 bytes."));
        // No key at all fails at the first use, not here: a process that only exports the OpenAPI document needs none.
        if (ring.Count == 0) return new State(string.Empty, ring);
        // Before the database names a key, the ring file's oldest: a key just added may not be in every instance's ring yet.
        var oldestInFile = fromFile.OrderBy(e => e.AddedAt).Select(e => e.Id).FirstOrDefault();
        return new State(ChooseCurrent(ring, oldestInFile), ring);
    }

    /// <summary>The database's active key when this instance can read it; before the database named one, the configured key, else the ring file's oldest.</summary>
    private string ChooseCurrent(IReadOnlyDictionary<string, byte[]> ring, string? oldestInFile = null)
    {
        if (activeInDatabase is { } active && ring.ContainsKey(active)) return active;
        if (state is { } known && ring.ContainsKey(known.CurrentKeyId) && activeInDatabase is not null) return known.CurrentKeyId;
        return configuredCurrent ?? oldestInFile ?? state?.CurrentKeyId ?? ring.Keys.FirstOrDefault() ?? string.Empty;
    }

    public string Protect(string plaintext)
    {
        var current = state;
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(WritingKey(current), TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return $"v2:{current.CurrentKeyId}:{Convert.ToBase64String(output)}";
    }

    public string Unprotect(string stored)
    {
        var parts = stored.Split(':', 3);
        if (parts is ["v2", var keyId, var payload])
            return Encoding.UTF8.GetString(Decrypt(KeyOf(keyId), Convert.FromBase64String(payload), []));
        if (parts is ["v1", var legacy])
        {
            // Written before key ids: try every key of the ring.
            var data = Convert.FromBase64String(legacy);
            foreach (var key in state.Ring.Values)
            {
                try
                {
                    return Encoding.UTF8.GetString(Decrypt(key, data, []));
                }
                catch (CryptographicException)
                {
                }
            }
        }
        throw new CryptographicException("A protected value cannot be read with the configured keys.");
    }

    /// <summary>Wraps a file's own key with the current key; the answer names the key id, stored in the file's header.</summary>
    public (string KeyId, byte[] Wrapped) WrapKey(ReadOnlySpan<byte> fileKey, ReadOnlySpan<byte> associatedData)
    {
        var current = state;
        var output = new byte[NonceSize + TagSize + fileKey.Length];
        RandomNumberGenerator.Fill(output.AsSpan(0, NonceSize));
        using var aes = new AesGcm(WritingKey(current), TagSize);
        aes.Encrypt(output.AsSpan(0, NonceSize), fileKey, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), associatedData);
        return (current.CurrentKeyId, output);
    }

    public byte[] UnwrapKey(string keyId, ReadOnlySpan<byte> wrapped, ReadOnlySpan<byte> associatedData) =>
        Decrypt(KeyOf(keyId), wrapped, associatedData);

    /// <summary>The wrapped size of a key of <paramref name="keyLength"/> bytes.</summary>
    public static int WrappedLength(int keyLength) => NonceSize + TagSize + keyLength;

    private static byte[] WritingKey(State current) => current.Ring.TryGetValue(current.CurrentKeyId, out var key)
        ? key
        : throw new InvalidOperationException("No encryption key: set Encryption__Key (base64 of 32 bytes) or Encryption__KeyRingPath to a key ring file.");

    private byte[] KeyOf(string keyId)
    {
        if (state.Ring.TryGetValue(keyId, out var key)) return key;
        // Another instance may already write with a key added to the ring file after this one last looked.
        Reload(force: true);
        return state.Ring.TryGetValue(keyId, out key)
            ? key
            : throw new CryptographicException("A protected value was written with a key that is not in the key ring (Encryption__KeyRingPath, Encryption__PreviousKeys).");
    }

    private static byte[] Decrypt(byte[] key, ReadOnlySpan<byte> data, ReadOnlySpan<byte> associatedData)
    {
        if (data.Length < NonceSize + TagSize) throw new CryptographicException("A protected value is too short.");
        var plain = new byte[data.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(data[..NonceSize], data[(NonceSize + TagSize)..], data.Slice(NonceSize, TagSize), plain, associatedData);
        return plain;
    }

    public static string KeyId(byte[] key) => Convert.ToHexString(SHA256.HashData(key))[..8].ToLowerInvariant();

    internal static byte[] Decode(string base64, string error)
    {
        try
        {
            var key = Convert.FromBase64String(base64 ?? string.Empty);
            return key.Length == 32 ? key : throw new InvalidOperationException(error);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException(error);
        }
    }
}
