using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Infrastructure.PopulationRegister;

/// <summary>
/// Writes the keyed lookup of identity codes that have none: persons saved before the lookup existed, or loaded in bulk by SQL.
/// Also the way to rebuild every lookup (set the column to NULL and start): the values follow from the encrypted codes.
/// </summary>
internal static class IdentityCodeLookupBackfill
{
    public static async Task<int> RunAsync(HsWorksDbContext db, IdentityCodeLookup lookup, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            var batch = await db.Persons
                .FromSql($"SELECT p.*, p.xmin FROM persons p WHERE p.identity_code IS NOT NULL AND p.identity_code_lookup IS NULL LIMIT 5000")
                .AsNoTracking().Select(p => new { p.Id, p.IdentityCode }).ToListAsync(ct);
            if (batch.Count == 0) return total;
            var ids = batch.Select(p => p.Id).ToArray();
            var hashes = batch.Select(p => lookup.Of(p.IdentityCode!)).ToArray();
            await db.Database.ExecuteSqlAsync($"""
                UPDATE persons p SET identity_code_lookup = v.hash FROM unnest({ids}, {hashes}) AS v(id, hash) WHERE p.id = v.id
                """, ct);
            total += batch.Count;
        }
    }
}
