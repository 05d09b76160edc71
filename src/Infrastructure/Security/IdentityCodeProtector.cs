using System.Security.Cryptography;
using System.Text;

namespace HsWorks.Infrastructure.Security;

public sealed class EncryptionOptions
{
    /// <summary>Base64 of a 32-byte AES key, from configuration (Encryption__Key), never from the database.</summary>
    public string Key { get; set; } = string.Empty;
}

/// <summary>
/// Encrypts sensitive fields (personal identity codes) at rest with AES-256-GCM. Stored form:
/// "v1:" + base64(nonce | tag | ciphertext). The version prefix leaves room for key rotation.
/// </summary>
public sealed class FieldProtector
{
    private const string Prefix = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] key;

    public FieldProtector(EncryptionOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Key))
            throw new InvalidOperationException("Encryption:Key is not configured (Encryption__Key, base64 of 32 bytes).");
        key = Convert.FromBase64String(options.Key);
        if (key.Length != 32) throw new InvalidOperationException("Encryption:Key must be 32 bytes (base64).");
    }

    public string Protect(string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return Prefix + Convert.ToBase64String(output);
    }

    public string Unprotect(string stored)
    {
        if (!stored.StartsWith(Prefix)) throw new CryptographicException("Unknown protected-field format.");
        var data = Convert.FromBase64String(stored[Prefix.Length..]);
        var plain = new byte[data.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize + TagSize), data.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }
}
