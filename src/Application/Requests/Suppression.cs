using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// Erased persons' suppression records: keyed hashes of their normalised identifiers (<see cref="SuppressionIdentifiers"/>),
/// so that the same person entered again — by a partner's lead, a prohibition register's line or staff — is caught.
/// </summary>
public static class Suppression
{
    public static IReadOnlyList<(SuppressedIdentifier Kind, byte[] Hash)> HashesOf(ISuppressionHasher hasher, string? identityCode, string? email,
        params string?[] phones) =>
        [.. SuppressionIdentifiers.Of(identityCode, email, phones).Select(i => (i.Kind, hasher.Hash(i.Normalised)))];

    /// <summary>Whether any of the identifiers belongs to an erased person.</summary>
    public static async Task<bool> MatchesAsync(IHsWorksDb db, ISuppressionHasher hasher, string? identityCode, string? email, string?[] phones,
        CancellationToken cancellationToken)
    {
        var hashes = HashesOf(hasher, identityCode, email, phones).Select(h => h.Hash).ToList();
        return hashes.Count > 0 && await db.SuppressionRecords.AnyAsync(s => hashes.Contains(s.Hash), cancellationToken);
    }
}
