using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace HsWorks.Infrastructure.Security;

/// <summary>
/// The key commands ./hsworks rotate-keys runs through the API binary (docs/keys.md):
/// --rotate-encryption [--resume] and --remove-retired-keys [--backup-retention-days N].
/// </summary>
public static class EncryptionCommands
{
    /// <summary>Runs the command named in <paramref name="args"/>, if any; answers whether one ran.</summary>
    public static async Task<bool> TryRunAsync(IServiceProvider services, string[] args)
    {
        if (args.Contains("--rotate-encryption"))
        {
            using var scope = services.CreateScope();
            var progress = await scope.ServiceProvider.GetRequiredService<EncryptionRotation>().RotateAsync(args.Contains("--resume"), CancellationToken.None);
            var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
            Console.WriteLine($"Active key {protector.CurrentKeyId}: re-encrypted {progress.Values} values and re-wrapped {progress.Files} files.");
            if (!progress.Complete) Console.WriteLine("Some values or files still use a retired key (written meanwhile): run again with --resume.");
            return true;
        }
        if (args.Contains("--remove-retired-keys"))
        {
            using var scope = services.CreateScope();
            var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
            var days = ArgumentAfter(args, "--backup-retention-days") ?? protector.Options.BackupRetentionDays?.ToString(CultureInfo.InvariantCulture)
                ?? throw new InvalidOperationException("Say how long backups are kept: --backup-retention-days N (or Encryption__BackupRetentionDays).");
            var outcomes = await scope.ServiceProvider.GetRequiredService<EncryptionRotation>()
                .RemoveRetiredKeysAsync(TimeSpan.FromDays(int.Parse(days, CultureInfo.InvariantCulture)), CancellationToken.None);
            foreach (var outcome in outcomes) Console.WriteLine($"{outcome.KeyId}: {(outcome.Removed ? "removed" : "kept")} ({outcome.Reason})");
            return true;
        }
        return false;
    }

    private static string? ArgumentAfter(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
