using System.Collections.Concurrent;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.ProhibitionRegisters;
using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.Security;
using HsWorks.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HsWorks.Infrastructure.ProhibitionRegisters;

/// <summary>
/// Keeps uploaded register files under the data folder until their imports have run, and runs the
/// imports one after another in the background. Imports still running when the process stopped are
/// run again at the next start (their files are kept until then).
/// </summary>
internal sealed class RegisterImportService(IServiceScopeFactory scopes, IOptions<StorageOptions> storage, FieldProtector protector, ILogger<RegisterImportService> logger)
    : BackgroundService, IRegisterImports
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(30);

    private readonly System.Threading.Channels.Channel<Guid> _wakeUps = System.Threading.Channels.Channel.CreateUnbounded<Guid>();

    private readonly ConcurrentDictionary<Guid, ImportProgress> _progress = new();

    private string Folder => storage.Value.ImportsFolder;

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
                logger.LogError(exception, "Prohibition-register imports could not be looked up");
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
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HsWorksDbContext>();
            pending = await db.RegisterImports.Where(i => i.Status == ImportStatus.Running).OrderBy(i => i.StartedAt).Select(i => i.Id)
                .ToListAsync(cancellationToken);
        }
        foreach (var id in pending)
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<RegisterImportRunner>()
                    .RunAsync(id, PathOf(id), progress => _progress[id] = progress, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Never retried in a loop: the import fails and says so; the file can be uploaded again.
                logger.LogError(exception, "Register import {ImportId} stopped on an error", id);
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<RegisterImportRunner>().AbandonAsync(id, cancellationToken);
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
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HsWorksDbContext>();
            running = [.. await db.RegisterImports.Where(i => i.Status == ImportStatus.Running).Select(i => i.Id).ToListAsync(cancellationToken)];
        }
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles())
        {
            var id = Guid.TryParse(file.Name.Split('.')[0], out var parsed) ? parsed : Guid.Empty;
            if (!running.Contains(id) && file.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1)) file.Delete();
        }
        return true;
    }

    private string PathOf(Guid importId) => Path.Combine(Folder, $"{importId:N}.csv");
}
