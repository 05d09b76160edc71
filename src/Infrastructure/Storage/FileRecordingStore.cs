using HsWorks.Application.Common.Interfaces;
using HsWorks.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace HsWorks.Infrastructure.Storage;

public sealed class StorageOptions
{
    /// <summary>
    /// The one storage root every instance shares (Storage__Root); recordings and register files live
    /// in folders under it unless Storage__RecordingsPath / Storage__ImportsPath name others.
    /// </summary>
    public string Root { get; set; } = ".data";

    /// <summary>Folder for recordings (Storage__RecordingsPath); by default "recordings" under the root.</summary>
    public string RecordingsPath { get; set; } = string.Empty;

    /// <summary>Folder for uploaded prohibition-register files until their import has run (Storage__ImportsPath); by default "imports" under the root.</summary>
    public string ImportsPath { get; set; } = string.Empty;

    public string RecordingsFolder => Folder(RecordingsPath, "recordings");

    public string ImportsFolder => Folder(ImportsPath, "imports");

    /// <summary>Uploaded Population Register change files until their import has run: a folder of their own under the imports folder.</summary>
    public string PopulationImportsFolder => Folder(Path.Combine(ImportsFolder, "population"), "imports/population");

    /// <summary>Every folder whose files are encrypted with wrapped file keys (a key rotation re-wraps them all).</summary>
    public IEnumerable<string> EncryptedFolders => [RecordingsFolder, ImportsFolder, PopulationImportsFolder];

    private string Folder(string configured, string underRoot)
    {
        var folder = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? Path.Combine(Root, underRoot) : configured);
        Directory.CreateDirectory(folder);
        return folder;
    }
}

/// <summary>
/// Recordings as files named by id, encrypted as they are written (<see cref="EncryptedFile"/>) to a
/// temporary name beside the final one and moved in place when complete: no plaintext touches the disk.
/// </summary>
public sealed class FileRecordingStore(IOptions<StorageOptions> options, FieldProtector protector) : IRecordingStore
{
    public Task SaveAsync(Guid id, Stream content, CancellationToken cancellationToken) =>
        EncryptedFileStore.SaveAsync(PathOf(id), content, protector, cancellationToken);

    public Stream? OpenRead(Guid id)
    {
        var path = PathOf(id);
        return File.Exists(path) ? EncryptedFile.OpenRead(path, protector) : null;
    }

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(id));
        return Task.CompletedTask;
    }

    private string PathOf(Guid id) => Path.Combine(options.Value.RecordingsFolder, id.ToString("N") + ".bin");
}

/// <summary>Writing an encrypted file whole or not at all.</summary>
public static class EncryptedFileStore
{
    public static async Task<long> SaveAsync(string final, Stream content, FieldProtector protector, CancellationToken cancellationToken)
    {
        var partial = final + ".partial";
        try
        {
            long length;
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true))
                length = await EncryptedFile.EncryptAsync(content, file, protector, cancellationToken);
            File.Move(partial, final);
            return length;
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
        }
    }
}
