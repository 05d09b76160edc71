using HsWorks.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Retention;

/// <summary>Whether a legal hold in force covers persons: on them, on a customer they are (a consumer), or on a customer they are a contact person of.</summary>
public static class LegalHolds
{
    public static Task<bool> AnyOverAsync(IHsWorksDb db, IReadOnlyCollection<Guid> personIds, CancellationToken ct)
    {
        var customers = db.Customers.Where(c => c.PersonId != null && personIds.Contains(c.PersonId.Value)).Select(c => c.Id)
            .Concat(db.ContactPersons.Where(cp => personIds.Contains(cp.PersonId)).Select(cp => cp.CustomerId));
        return db.LegalHolds.AnyAsync(h => h.LiftedAt == null
            && ((h.PersonId != null && personIds.Contains(h.PersonId.Value)) || (h.CustomerId != null && customers.Contains(h.CustomerId.Value))), ct);
    }
}
