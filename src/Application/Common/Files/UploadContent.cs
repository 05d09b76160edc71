using FluentValidation;
using FluentValidation.Results;

namespace HsWorks.Application.Common.Files;

/// <summary>
/// An upload as it arrives, read once and never buffered whole: its first bytes are read ahead (for
/// the check of its type), then everything flows through, counted; past the limit the read fails
/// with a validation error on <c>file</c>, so whatever was being written is abandoned.
/// </summary>
public sealed class UploadContent : Stream
{
    public const int HeadLength = 512;

    private readonly Stream body;
    private readonly long maxBytes;
    private readonly string tooLargeMessage;
    private readonly byte[] head;
    private int headServed;

    private UploadContent(Stream body, byte[] head, long maxBytes, string tooLargeMessage) =>
        (this.body, this.head, this.maxBytes, this.tooLargeMessage) = (body, head, maxBytes, tooLargeMessage);

    public static async Task<UploadContent> OpenAsync(Stream body, long maxBytes, string tooLargeMessage, CancellationToken cancellationToken)
    {
        var head = new byte[HeadLength];
        var read = await body.ReadAtLeastAsync(head, HeadLength, throwOnEndOfStream: false, cancellationToken);
        return new UploadContent(body, head[..read], maxBytes, tooLargeMessage);
    }

    /// <summary>The first bytes (up to 512), for recognising the type; empty for an empty upload.</summary>
    public byte[] Head => head;

    /// <summary>How many bytes have passed so far; the whole length once read to the end.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        if (headServed < head.Length)
        {
            read = Math.Min(buffer.Length, head.Length - headServed);
            head.AsMemory(headServed, read).CopyTo(buffer);
            headServed += read;
        }
        else read = await body.ReadAsync(buffer, cancellationToken);
        BytesRead += read;
        if (BytesRead > maxBytes) throw new ValidationException([new ValidationFailure("file", tooLargeMessage)]);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
