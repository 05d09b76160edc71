using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// The one rule for using a restricted person's data beyond storing it (GDPR Art. 18(2)): refused unless the use names a ground, and
/// every use under a ground recorded with it (<see cref="RestrictedUse"/>) in the caller's transaction. Marketing selections and
/// partner reads leave restricted persons out instead (they read <see cref="Domain.Persons.Person.ProcessingRestricted"/>).
/// </summary>
public static class RestrictedProcessing
{
    /// <summary>
    /// How many of the persons are restricted with no ground given (the caller refuses the use when any are); with a ground, the use
    /// is recorded for each restricted person and none are refused.
    /// </summary>
    public static async Task<int> RefusedAsync(IHsWorksDb db, IReadOnlyCollection<Guid> personIds, RestrictionGround? ground, string use,
        DateTimeOffset now, string by, CancellationToken cancellationToken)
    {
        var holding = await db.ProcessingRestrictions.AsNoTracking().Where(r => personIds.Contains(r.PersonId) && r.LiftedAt == null)
            .Select(r => new { r.Id, r.PersonId }).ToListAsync(cancellationToken);
        if (holding.Count == 0) return 0;
        if (ground is not { } named) return holding.Count;
        foreach (var restriction in holding) db.RestrictedUses.Add(new RestrictedUse(restriction.PersonId, restriction.Id, named, use, now, by));
        return 0;
    }

    /// <summary>
    /// Refuses (409, field restrictionGround) an edit of data of restricted persons made outside their request, unless it names a ground;
    /// with one, records the use. A consumer customer's records are its person's data, so the customer's own person counts too.
    /// </summary>
    public static async Task EnsureMayEditAsync(IHsWorksDb db, IEnumerable<Guid?> personIds, RestrictionGround? ground, string use, DateTimeOffset now,
        string by, CancellationToken cancellationToken)
    {
        List<Guid> named = [.. personIds.OfType<Guid>().Distinct()];
        if (named.Count > 0 && await RefusedAsync(db, named, ground, use, now, by, cancellationToken) > 0)
            throw new ConflictException(Messages.Get("processingRestrictedEdit"), "restrictionGround");
    }

    /// <summary>The consumer customer's own person (an organisation has none).</summary>
    public static Task<Guid?> ConsumerPersonAsync(IHsWorksDb db, Guid customerId, CancellationToken cancellationToken) =>
        db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.PersonId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The restriction holding on the person, if any.</summary>
    public static Task<ProcessingRestriction?> HoldingAsync(IHsWorksDb db, Guid personId, CancellationToken cancellationToken) =>
        db.ProcessingRestrictions.AsNoTracking().SingleOrDefaultAsync(r => r.PersonId == personId && r.LiftedAt == null, cancellationToken);
}
