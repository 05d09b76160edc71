using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Customers;

/// <summary>Warranties that end within the next N days (today included), soonest first, across customers.</summary>
[RequiresPermission(Permission.CustomersRead)]
[Audited("warranty.list")]
public sealed record ListEndingWarranties(int EndingWithinDays, int? Page, int? PageSize) : IQuery<PagedResult<WarrantyDto>>;

internal sealed class ListEndingWarrantiesValidator : AbstractValidator<ListEndingWarranties>
{
    public ListEndingWarrantiesValidator() => RuleFor(x => x.EndingWithinDays).InclusiveBetween(0, 3650);
}

internal sealed class ListEndingWarrantiesHandler(IHsWorksDb db, AuditTrail trail, TimeProvider clock)
    : IQueryHandler<ListEndingWarranties, PagedResult<WarrantyDto>>
{
    public async ValueTask<PagedResult<WarrantyDto>> Handle(ListEndingWarranties query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var until = today.AddDays(query.EndingWithinDays);
        var result = await db.Assets.Where(a => a.Warranty != null && a.Warranty.EndsOn >= today && a.Warranty.EndsOn <= until)
            .ToWarranties(db).ToPageAsync(page, pageSize, cancellationToken);
        trail.Customers(result.Items.Select(w => w.CustomerId));
        return result;
    }
}
