using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Users;
using Mediator;

namespace HsWorks.Application.Customers;

/// <summary>Records an invoice; its number comes from a sequence and its Finnish reference number from that (R4.2).</summary>
[RequiresPermission(Permission.InvoicesWrite)]
[Audited("invoice.create")]
public sealed record IssueInvoice(Guid CustomerId, InvoiceInput Input) : ICommand<InvoiceDto>;

internal sealed class IssueInvoiceValidator : AbstractValidator<IssueInvoice>
{
    public IssueInvoiceValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Amount).GreaterThanOrEqualTo(0).PrecisionScale(12, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.Input.VatAmount).GreaterThanOrEqualTo(0).PrecisionScale(12, 2, ignoreTrailingZeros: true)
            .LessThanOrEqualTo(x => x.Input.Amount);
        RuleFor(x => x.Input.DueOn).GreaterThanOrEqualTo(x => x.Input.IssuedOn);
    }
}

internal sealed class IssueInvoiceHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<IssueInvoice, InvoiceDto>
{
    public async ValueTask<InvoiceDto> Handle(IssueInvoice command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        await db.EnsureCustomerAsync(command.CustomerId, cancellationToken);
        var now = clock.GetUtcNow();
        var invoice = Invoice.Issue(Guid.CreateVersion7(), command.CustomerId, await db.NextInvoiceNumberAsync(cancellationToken),
            input.IssuedOn, input.DueOn, input.Amount, input.VatAmount, now, currentUser.UserId, currentUser.Username);
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
        trail.Customer(command.CustomerId).Changed(["invoice"]);
        return invoice.ToDto(showAmounts: true, DateOnly.FromDateTime(now.UtcDateTime));
    }
}
