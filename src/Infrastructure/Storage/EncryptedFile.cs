using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using HsWorks.Infrastructure.Security;

namespace HsWorks.Infrastructure.Storage;

/// <summary>
/// Files encrypted at rest, in the manner of the STREAM construction (Tink's streaming AEAD): each
/// file has its own random 256-bit key, wrapped by the master key whose id is in the header, so a
/// key rotation re-wraps the header only. The content follows in segments of 64 KiB, each sealed
/// with AES-256-GCM under a nonce made of the file's random 7-byte prefix, the segment's index and a
/// flag for the last segment: a segment cannot be altered, moved, dropped or appended unseen.
/// <code>
/// header (88 bytes): "HSWF" | version 1 | key id (8 ASCII) | plaintext length (int64 BE) | nonce prefix (7) | wrapped file key (60)
/// segments: AES-GCM(file key, prefix | index (uint32 BE) | last (0/1), up to 64 KiB) = ciphertext | tag (16)
/// </code>
/// The wrapped file key is authenticated together with the magic, version, key id, length and
/// prefix, so a header cannot be edited or a file cut short without the read failing.
/// </summary>
public static class EncryptedFile
{
    public const int SegmentSize = 64 * 1024;
    public const int TagSize = 16;
    private const int FileKeySize = 32;
    private const int PrefixSize = 7;
    private static readonly byte[] Magic = "HSWF"u8.ToArray();
    private const byte Version = 1;
    private const int KeyIdOffset = 5;
    private const int KeyIdSize = 8;
    private const int LengthOffset = KeyIdOffset + KeyIdSize;
    private const int PrefixOffset = LengthOffset + 8;
    private const int WrappedOffset = PrefixOffset + PrefixSize;
    public static readonly int HeaderSize = WrappedOffset + FieldProtector.WrappedLength(FileKeySize);

    /// <summary>Encrypts <paramref name="plaintext"/> to its end into <paramref name="output"/> (seekable, positioned at 0); answers the plaintext length.</summary>
    public static async Task<long> EncryptAsync(Stream plaintext, Stream output, FieldProtector protector, CancellationToken cancellationToken)
    {
        var fileKey = RandomNumberGenerator.GetBytes(FileKeySize);
        var prefix = RandomNumberGenerator.GetBytes(PrefixSize);
        try
        {
            // The header is written last: it authenticates the length, known at the end.
            await output.WriteAsync(new byte[HeaderSize], cancellationToken);
            using var aes = new AesGcm(fileKey, TagSize);
            var current = new byte[SegmentSize];
            var next = new byte[SegmentSize];
            var sealedSegment = new byte[SegmentSize + TagSize];
            var currentLength = await plaintext.ReadAtLeastAsync(current, SegmentSize, throwOnEndOfStream: false, cancellationToken);
            long total = currentLength;
            for (uint index = 0; ; index++)
            {
                // One segment of look-ahead tells whether this one is the last.
                var nextLength = currentLength == SegmentSize
                    ? await plaintext.ReadAtLeastAsync(next, SegmentSize, throwOnEndOfStream: false, cancellationToken)
                    : 0;
                var last = nextLength == 0;
                aes.Encrypt(Nonce(prefix, index, last), current.AsSpan(0, currentLength), sealedSegment.AsSpan(0, currentLength),
                    sealedSegment.AsSpan(currentLength, TagSize));
                await output.WriteAsync(sealedSegment.AsMemory(0, currentLength + TagSize), cancellationToken);
                if (last) break;
                (current, next) = (next, current);
                currentLength = nextLength;
                total += nextLength;
            }
            var header = Header(protector, fileKey, prefix, total);
            output.Seek(0, SeekOrigin.Begin);
            await output.WriteAsync(header, cancellationToken);
            await output.FlushAsync(cancellationToken);
            return total;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(fileKey);
        }
    }

