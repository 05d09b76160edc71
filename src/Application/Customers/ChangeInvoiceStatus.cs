using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>Moves an invoice along its collection path (paid, reminded, in collection, credited); the step is kept in its history.</summary>
[RequiresPermission(Permission.InvoicesWrite)]
[Audited("invoice.status")]
public sealed record ChangeInvoiceStatus(Guid InvoiceId, InvoiceStatus? Status) : ICommand<InvoiceDto>;

internal sealed class ChangeInvoiceStatusValidator : AbstractValidator<ChangeInvoiceStatus>
{
    public ChangeInvoiceStatusValidator() => RuleFor(x => x.Status).NotNull();
}

internal sealed class ChangeInvoiceStatusHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<ChangeInvoiceStatus, InvoiceDto>
{
    public async ValueTask<InvoiceDto> Handle(ChangeInvoiceStatus command, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.Include(i => i.History).SingleOrDefaultAsync(i => i.Id == command.InvoiceId, cancellationToken)
            ?? throw new NotFoundException("Invoice");
        var now = clock.GetUtcNow();
        invoice.ChangeStatus(command.Status!.Value, now, currentUser.UserId, currentUser.Username);
        await db.SaveChangesAsync(cancellationToken);
        trail.Customer(invoice.CustomerId).Changed(["invoice.status"]);
        return invoice.ToDto(showAmounts: true, DateOnly.FromDateTime(now.UtcDateTime));
    }
}
