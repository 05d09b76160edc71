using System.Security.Cryptography;
using System.Text;
using HsWorks.Infrastructure.Security;
using HsWorks.Infrastructure.Storage;

namespace HsWorks.Api.IntegrationTests;

/// <summary>The segment format of stored files (no database): 64 KiB AES-GCM segments under a wrapped per-file key.</summary>
public sealed class EncryptedFileFormatTests : IDisposable
{
    private const int Segment = EncryptedFile.SegmentSize;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string folder = Directory.CreateTempSubdirectory("hsworks-format-").FullName;
    private static readonly string KeyA = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string KeyB = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>Recognisable content: a line with its own offset, so any misplaced byte shows.</summary>
    private static byte[] Content(int length)
    {
        var text = new StringBuilder();
        while (text.Length < length) text.Append(CultureInfo(text.Length));
        return Encoding.ASCII.GetBytes(text.ToString(0, length));
        static string CultureInfo(int at) => $"secret-recording-line-{at:D9};";
    }

    private async Task<(string Path, byte[] Plain)> EncryptAsync(int length, FieldProtector protector)
    {
        var plain = Content(length);
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".bin");
        await EncryptedFileStore.SaveAsync(path, new MemoryStream(plain), protector, Ct);
        return (path, plain);
    }

    private static FieldProtector Protector(string key, string previous = "") => new(new EncryptionOptions { Key = key, PreviousKeys = previous });

    private static byte[] ReadRange(Stream stream, long from, int count)
    {
        stream.Seek(from, SeekOrigin.Begin);
        var buffer = new byte[count];
        stream.ReadExactly(buffer);
        return buffer;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Segment - 1)]
    [InlineData(Segment)]
    [InlineData(Segment + 1)]
    [InlineData(3 * Segment + 123)]
    public async Task Content_of_any_length_reads_back_whole_and_the_file_holds_no_plaintext(int length)
    {
        var (path, plain) = await EncryptAsync(length, Protector(KeyA));

        await using var stream = EncryptedFile.OpenRead(path, Protector(KeyA));
        stream.Length.Should().Be(length);
        var read = new MemoryStream();
        await stream.CopyToAsync(read, Ct);
        read.ToArray().Should().Equal(plain);
        var raw = await File.ReadAllBytesAsync(path, Ct);
        raw.Length.Should().Be(EncryptedFile.HeaderSize + length + Math.Max(1, (length + Segment - 1) / Segment) * EncryptedFile.TagSize);
        Encoding.ASCII.GetString(raw).Should().NotContain("secret-recording-line");
    }

    [Fact]
    public async Task Any_range_reads_the_exact_bytes_including_across_segment_boundaries_and_the_last_byte()
    {
        var (path, plain) = await EncryptAsync(3 * Segment + 1000, Protector(KeyA));
        await using var stream = EncryptedFile.OpenRead(path, Protector(KeyA));

        foreach (var (from, count) in new (long, int)[] { (0, 10), (Segment - 5, 10), (2 * Segment - 1, Segment + 2), (100, 3 * Segment), (plain.Length - 1, 1), (Segment, 1) })
            ReadRange(stream, from, count).Should().Equal(plain.AsSpan((int)from, count).ToArray(), $"bytes {from}..{from + count - 1}");
        stream.Seek(0, SeekOrigin.End);
        stream.Read(new byte[10]).Should().Be(0);
    }

    [Fact]
    public async Task A_changed_byte_in_a_segment_fails_the_read_of_that_segment()
    {
        var (path, plain) = await EncryptAsync(3 * Segment, Protector(KeyA));
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Seek(EncryptedFile.HeaderSize + Segment + EncryptedFile.TagSize + 500, SeekOrigin.Begin);
            var b = file.ReadByte();
            file.Seek(-1, SeekOrigin.Current);
            file.WriteByte((byte)(b ^ 1));
        }

        await using var stream = EncryptedFile.OpenRead(path, Protector(KeyA));
        ReadRange(stream, 10, 100).Should().Equal(plain[10..110]);
        var reading = () => ReadRange(stream, Segment + 10, 100);
        reading.Should().Throw<CryptographicException>();
    }

    [Fact]
    public async Task Dropping_the_last_segment_is_detected()
    {
        var (path, _) = await EncryptAsync(3 * Segment, Protector(KeyA));
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
            file.SetLength(EncryptedFile.HeaderSize + 2L * (Segment + EncryptedFile.TagSize));

        var opening = () => EncryptedFile.OpenRead(path, Protector(KeyA));
        opening.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public async Task A_header_claiming_another_length_or_swapped_segments_fail()
    {
        var (path, _) = await EncryptAsync(2 * Segment, Protector(KeyA));
        var original = await File.ReadAllBytesAsync(path, Ct);

        var lengthChanged = (byte[])original.Clone();
        lengthChanged[20] ^= 1;
        await File.WriteAllBytesAsync(path, lengthChanged, Ct);
        ((Func<Stream>)(() => EncryptedFile.OpenRead(path, Protector(KeyA)))).Should().Throw<Exception>()
            .Which.Should().Match(e => e is CryptographicException || e is InvalidDataException);

        // Two full segments swapped: each is authenticated with its own index.
        var swapped = (byte[])original.Clone();
        var size = Segment + EncryptedFile.TagSize;
        original.AsSpan(EncryptedFile.HeaderSize, size).CopyTo(swapped.AsSpan(EncryptedFile.HeaderSize + size));
        original.AsSpan(EncryptedFile.HeaderSize + size, size).CopyTo(swapped.AsSpan(EncryptedFile.HeaderSize));
        await File.WriteAllBytesAsync(path, swapped, Ct);
        await using var stream = EncryptedFile.OpenRead(path, Protector(KeyA));
        ((Action)(() => ReadRange(stream, 0, 10))).Should().Throw<CryptographicException>();
    }

    [Fact]
    public async Task Rewrapping_changes_only_the_header_and_the_new_key_alone_then_reads_the_file()
    {
        var (path, plain) = await EncryptAsync(2 * Segment + 7, Protector(KeyA));
        var before = await File.ReadAllBytesAsync(path, Ct);
        var rotating = Protector(KeyB, previous: KeyA);

        EncryptedFile.Rewrap(path, rotating).Should().BeTrue();
        EncryptedFile.Rewrap(path, rotating).Should().BeFalse();

        var after = await File.ReadAllBytesAsync(path, Ct);
        after.AsSpan(EncryptedFile.HeaderSize).SequenceEqual(before.AsSpan(EncryptedFile.HeaderSize)).Should().BeTrue();
        EncryptedFile.KeyIdOf(path).Should().Be(rotating.CurrentKeyId);
        await using var stream = EncryptedFile.OpenRead(path, Protector(KeyB));
        ReadRange(stream, 0, plain.Length).Should().Equal(plain);
        ((Func<Stream>)(() => EncryptedFile.OpenRead(path, Protector(KeyA)))).Should().Throw<CryptographicException>();
    }

    [Fact]
    public async Task A_rewrap_stopped_while_writing_the_header_leaves_the_file_readable_from_the_saved_header()
    {
        var (path, plain) = await EncryptAsync(Segment + 1, Protector(KeyA));
        var header = (await File.ReadAllBytesAsync(path, Ct))[..EncryptedFile.HeaderSize];
        // The state a crash leaves: the old header saved beside the file, the file's own header half written.
        await File.WriteAllBytesAsync(path + ".header", header, Ct);
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
            file.Write(new byte[40]);

        await using (var stream = EncryptedFile.OpenRead(path, Protector(KeyA)))
            ReadRange(stream, 0, plain.Length).Should().Equal(plain);
        var rotating = Protector(KeyB, previous: KeyA);
        EncryptedFile.Rewrap(path, rotating).Should().BeTrue();
        File.Exists(path + ".header").Should().BeFalse();
        await using var rewrapped = EncryptedFile.OpenRead(path, Protector(KeyB));
        ReadRange(rewrapped, 0, plain.Length).Should().Equal(plain);
    }
}
