using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>One invoice with its status history; the amounts only with invoices.readAmounts.</summary>
[RequiresPermission(Permission.CustomersRead)]
[Audited("invoice.read")]
public sealed record GetInvoice(Guid Id) : IQuery<InvoiceDto>;

internal sealed class GetInvoiceHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock) : IQueryHandler<GetInvoice, InvoiceDto>
{
    public async ValueTask<InvoiceDto> Handle(GetInvoice query, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsNoTracking().Include(i => i.History).SingleOrDefaultAsync(i => i.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Invoice");
        await db.EnsureInvoicesReadableAsync(currentUser, invoice.CustomerId, cancellationToken);
        trail.Customer(invoice.CustomerId).Persons(await db.PersonIdsOfAsync(invoice.CustomerId, cancellationToken));
        return invoice.ToDto(currentUser.Has(Permission.InvoicesReadAmounts), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }
}
