using System.Security.Cryptography;
using System.Text;
using HsWorks.Domain.Persons;
using Microsoft.Extensions.Options;

namespace HsWorks.Infrastructure.Security;

/// <summary>
/// The keyed lookup of a person's identity code (persons.identity_code_lookup, docs/keys.md): HMAC-SHA256 of the normalised code
/// with its century sign, so that the encrypted codes can be matched by an index (the Population Register import) without
/// decrypting every row, and two codes that differ only by the sign (2023 reform) stay two people. Its key is derived (HKDF) from
/// the suppression key — configured, backed up and never rotated the same way — with its own label, so a lookup never equals a
/// suppression record's hash. The values can always be rebuilt from the encrypted codes.
/// </summary>
public sealed class IdentityCodeLookup(IOptions<SuppressionOptions> options)
{
    private static readonly byte[] Label = "hsworks/identity-code-lookup/v1"u8.ToArray();

    private readonly Lazy<byte[]> key = new(() => HKDF.DeriveKey(HashAlgorithmName.SHA256, SuppressionHasher.Decode(options.Value.Key), 32, info: Label));

    public byte[] Of(PersonalIdentityCode code) => HMACSHA256.HashData(key.Value, Encoding.UTF8.GetBytes(code.Value));
}
