using HsWorks.Domain.Common;
using HsWorks.Domain.Customers;

namespace HsWorks.Domain.UnitTests.Customers;

public sealed class InvoiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static Invoice NewInvoice(DateOnly? dueOn = null) =>
        Invoice.Issue(Guid.NewGuid(), Guid.NewGuid(), 10001, new DateOnly(2026, 11, 1), dueOn ?? new DateOnly(2026, 11, 15), 124.00m, 24.00m, Now, null, "billing");

    [Fact]
    public void An_issued_invoice_is_open_with_a_reference_from_its_number()
    {
        var invoice = NewInvoice();
        invoice.Status.Should().Be(InvoiceStatus.Open);
        invoice.ReferenceNumber.Value.Should().Be(ReferenceNumber.For(10001).Value);
        invoice.History.Should().ContainSingle().Which.Status.Should().Be(InvoiceStatus.Open);
    }

    [Fact]
    public void An_open_invoice_past_its_due_date_is_overdue_without_being_stored_so()
    {
        var invoice = NewInvoice(new DateOnly(2026, 11, 15));
        invoice.StatusOn(new DateOnly(2026, 11, 15)).Should().Be(InvoiceStatus.Open);
        invoice.StatusOn(new DateOnly(2026, 11, 16)).Should().Be(InvoiceStatus.Overdue);
        invoice.Status.Should().Be(InvoiceStatus.Open);
    }

    [Fact]
    public void Collection_moves_forward_and_is_kept_as_history()
    {
        var invoice = NewInvoice();
        invoice.ChangeStatus(InvoiceStatus.Reminded, Now, null, "billing");
        invoice.ChangeStatus(InvoiceStatus.InCollection, Now, null, "billing");
        invoice.ChangeStatus(InvoiceStatus.Paid, Now, null, "billing");
        invoice.History.Select(h => h.Status).Should().Equal(InvoiceStatus.Open, InvoiceStatus.Reminded, InvoiceStatus.InCollection, InvoiceStatus.Paid);
        invoice.StatusOn(new DateOnly(2027, 1, 1)).Should().Be(InvoiceStatus.Paid);
    }

    [Theory]
    [InlineData(InvoiceStatus.Overdue)]
    [InlineData(InvoiceStatus.Open)]
    public void Overdue_and_reopening_are_not_set_by_hand(InvoiceStatus status)
    {
        var act = () => NewInvoice().ChangeStatus(status, Now, null, "billing");
        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("status");
    }

    [Fact]
    public void A_credited_invoice_is_final()
    {
        var invoice = NewInvoice();
        invoice.ChangeStatus(InvoiceStatus.Credited, Now, null, "billing");
        var act = () => invoice.ChangeStatus(InvoiceStatus.Paid, Now, null, "billing");
        act.Should().Throw<DomainRuleException>();
    }

    [Theory]
    [InlineData(100, 101)]
    [InlineData(-1, 0)]
    [InlineData(10.001, 0)]
    public void Amounts_must_be_cents_and_vat_within_the_amount(double amount, double vat)
    {
        var act = () => Invoice.Issue(Guid.NewGuid(), Guid.NewGuid(), 10001, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 15),
            (decimal)amount, (decimal)vat, Now, null, "billing");
        act.Should().Throw<DomainRuleException>();
    }

    [Theory]
    [InlineData("2026-11-14", false)]
    [InlineData("2026-11-15", false)]
    [InlineData("2026-11-16", true)]
    [InlineData("2027-01-01", true)]
    public void The_query_form_of_overdue_agrees_with_the_status_a_reader_sees(string day, bool overdue)
    {
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var open = NewInvoice();
        var paid = NewInvoice();
        paid.ChangeStatus(InvoiceStatus.Paid, Now, null, "billing");

        foreach (var invoice in new[] { open, paid })
            Invoice.OverdueOn(today).Compile()(invoice).Should().Be(invoice.StatusOn(today) == InvoiceStatus.Overdue);
        (open.StatusOn(today) == InvoiceStatus.Overdue).Should().Be(overdue, "an open invoice is overdue from the day after its due date");
    }
}
