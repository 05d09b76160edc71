using System.Security.Cryptography;
using System.Text;

namespace HsWorks.Infrastructure.Security;

public sealed class EncryptionOptions
{
    /// <summary>Base64 of the current 32-byte AES key, from configuration (Encryption__Key), never from the database.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Earlier keys (base64, comma-separated) still needed to read values until a rotation re-encrypts them.</summary>
    public string PreviousKeys { get; set; } = string.Empty;
}

/// <summary>
/// Encrypts secrets and sensitive fields at rest (identity codes, licence keys, remote-access
/// secrets) with AES-256-GCM. Stored form: "v2:" + key id + ":" + base64(nonce | tag | ciphertext);
/// the key id tells which key of the ring wrote it, so keys can be rotated and old values re-encrypted.
/// </summary>
public sealed class FieldProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] currentKey;
    private readonly Dictionary<string, byte[]> ring = [];

    public FieldProtector(EncryptionOptions options)
    {
        currentKey = Decode(options.Key, "Encryption:Key (Encryption__Key, base64 of 32 bytes) is not configured or not 32 bytes.");
        CurrentKeyId = KeyId(currentKey);
        ring[CurrentKeyId] = currentKey;
        foreach (var previous in options.PreviousKeys.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = Decode(previous, "Encryption:PreviousKeys holds a key that is not base64 of 32 bytes.");
            ring.TryAdd(KeyId(key), key);
        }
    }

    public string CurrentKeyId { get; }

    /// <summary>Values written with an older key, which a rotation re-encrypts.</summary>
    public bool IsCurrent(string stored) => stored.StartsWith($"v2:{CurrentKeyId}:", StringComparison.Ordinal);

    public string Protect(string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(currentKey, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return $"v2:{CurrentKeyId}:{Convert.ToBase64String(output)}";
    }

    public string Unprotect(string stored)
    {
        var parts = stored.Split(':', 3);
        if (parts is ["v2", var keyId, var payload])
        {
            if (!ring.TryGetValue(keyId, out var key))
                throw new CryptographicException("A protected value was written with a key that is not configured (Encryption__PreviousKeys).");
            return Decrypt(key, Convert.FromBase64String(payload));
        }
        if (parts is ["v1", var legacy])
        {
            // Written before key ids: try every key of the ring.
            var data = Convert.FromBase64String(legacy);
            foreach (var key in ring.Values)
            {
                try
                {
                    return Decrypt(key, data);
                }
                catch (CryptographicException)
                {
                }
            }
        }
        throw new CryptographicException("A protected value cannot be read with the configured keys.");
    }

    private static string Decrypt(byte[] key, byte[] data)
    {
        var plain = new byte[data.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize + TagSize), data.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    private static string KeyId(byte[] key) => Convert.ToHexString(SHA256.HashData(key))[..8].ToLowerInvariant();

    private static byte[] Decode(string base64, string error)
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
