using System.Globalization;
using System.Linq.Expressions;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>Projections of a customer's records straight to their DTOs, in SQL.</summary>
internal static class CustomerRecordMapping
{
    public static IQueryable<ContactDto> ToDtos(this IQueryable<Contact> contacts, IHsWorksDb db) =>
        from c in contacts
        from p in db.Persons.Where(p => p.Id == c.PersonId).DefaultIfEmpty()
        join u in db.Users on c.StaffUserId equals u.Id
        select new ContactDto(c.Id, c.CustomerId, c.At, c.Channel, c.PersonId, p == null ? null : Person.FullNameOf(p.FirstName, p.LastName),
            c.ProductGroupId, c.StaffUserId, u.DisplayName, c.Topic, c.Notes, c.Outcome, c.FollowUpOn);

    public static readonly Expression<Func<Problem, ProblemDto>> ProblemToDto = p =>
        new ProblemDto(p.Id, p.CustomerId, p.Description, p.ProductGroupId, p.Status, p.Source, p.ReportedAt, p.SolvedAt);

    private static readonly Func<Problem, ProblemDto> CompiledProblemToDto = ProblemToDto.Compile();

    public static ProblemDto ToDto(this Problem problem) => CompiledProblemToDto(problem);

    public static IQueryable<WarrantyDto> ToWarranties(this IQueryable<Asset> assets, IHsWorksDb db) =>
        from a in assets.Where(a => a.Warranty != null)
        join c in db.Customers on a.CustomerId equals c.Id
        from p in db.Persons.Where(p => p.Id == c.PersonId).DefaultIfEmpty()
        orderby a.Warranty!.EndsOn, a.Id
        select new WarrantyDto(a.Id, a.CustomerId, Customer.DisplayName(c.Name, p!.FirstName, p.LastName), a.Make, a.Model, a.SerialNumber,
            a.Warranty!.StartsOn, a.Warranty.EndsOn, a.Warranty.Terms);

    public static ProductGroupDto ToDto(this ProductGroup group) =>
        new(group.Id, group.Code, group.NameIn(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), group.NameFi, group.NameSv, group.NameEn);

    /// <summary>Projected without the secret column: listing or reading a connection never decrypts its secret.</summary>
    public static readonly Expression<Func<RemoteAccess, RemoteAccessDto>> RemoteAccessWithoutSecret = r =>
        new RemoteAccessDto(r.Id, r.AssetId, r.CustomerId, r.Tool, r.Host, r.Username, true, r.UpdatedAt);

    public static InterestDto ToDto(this Interest i) => new(i.Id, i.Tag, i.PersonId, i.Source, i.CreatedAt);

    public static RemoteAccessDto ToDto(this RemoteAccess r) =>
        new(r.Id, r.AssetId, r.CustomerId, r.Tool, r.Host, r.Username, r.Secret.Length > 0, r.UpdatedAt);

    public static RecordingDto ToDto(this Recording r) => new(r.Id, r.CustomerId, r.ContactId, r.ContentType, r.FileName, r.Size, r.CreatedAt);

    public static AssetDto ToDto(this Asset a) =>
        new(a.Id, a.CustomerId, a.Kind, a.Make, a.Model, a.SerialNumber, a.ProductGroupId, a.PurchaseId, a.OperatingSystem,
            a.Version, a.LicenceKeyMasked, a.InstalledAt, a.Warranty is { } w ? new WarrantyTermsDto(w.StartsOn, w.EndsOn, w.Terms) : null);

    public static InvoiceDto ToDto(this Invoice i, bool showAmounts, DateOnly today) =>
        new(i.Id, i.CustomerId, i.InvoiceNumber, i.ReferenceNumber.Value, i.ReferenceNumber.Display, i.IssuedOn, i.DueOn,
            showAmounts ? i.Amount : null, showAmounts ? i.VatAmount : null, i.StatusOn(today),
            [.. i.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => new InvoiceHistoryDto(h.Status, h.At, h.ByUsername))]);

    public static async Task<PurchaseDto> ToDtoAsync(this Purchase p, IHsWorksDb db, CancellationToken ct) =>
        await db.Purchases.AsNoTracking().Where(x => x.Id == p.Id).ToDtos(db).SingleAsync(ct);

    public static IQueryable<PurchaseDto> ToDtos(this IQueryable<Purchase> purchases, IHsWorksDb db) =>
        from p in purchases
        from u in db.Users.Where(u => u.Id == p.SellerId).DefaultIfEmpty()
        select new PurchaseDto(p.Id, p.CustomerId, p.ProductGroupId, p.Product, p.PurchasedOn, p.Quantity, p.UnitPrice, p.Quantity * p.UnitPrice,
            p.Reason, p.ReasonCategory, p.SellerId, u == null ? null : u.DisplayName, p.PersonId, p.MarketingOptOutOffered,
            p.ContractNumber, p.ContractValidFrom, p.ContractValidTo);
}
