using System.Security.Cryptography;
using System.Text.Json;

namespace HsWorks.Infrastructure.Security;

/// <summary>A key of the ring: its id (the first 8 hex digits of its SHA-256), the key (base64) and when it was added.</summary>
public sealed record KeyRingEntry(string Id, string Key, DateTimeOffset AddedAt);

/// <summary>
/// The key ring file every instance reads (JSON, mode 0600): every key that may still be needed to
/// read a value or a file. It is replaced as a whole (written beside, flushed, renamed), so a reader
/// sees either the old ring or the new one, and a key is in it before any value is written with it.
/// </summary>
public sealed class KeyRingFile(string path)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public DateTime LastWrittenAt => File.Exists(Path) ? File.GetLastWriteTimeUtc(Path) : DateTime.MinValue;

    public IReadOnlyList<KeyRingEntry> Read()
    {
        if (!File.Exists(Path)) return [];
        using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return JsonSerializer.Deserialize<Document>(file, Json)?.Keys ?? [];
    }

    /// <summary>Adds a new random key (and any keys given, such as the configured ones) and answers the new key's id.</summary>
    public string AddNewKey(IEnumerable<byte[]> alsoKeep, DateTimeOffset now)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var entries = Read().ToList();
        foreach (var kept in alsoKeep.Where(k => entries.All(e => e.Id != FieldProtector.KeyId(k))))
            entries.Add(new KeyRingEntry(FieldProtector.KeyId(kept), Convert.ToBase64String(kept), now.AddTicks(-1)));
        var id = FieldProtector.KeyId(key);
        entries.Add(new KeyRingEntry(id, Convert.ToBase64String(key), now));
        Write(entries);
        return id;
    }

    public void Remove(string keyId) => Write([.. Read().Where(e => e.Id != keyId)]);

    private void Write(IReadOnlyList<KeyRingEntry> entries)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var partial = Path + ".partial";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var file = new FileStream(partial, options))
        {
            JsonSerializer.Serialize(file, new Document(entries), Json);
            file.Flush(flushToDisk: true);
        }
        File.Move(partial, Path, overwrite: true);
    }

    private sealed record Document(IReadOnlyList<KeyRingEntry> Keys);
}
