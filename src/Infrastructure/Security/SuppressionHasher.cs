using System.Security.Cryptography;
using System.Text;
using HsWorks.Application.Common.Interfaces;
using Microsoft.Extensions.Options;

namespace HsWorks.Infrastructure.Security;

public sealed class SuppressionOptions
{
    /// <summary>
    /// Base64 of 32 random bytes (Suppression__Key): the HMAC key of erased persons' suppression records. Its own key,
    /// never the encryption key, and never rotated — a new key would stop every earlier record from matching.
    /// </summary>
    public string Key { get; set; } = string.Empty;
}

/// <summary>HMAC-SHA256 of a normalised identifier with the suppression key (docs/keys.md).</summary>
internal sealed class SuppressionHasher(IOptions<SuppressionOptions> options) : ISuppressionHasher
{
    private readonly Lazy<byte[]> key = new(() => Decode(options.Value.Key));

    public byte[] Hash(string normalised) => HMACSHA256.HashData(key.Value, Encoding.UTF8.GetBytes(normalised));

    internal static byte[] Decode(string configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
            throw new InvalidOperationException("Suppression:Key is not configured (Suppression__Key, base64 of 32 bytes).");
        var bytes = Convert.FromBase64String(configured);
        if (bytes.Length < 32) throw new InvalidOperationException("Suppression:Key must be at least 32 bytes.");
        return bytes;
    }
}
