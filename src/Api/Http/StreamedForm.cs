using FluentValidation;
using FluentValidation.Results;
using HsWorks.Application.Common.Validation;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace HsWorks.Api.Http;

/// <summary>
/// A multipart/form-data upload read as it arrives with <see cref="MultipartReader"/>: no form
/// binding, so nothing is buffered in memory or in a temporary folder. The small fields come first
/// and are collected; the file's content is handed on as a stream that reads straight from the
/// request. Fields after the file cannot be honoured without buffering it: at the file's end they
/// fail the upload (a 400 naming the field), before anything is committed.
/// </summary>
internal sealed class StreamedForm
{
    private const int MaxFieldLength = 1024;

    private StreamedForm(Dictionary<string, string> fields, string fileField) => (Fields, FileField) = (fields, fileField);

    public IReadOnlyDictionary<string, string> Fields { get; }

    public string FileField { get; }

    public string? FileName { get; private set; }

    public string? FileContentType { get; private set; }

    /// <summary>The file's content, or null when the form has no file.</summary>
    public Stream? File { get; private set; }

    public string? Field(string name) => Fields.GetValueOrDefault(name);

    /// <summary>Reads the fields up to the file named <paramref name="fileField"/>.</summary>
    public static async Task<StreamedForm> ReadUntilFileAsync(HttpRequest request, string fileField, CancellationToken cancellationToken)
    {
        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? HeaderUtilities.RemoveQuotes(type.Boundary).Value
            : null;
        if (string.IsNullOrWhiteSpace(boundary))
            throw new ValidationException([new ValidationFailure(fileField, Messages.Get("fileRequired"))]);
        var reader = new MultipartReader(boundary, request.Body);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var form = new StreamedForm(fields, fileField);
        while (await ReadSectionAsync(reader, cancellationToken) is { } section)
        {
            var disposition = section.GetContentDispositionHeader();
            var name = HeaderUtilities.RemoveQuotes(disposition?.Name ?? default).Value;
            if (disposition is null || string.IsNullOrEmpty(name)) continue;
            if (name == fileField && disposition.IsFileDisposition())
            {
                form.FileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                form.FileContentType = section.ContentType;
                form.File = new SectionStream(section.Body, reader);
                return form;
            }
            var value = await ReadFieldAsync(section, name, cancellationToken);
            fields[name] = value;
        }
        return form;
    }

    private static async Task<MultipartSection?> ReadSectionAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadNextSectionAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            throw new BadHttpRequestException("The multipart body is malformed.");
        }
    }

    private static async Task<string> ReadFieldAsync(MultipartSection section, string name, CancellationToken cancellationToken)
    {
        var buffer = new char[MaxFieldLength + 1];
        using var text = new StreamReader(section.Body);
        var length = await text.ReadBlockAsync(buffer, cancellationToken);
        if (length > MaxFieldLength) throw new ValidationException([new ValidationFailure(name, Messages.Get("tooLong", MaxFieldLength))]);
        return new string(buffer, 0, length);
    }

    /// <summary>The file part's body; at its end, any form field after it fails the read.</summary>
    private sealed class SectionStream(Stream body, MultipartReader reader) : Stream
    {
        private bool ended;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (ended) return 0;
            int read;
            try
            {
                read = await body.ReadAsync(buffer, cancellationToken);
            }
            catch (InvalidDataException)
            {
                throw new BadHttpRequestException("The multipart body is malformed.");
            }
            if (read > 0 || buffer.Length == 0) return read;
            ended = true;
            while (await ReadSectionAsync(reader, cancellationToken) is { } next)
            {
                var name = HeaderUtilities.RemoveQuotes(next.GetContentDispositionHeader()?.Name ?? default).Value;
                if (!string.IsNullOrEmpty(name))
                    throw new ValidationException([new ValidationFailure(name, Messages.Get("fieldAfterFile", name))]);
            }
            return 0;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>Describes a streamed upload's form in the OpenAPI document, since no parameter binds it.</summary>
internal sealed record StreamedUploadForm(string FileField, bool FileRequired, params (string Name, string? Format)[] Fields);
