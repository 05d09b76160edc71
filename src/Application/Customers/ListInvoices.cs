using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Paging;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>A customer's invoices, newest first. Amounts only for levels that may see them; others see the status (R7.2).</summary>
[RequiresPermission(Permission.CustomersRead)]
[Audited("invoice.list")]
public sealed record ListInvoices(Guid CustomerId, int? Page, int? PageSize) : IQuery<PagedResult<InvoiceDto>>;

internal sealed class ListInvoicesHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : IQueryHandler<ListInvoices, PagedResult<InvoiceDto>>
{
    public async ValueTask<PagedResult<InvoiceDto>> Handle(ListInvoices query, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Paging.Normalise(query.Page, query.PageSize);
        await db.EnsureCustomerAsync(query.CustomerId, cancellationToken);
        await db.EnsureInvoicesReadableAsync(currentUser, query.CustomerId, cancellationToken);
        var result = await db.Invoices.AsNoTracking().Include(i => i.History).Where(i => i.CustomerId == query.CustomerId)
            .OrderByDescending(i => i.IssuedOn).ThenByDescending(i => i.InvoiceNumber).ToPageAsync(page, pageSize, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var showAmounts = currentUser.Has(Permission.InvoicesReadAmounts);
        trail.Customer(query.CustomerId).Persons(await db.PersonIdsOfAsync(query.CustomerId, cancellationToken));
        return new PagedResult<InvoiceDto>([.. result.Items.Select(i => i.ToDto(showAmounts, today))], result.Page, result.PageSize, result.TotalCount);
    }
}
