using System.Collections.Concurrent;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HsWorks.Infrastructure.Storage;

/// <summary>
/// Keeps uploaded files under a folder until their imports have run, and runs the imports one after another in the background.
/// Imports still running when the process stopped are run again at the next start (their files are kept until then). What an
/// import is — which are pending, how one runs, how one is given up — is the subclass's.
/// </summary>
internal abstract class BackgroundImports(IServiceScopeFactory scopes, FieldProtector protector, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(30);

    private readonly System.Threading.Channels.Channel<Guid> _wakeUps = System.Threading.Channels.Channel.CreateUnbounded<Guid>();

    private readonly ConcurrentDictionary<Guid, ImportProgress> _progress = new();

    /// <summary>Where the uploads wait, encrypted.</summary>
    protected abstract string Folder { get; }

    /// <summary>The imports still running in the database, oldest first.</summary>
    protected abstract Task<List<Guid>> PendingAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected abstract Task RunAsync(IServiceProvider services, Guid importId, string path, Action<ImportProgress> report, CancellationToken cancellationToken);

    /// <summary>Fails an import that stopped on an unexpected error, so that it is not run again and again.</summary>
    protected abstract Task AbandonAsync(IServiceProvider services, Guid importId, CancellationToken cancellationToken);

    public async Task AcceptAsync(Guid importId, Stream content, CancellationToken cancellationToken)
    {
        // Encrypted as it is written, like recordings: the file holds personal data.
        await EncryptedFileStore.SaveAsync(PathOf(importId), content, protector, cancellationToken);
        _progress[importId] = new ImportProgress("queued", 0, 0);
        _wakeUps.Writer.TryWrite(importId);
    }

    public ImportProgress? ProgressOf(Guid importId) => _progress.GetValueOrDefault(importId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var swept = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!swept) swept = await SweepAsync(stoppingToken);
                // A wake-up can come before the import's row is committed: then look again shortly.
                var attempt = 0;
                for (; await RunPendingAsync(stoppingToken) == 0 && attempt < 10 && _progress.Values.Any(p => p.Phase == "queued"); attempt++)
                    await Task.Delay(TimeSpan.FromMilliseconds(200), stoppingToken);
                // Still queued after two seconds: the upload's transaction was rolled back, nothing will run.
                if (attempt == 10) foreach (var queued in _progress.Where(p => p.Value.Phase == "queued").ToList()) _progress.TryRemove(queued.Key, out _);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // For example the database is not reachable or not migrated yet: the next wake-up or poll tries again.
                logger.LogError(exception, "Imports could not be looked up");
            }
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(Poll);
                await _wakeUps.Reader.WaitToReadAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The poll interval passed without a wake-up.
            }
            catch (OperationCanceledException)
            {
                return;
            }
            while (_wakeUps.Reader.TryRead(out _))
            {
            }
        }
    }

    /// <summary>Runs every import still running in the database, oldest first; answers how many there were.</summary>
    private async Task<int> RunPendingAsync(CancellationToken cancellationToken)
    {
        List<Guid> pending;
        using (var scope = scopes.CreateScope()) pending = await PendingAsync(scope.ServiceProvider, cancellationToken);
        foreach (var id in pending)
        {
            // Several API instances share the database (and the uploads' folder, docs/imports.md): each import runs under its own
            // session-level advisory lock, held on a connection of its own until the run has committed. An instance that does not get
            // it leaves the import to the one that has it; one that gets it after the run finds it no longer running (the runner
            // re-reads the status under the lock) and does nothing.
            await using var held = await ImportLock.TryTakeAsync(scopes, id, cancellationToken);
            if (held is null) continue;
            try
            {
                using var scope = scopes.CreateScope();
                await RunAsync(scope.ServiceProvider, id, PathOf(id), progress => _progress[id] = progress, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Never retried in a loop: the import fails and says so; the file can be uploaded again.
                logger.LogError(exception, "Import {ImportId} stopped on an error", id);
                using var scope = scopes.CreateScope();
                await AbandonAsync(scope.ServiceProvider, id, cancellationToken);
            }
            finally
            {
                _progress.TryRemove(id, out _);
            }
            File.Delete(PathOf(id));
        }
        return pending.Count;
    }

    /// <summary>
    /// Deletes files no import will read: uploads whose import was rolled back, or that an earlier
    /// process left behind. Recent files are kept, their import may not be committed yet.
    /// </summary>
    private async Task<bool> SweepAsync(CancellationToken cancellationToken)
    {
        HashSet<Guid> running;
        using (var scope = scopes.CreateScope()) running = [.. await PendingAsync(scope.ServiceProvider, cancellationToken)];
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles())
        {
            var id = Guid.TryParse(file.Name.Split('.')[0], out var parsed) ? parsed : Guid.Empty;
            if (!running.Contains(id) && file.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1)) file.Delete();
        }
        return true;
    }

    /// <summary>The uploads' file extension (the name says nothing of the content: it is encrypted).</summary>
    protected virtual string Extension => ".bin";

    protected string PathOf(Guid importId) => Path.Combine(Folder, $"{importId:N}{Extension}");
}
