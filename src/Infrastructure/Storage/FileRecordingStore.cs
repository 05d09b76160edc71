using HsWorks.Application.Common.Interfaces;
using Microsoft.Extensions.Options;

namespace HsWorks.Infrastructure.Storage;

public sealed class StorageOptions
{
    /// <summary>Folder for recordings (Storage__RecordingsPath); ./hsworks run puts it under .data/.</summary>
    public string RecordingsPath { get; set; } = Path.Combine(Path.GetTempPath(), "hsworks-recordings");

    /// <summary>Folder for uploaded prohibition-register files until their import has run (Storage__ImportsPath).</summary>
    public string ImportsPath { get; set; } = Path.Combine(Path.GetTempPath(), "hsworks-imports");
}

/// <summary>Recordings as files named by id, written to a temporary name and moved in place when complete.</summary>
public sealed class FileRecordingStore(IOptions<StorageOptions> options) : IRecordingStore
{
    private string Folder
    {
        get
        {
            var folder = options.Value.RecordingsPath;
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task SaveAsync(Guid id, Stream content, CancellationToken cancellationToken)
    {
        var final = PathOf(id);
        var partial = final + ".partial";
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                await content.CopyToAsync(file, cancellationToken);
            File.Move(partial, final);
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
        }
    }

    public Stream? OpenRead(Guid id)
    {
        var path = PathOf(id);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var path = PathOf(id);
        if (File.Exists(path)) File.Delete(path);
        return Task.CompletedTask;
    }

    private string PathOf(Guid id) => Path.Combine(Folder, id.ToString("N") + ".bin");
}
