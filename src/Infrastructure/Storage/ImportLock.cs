using HsWorks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HsWorks.Infrastructure.Storage;

/// <summary>One import's session-level advisory lock (<see cref="SessionAdvisoryLock"/>), so that of several API instances only one runs it.</summary>
internal static class ImportLock
{
    /// <summary>The lock of the import, or null when another instance holds it.</summary>
    public static async Task<SessionAdvisoryLock?> TryTakeAsync(IServiceScopeFactory scopes, Guid importId, CancellationToken cancellationToken)
    {
        string connectionString;
        using (var scope = scopes.CreateScope())
            connectionString = scope.ServiceProvider.GetRequiredService<HsWorksDbContext>().Database.GetConnectionString()!;
        return await SessionAdvisoryLock.TryTakeAsync(connectionString, KeyOf(importId), cancellationToken);
    }

    /// <summary>The import id's 128 bits folded into the lock's 64 (a collision only makes one import wait for the next pass).</summary>
    internal static long KeyOf(Guid importId)
    {
        Span<byte> bytes = stackalloc byte[16];
        importId.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }
}
