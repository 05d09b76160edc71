namespace HsWorks.Application.Customers;

/// <summary>
/// The kinds of stored communication accepted (R4.9), each recognised by its first bytes so a
/// file cannot pass as a type it is not.
/// </summary>
internal static class RecordingFormats
{
    public const long MaxBytes = 50 * 1024 * 1024;

    private static readonly Dictionary<string, Func<byte[], bool>> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["audio/mpeg"] = b => StartsWith(b, "ID3"u8) || (b.Length > 1 && b[0] == 0xFF && (b[1] & 0xE0) == 0xE0),
        ["audio/wav"] = IsWave,
        ["audio/x-wav"] = IsWave,
        ["audio/wave"] = IsWave,
        ["audio/ogg"] = b => StartsWith(b, "OggS"u8),
        ["audio/mp4"] = IsIsoMedia,
        ["audio/x-m4a"] = IsIsoMedia,
        ["audio/webm"] = b => StartsWith(b, [0x1A, 0x45, 0xDF, 0xA3]),
        ["audio/flac"] = b => StartsWith(b, "fLaC"u8),
        ["application/pdf"] = b => StartsWith(b, "%PDF"u8),
        ["text/plain"] = b => !b.Contains((byte)0),
        ["message/rfc822"] = b => !b.Contains((byte)0),
    };

    public static IEnumerable<string> ContentTypes => Signatures.Keys;

    public static bool IsAllowed(string? contentType) => contentType is not null && Signatures.ContainsKey(Normalise(contentType));

    public static string Normalise(string contentType) => contentType.Split(';')[0].Trim().ToLowerInvariant();

    /// <summary>Whether the first bytes of the content match the declared type.</summary>
    public static bool Matches(string contentType, byte[] head) => Signatures.TryGetValue(Normalise(contentType), out var check) && check(head);

    private static bool IsWave(byte[] b) => StartsWith(b, "RIFF"u8) && b.Length >= 12 && b.AsSpan(8, 4).SequenceEqual("WAVE"u8);

    private static bool IsIsoMedia(byte[] b) => b.Length >= 8 && b.AsSpan(4, 4).SequenceEqual("ftyp"u8);

    private static bool StartsWith(byte[] bytes, ReadOnlySpan<byte> prefix) => bytes.AsSpan().StartsWith(prefix);
}
