using System.Linq.Expressions;
using HsWorks.Domain.Common;

namespace HsWorks.Domain.Customers;

/// <summary>An invoice's collection state (R4.2). Overdue is not stored: it follows from the due date.</summary>
public enum InvoiceStatus
{
    Open,
    Paid,
    Overdue,
    Reminded,
    InCollection,
    Credited,
}

/// <summary>One step of an invoice's status history, kept as it happened.</summary>
public sealed class InvoiceStatusChange
{
    private InvoiceStatusChange()
    {
        ByUsername = string.Empty;
    }

    public InvoiceStatusChange(InvoiceStatus status, DateTimeOffset at, Guid? byUserId, string byUsername)
    {
        Status = status;
        At = at;
        ByUserId = byUserId;
        ByUsername = byUsername;
    }

    public long Id { get; private set; }

    public Guid InvoiceId { get; private set; }

    public InvoiceStatus Status { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? ByUserId { get; private set; }

    public string ByUsername { get; private set; }
}

/// <summary>An invoice with its Finnish reference number and its status history (R4.2).</summary>
public sealed class Invoice
{
    private static readonly Dictionary<InvoiceStatus, InvoiceStatus[]> Allowed = new()
    {
        [InvoiceStatus.Open] = [InvoiceStatus.Paid, InvoiceStatus.Reminded, InvoiceStatus.InCollection, InvoiceStatus.Credited],
        [InvoiceStatus.Reminded] = [InvoiceStatus.Paid, InvoiceStatus.InCollection, InvoiceStatus.Credited],
        [InvoiceStatus.InCollection] = [InvoiceStatus.Paid, InvoiceStatus.Credited],
        [InvoiceStatus.Paid] = [InvoiceStatus.Credited],
        [InvoiceStatus.Credited] = [],
    };

    private readonly List<InvoiceStatusChange> history = [];

    private Invoice()
    {
        ReferenceNumber = null!;
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>Assigned by the database from a sequence.</summary>
    public long InvoiceNumber { get; private set; }

    public ReferenceNumber ReferenceNumber { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>Total in euros, VAT included.</summary>
    public decimal Amount { get; private set; }

    public decimal VatAmount { get; private set; }

    /// <summary>The stored status; <see cref="StatusOn"/> adds overdue.</summary>
    public InvoiceStatus Status { get; private set; }

    public IReadOnlyList<InvoiceStatusChange> History => history;

    public static Invoice Issue(Guid id, Guid customerId, long invoiceNumber, DateOnly issuedOn, DateOnly dueOn, decimal amount, decimal vatAmount,
        DateTimeOffset now, Guid? byUserId, string byUsername)
    {
        if (dueOn < issuedOn) throw new DomainRuleException("The due date cannot be before the invoice date.", "dueOn");
        if (amount < 0 || decimal.Round(amount, 2) != amount) throw new DomainRuleException("The amount is euros and cents, not negative.", "amount");
        if (vatAmount < 0 || vatAmount > amount || decimal.Round(vatAmount, 2) != vatAmount)
            throw new DomainRuleException("The VAT is euros and cents, between zero and the amount.", "vatAmount");
        var invoice = new Invoice
        {
            Id = id,
            CustomerId = customerId,
            InvoiceNumber = invoiceNumber,
            ReferenceNumber = ReferenceNumber.For(invoiceNumber),
            IssuedOn = issuedOn,
            DueOn = dueOn,
            Amount = amount,
            VatAmount = vatAmount,
            Status = InvoiceStatus.Open,
        };
        invoice.history.Add(new InvoiceStatusChange(InvoiceStatus.Open, now, byUserId, byUsername));
        return invoice;
    }

    /// <summary>The one rule of "overdue": still open after the due date. <see cref="OverdueOn"/> is the same rule for a query.</summary>
    private static readonly Expression<Func<Invoice, DateOnly, bool>> Overdue = (invoice, today) =>
        invoice.Status == InvoiceStatus.Open && invoice.DueOn < today;

    private static readonly Func<Invoice, DateOnly, bool> IsOverdue = Overdue.Compile();

    /// <summary>The status as a reader sees it today: an open invoice past its due date is overdue.</summary>
    public InvoiceStatus StatusOn(DateOnly today) => IsOverdue(this, today) ? InvoiceStatus.Overdue : Status;

    /// <summary>The overdue rule as a query predicate, with <paramref name="today"/> sent as a parameter.</summary>
    public static Expression<Func<Invoice, bool>> OverdueOn(DateOnly today)
    {
        var day = Expression.Property(Expression.Constant(new Day(today)), nameof(Day.Value));
        return Expression.Lambda<Func<Invoice, bool>>(new Substitution(Overdue.Parameters[1], day).Visit(Overdue.Body), Overdue.Parameters[0]);
    }

    private sealed record Day(DateOnly Value);

    private sealed class Substitution(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : node;
    }

    /// <summary>The statuses that count towards a customer's open balance.</summary>
    public static readonly InvoiceStatus[] UnpaidStatuses = [InvoiceStatus.Open, InvoiceStatus.Reminded, InvoiceStatus.InCollection];

    public void ChangeStatus(InvoiceStatus status, DateTimeOffset now, Guid? byUserId, string byUsername)
    {
        if (status == InvoiceStatus.Overdue)
            throw new DomainRuleException("Overdue follows from the due date; it is not set by hand.", "status");
        if (!Allowed[Status].Contains(status))
            throw new DomainRuleException($"An invoice that is {Status} cannot become {status}.", "status");
        Status = status;
        history.Add(new InvoiceStatusChange(status, now, byUserId, byUsername));
    }
}