    /// <summary>A seekable, read-only stream of the plaintext; every segment is authenticated as it is read.</summary>
    public static Stream OpenRead(string path, FieldProtector protector)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.RandomAccess);
        try
        {
            return new DecryptingStream(file, ReadHeader(file, protector));
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The id of the master key that wraps the file's key, or null when the file is not in this format.</summary>
    public static string? KeyIdOf(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var header = new byte[HeaderSize];
        return file.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false) == HeaderSize && header.AsSpan(0, 5).SequenceEqual([.. Magic, Version])
            ? Encoding.ASCII.GetString(header, KeyIdOffset, KeyIdSize)
            : null;
    }

    /// <summary>
    /// Wraps the file's key again with the current master key, rewriting the header only. The old
    /// header is kept beside the file until the new one is on disk, so a crash leaves one readable header.
    /// Answers false when the file already uses the current key.
    /// </summary>
    public static bool Rewrap(string path, FieldProtector protector)
    {
        var journal = path + ".header";
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        var parsed = ReadHeader(file, protector);
        // With a saved header left by a stopped re-wrap, the file's own header is written again in any case.
        if (parsed.KeyId == protector.CurrentKeyId && !File.Exists(journal)) return false;
        using (var saved = new FileStream(journal, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            saved.Write(parsed.Raw);
            saved.Flush(flushToDisk: true);
        }
        try
        {
            var header = Header(protector, parsed.FileKey, parsed.Prefix, parsed.Length);
            file.Seek(0, SeekOrigin.Begin);
            file.Write(header);
            file.Flush(flushToDisk: true);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(parsed.FileKey);
        }
        File.Delete(journal);
        return true;
    }

    /// <summary>The plaintext length a file of this format has, from its size (the header's own length is checked against it).</summary>
    private static long ExpectedFileSize(long plaintextLength) =>
        HeaderSize + plaintextLength + SegmentCount(plaintextLength) * (long)TagSize;

    private static long SegmentCount(long plaintextLength) => Math.Max(1, (plaintextLength + SegmentSize - 1) / SegmentSize);

    private static byte[] Nonce(byte[] prefix, uint index, bool last)
    {
        var nonce = new byte[12];
        prefix.CopyTo(nonce, 0);
        BinaryPrimitives.WriteUInt32BigEndian(nonce.AsSpan(PrefixSize), index);
        nonce[11] = last ? (byte)1 : (byte)0;
        return nonce;
    }

    private static byte[] Header(FieldProtector protector, byte[] fileKey, byte[] prefix, long length)
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header, 0);
        header[4] = Version;
        BinaryPrimitives.WriteInt64BigEndian(header.AsSpan(LengthOffset), length);
        prefix.CopyTo(header, PrefixOffset);
        // The key id is known only once wrapped; it is part of what the wrap authenticates.
        var keyId = protector.CurrentKeyId;
        Encoding.ASCII.GetBytes(keyId).CopyTo(header, KeyIdOffset);
        var (wrappedWith, wrapped) = protector.WrapKey(fileKey, header.AsSpan(0, WrappedOffset));
        if (wrappedWith != keyId) return Header(protector, fileKey, prefix, length);
        wrapped.CopyTo(header, WrappedOffset);
        return header;
    }

    private sealed record ParsedHeader(byte[] Raw, string KeyId, long Length, byte[] Prefix, byte[] FileKey);

    private static ParsedHeader ReadHeader(FileStream file, FieldProtector protector)
    {
        var header = new byte[HeaderSize];
        file.Seek(0, SeekOrigin.Begin);
        var read = file.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false);
        try
        {
            return Parse(read == HeaderSize ? header : [], file.Length, protector);
        }
        catch (Exception e) when (e is CryptographicException or InvalidDataException && File.Exists(file.Name + ".header"))
        {
            // A re-wrap stopped while writing the header: the header saved beside the file is still whole.
            return Parse(File.ReadAllBytes(file.Name + ".header"), file.Length, protector);
        }
    }

    private static ParsedHeader Parse(byte[] header, long fileLength, FieldProtector protector)
    {
        if (header.Length != HeaderSize || !header.AsSpan(0, 5).SequenceEqual([.. Magic, Version]))
            throw new InvalidDataException("The stored file is not in the encrypted format.");
        var keyId = Encoding.ASCII.GetString(header, KeyIdOffset, KeyIdSize);
        var length = BinaryPrimitives.ReadInt64BigEndian(header.AsSpan(LengthOffset));
        var fileKey = protector.UnwrapKey(keyId, header.AsSpan(WrappedOffset), header.AsSpan(0, WrappedOffset));
        if (length < 0 || fileLength != ExpectedFileSize(length))
            throw new InvalidDataException("The stored file has been cut short or extended.");
        return new ParsedHeader(header, keyId, length, header[PrefixOffset..WrappedOffset], fileKey);
    }

    private sealed class DecryptingStream(FileStream file, ParsedHeader header) : Stream
    {
        private readonly AesGcm aes = new(header.FileKey, TagSize);
        private readonly long segments = SegmentCount(header.Length);
        private readonly byte[] sealedSegment = new byte[SegmentSize + TagSize];
        private readonly byte[] plain = new byte[SegmentSize];
        private long cachedSegment = -1;
        private int cachedLength;
        private long position;

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => header.Length;

        public override long Position
        {
            get => position;
            set => position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var copied = 0;
            while (copied < buffer.Length && position < header.Length)
            {
                var index = position / SegmentSize;
                Load(index);
                var within = (int)(position - index * SegmentSize);
                var n = Math.Min(buffer.Length - copied, cachedLength - within);
                plain.AsSpan(within, n).CopyTo(buffer[copied..]);
                copied += n;
                position += n;
            }
            return copied;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        private void Load(long index)
        {
            if (index == cachedSegment) return;
            cachedSegment = -1;
            var last = index == segments - 1;
            var length = last ? (int)(header.Length - index * SegmentSize) : SegmentSize;
            file.Seek(HeaderSize + index * (SegmentSize + TagSize), SeekOrigin.Begin);
            file.ReadExactly(sealedSegment, 0, length + TagSize);
            // A changed, moved or missing segment fails here rather than reading as something else.
            aes.Decrypt(Nonce(header.Prefix, checked((uint)index), last), sealedSegment.AsSpan(0, length), sealedSegment.AsSpan(length, TagSize),
                plain.AsSpan(0, length));
            (cachedSegment, cachedLength) = (index, length);
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            _ => header.Length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                aes.Dispose();
                file.Dispose();
                CryptographicOperations.ZeroMemory(header.FileKey);
                CryptographicOperations.ZeroMemory(plain);
            }
            base.Dispose(disposing);
        }
    }
}
