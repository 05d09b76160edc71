using FluentValidation;
using FluentValidation.Results;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>Checks shared by the use cases of a customer's records: the customer exists, and so do the things a record points at.</summary>
internal static class CustomerRecordRules
{
    public static async Task EnsureCustomerAsync(this IHsWorksDb db, Guid customerId, CancellationToken ct)
    {
        if (!await db.Customers.AnyAsync(c => c.Id == customerId, ct)) throw new NotFoundException("Customer");
    }

    /// <summary>
    /// The invoices of a customer erased at the person's request are kept for accounting only (Accounting Act 1336/1997 chapter 2
    /// section 10): only those who keep the accounts (invoices.write) read them.
    /// </summary>
    public static async Task EnsureInvoicesReadableAsync(this IHsWorksDb db, ICurrentUser user, Guid customerId, CancellationToken ct)
    {
        if (!user.Has(Permission.InvoicesWrite) && await db.Customers.AnyAsync(c => c.Id == customerId && c.ErasedAt != null, ct))
            throw new ForbiddenException(Messages.Get("invoicesAccountingOnly"));
    }

    public static async Task EnsureProductGroupAsync(this IHsWorksDb db, Guid? productGroupId, CancellationToken ct)
    {
        if (productGroupId is { } id && !await db.ProductGroups.AnyAsync(g => g.Id == id, ct))
            throw new ValidationException([new ValidationFailure("productGroupId", Messages.Get("noSuchProductGroup"))]);
    }

    /// <summary>A record's person must be the customer's own person or one of its contact persons.</summary>
    public static async Task EnsureCustomersPersonAsync(this IHsWorksDb db, Guid customerId, Guid? personId, CancellationToken ct)
    {
        if (personId is not { } id) return;
        var belongs = await db.Customers.AnyAsync(c => c.Id == customerId && (c.PersonId == id || c.ContactPersons.Any(p => p.PersonId == id)), ct);
        if (!belongs) throw new ValidationException([new ValidationFailure("personId", Messages.Get("notCustomersPerson"))]);
    }

    /// <summary>The persons of a customer, whose data a read of the customer's records shows.</summary>
    public static async Task<List<Guid>> PersonIdsOfAsync(this IHsWorksDb db, Guid customerId, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == customerId)
            .Select(c => new { c.PersonId, Contacts = c.ContactPersons.Select(p => p.PersonId).ToList() })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Customer");
        return [.. customer.Contacts, .. customer.PersonId is { } own ? [own] : Array.Empty<Guid>()];
    }
}
