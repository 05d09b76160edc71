using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Retention;

/// <summary>Legal holds, those in force first, newest first; with <c>includeLifted</c> the lifted ones too.</summary>
[RequiresPermission(Permission.RetentionManage)]
[Audited("retention.holds.read")]
public sealed record ListLegalHolds(bool IncludeLifted) : IQuery<IReadOnlyList<LegalHoldDto>>;

internal sealed class ListLegalHoldsHandler(IHsWorksDb db, AuditTrail trail) : IQueryHandler<ListLegalHolds, IReadOnlyList<LegalHoldDto>>
{
    public async ValueTask<IReadOnlyList<LegalHoldDto>> Handle(ListLegalHolds query, CancellationToken cancellationToken)
    {
        var holds = await (
                from h in db.LegalHolds.AsNoTracking()
                where query.IncludeLifted || h.LiftedAt == null
                join p in db.Persons on h.PersonId equals p.Id into persons
                from p in persons.DefaultIfEmpty()
                join c in db.Customers on h.CustomerId equals c.Id into customers
                from c in customers.DefaultIfEmpty()
                join cp in db.Persons on c.PersonId equals cp.Id into consumers
                from cp in consumers.DefaultIfEmpty()
                orderby h.LiftedAt != null, h.PlacedAt descending
                select new
                {
                    Hold = h,
                    PersonName = p == null ? null : Person.FullNameOf(p.FirstName, p.LastName),
                    CustomerName = c == null ? null : c.Name,
                    CustomerNumber = c == null ? (long?)null : c.CustomerNumber,
                    ConsumerFirst = cp == null ? null : cp.FirstName,
                    ConsumerLast = cp == null ? null : cp.LastName,
                })
            .ToListAsync(cancellationToken);
        trail.Persons(holds.Where(h => h.Hold.PersonId != null).Select(h => h.Hold.PersonId!.Value))
            .Customers(holds.Where(h => h.Hold.CustomerId != null).Select(h => h.Hold.CustomerId!.Value));
        return
        [
            .. holds.Select(h => new LegalHoldDto(h.Hold.Id, h.Hold.PersonId, h.Hold.CustomerId,
                h.PersonName ?? $"{h.CustomerNumber} {Customer.DisplayName(h.CustomerName, h.ConsumerFirst, h.ConsumerLast)}".Trim(),
                h.Hold.Reason, h.Hold.PlacedAt, h.Hold.PlacedBy, h.Hold.LiftedAt, h.Hold.LiftedBy)),
        ];
    }
}
