using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Retention;
using HsWorks.Domain.Audit;
using HsWorks.Domain.Common;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Purposes;
using HsWorks.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// Gathers what the register holds about a request's persons and how it was used: a fixed number of set-based queries per person
/// (one per table, never one per item), so a person with ten thousand contact entries is as quick to report as one with ten.
/// A consumer customer's records are all the person's; of an organisation's records only those naming the person are.
/// </summary>
internal sealed class AccessReportBuilder(IHsWorksDb db, IMarketingSelections selections, IRetentionTexts retention)
{
    public async Task<AccessReportDto> BuildAsync(Guid reportId, DataSubjectRequest request, Language language, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var lang = LanguageCode(language);
        var groups = (await db.ProductGroups.AsNoTracking().ToListAsync(cancellationToken))
            .ToDictionary(g => g.Id, g => Localised.Pick(lang, g.NameFi, g.NameSv, g.NameEn));
        var purposes = await db.Purposes.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var purposeNames = purposes.ToDictionary(p => p.Id, p => Localised.Pick(lang, p.NameFi, p.NameSv, p.NameEn));
        var purposeNamesByCode = purposes.ToDictionary(p => p.Code, p => Localised.Pick(lang, p.NameFi, p.NameSv, p.NameEn));
        var persons = new List<ReportPerson>();
        foreach (var personId in request.PersonIds)
        {
            if (await PersonAsync(personId, request.StaffNamesEssential, groups, purposeNames, purposeNamesByCode, cancellationToken) is { } person)
                persons.Add(person);
        }
        var retentionText = await retention.InAsync(lang, cancellationToken);
        var reported = purposes
            .Select(p => new ReportPurpose(p.Code, purposeNames[p.Id], p.LegalBasis, p.IsMarketing,
                [.. p.DataCategories.Select(c => new ReportRetention(c, retentionText(c)))]))
            .ToList();
        return new AccessReportDto(reportId, request.Id, now, language, request.StaffNamesEssential, persons, reported);
    }

    /// <summary>The two-letter code a language goes by in catalogue texts and the page's lang attribute.</summary>
    public static string LanguageCode(Language language) => EnumNames.ToWire(language);

    private async Task<ReportPerson?> PersonAsync(Guid personId, bool staffNames, IReadOnlyDictionary<Guid, string> groups,
        IReadOnlyDictionary<Guid, string> purposeNames, IReadOnlyDictionary<string, string> purposeNamesByCode, CancellationToken ct)
    {
        var person = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return null;
        var details = new ReportPersonDetails(person.FirstName, person.LastName, person.Email?.Value, person.Phone?.E164, person.Mobile?.E164,
            person.Language, person.IdentityCode?.Value, person.Address?.Street, person.Address?.PostalCode.Value, person.Address?.City,
            person.Address?.Country.Value, person.NonDisclosure, person.NameSource, person.ContactSource, person.AddressSource,
            person.IdentityCodeSource, person.CreatedAt, person.UpdatedAt);

        var customers = await CustomersAsync(person, groups, ct);

        var consents = await (
                from e in db.ConsentEvents.AsNoTracking()
                where e.PersonId == personId
                orderby e.At, e.Id
                select new { e.At, e.PurposeId, e.Action, e.Channel, e.ProductGroupId, e.Source, e.Evidence, e.RecordedBy, e.NoticeVersion })
            .ToListAsync(ct);
        var prohibitions = await db.Prohibitions.AsNoTracking().Where(p => p.PersonId == personId).OrderBy(p => p.CreatedAt)
            .Select(p => new ReportProhibition(p.Kind, p.Channel, p.Source, p.Reason, p.CreatedAt, p.LiftedAt))
            .ToListAsync(ct);
        var matches = await (
                from m in db.RegisterMatches.AsNoTracking()
                join i in db.RegisterImports on m.ImportId equals i.Id
                join r in db.ProhibitionRegisters on i.RegisterId equals r.Id
                where m.PersonId == personId
                orderby i.FileDate
                select new { ImportId = i.Id, r.Name, i.FileDate, m.Reasons, InForce = r.CurrentImportId == i.Id })
            .ToListAsync(ct);
        var disclosures = await (
                from d in db.Disclosures.AsNoTracking()
                join r in db.Recipients on d.RecipientId equals r.Id
                where d.PersonIds.Contains(personId)
                orderby d.At
                select new { d.At, r.Name, r.Type, r.Country, r.Safeguard, d.Kind, d.PurposeCode, d.LegalBasis, d.DataCategories, d.LegalReference })
            .ToListAsync(ct);
        var exportIds = await selections.ExportsOfPersonAsync(personId, ct);
        var exports = await (
                from x in db.SelectionExports.AsNoTracking()
                join s in db.MarketingSelections on x.SelectionId equals s.Id
                join u in db.Users on x.ExportedByUserId equals u.Id into users
                from u in users.DefaultIfEmpty()
                where exportIds.Contains(x.Id)
                orderby x.ExportedAt
                select new { x.ExportedAt, s.Name, x.PurposeId, x.Channel, Level = (Domain.Users.AccessLevel?)u.AccessLevel, Staff = u.DisplayName })
            .ToListAsync(ct);
        var uses = await (
                from a in db.AuditRecords.AsNoTracking()
                join u in db.Users on a.UserId equals u.Id into users
                from u in users.DefaultIfEmpty()
                where a.PersonIds.Contains(personId)
                orderby a.At, a.Id
                select new { a.At, a.Action, Level = (Domain.Users.AccessLevel?)u.AccessLevel, Staff = u.DisplayName })
            .ToListAsync(ct);

        return new ReportPerson(person.Id, details, customers,
            [.. consents.Select(e => new ReportConsent(e.At, purposeNames.GetValueOrDefault(e.PurposeId, string.Empty), e.Action, e.Channel,
                e.ProductGroupId is { } g ? groups.GetValueOrDefault(g) : null, e.Source, e.Evidence, staffNames ? e.RecordedBy : null,
                e.NoticeVersion))],
            prohibitions,
            // One entry per import: several lines of one file can match the same person.
            [.. matches.GroupBy(m => m.ImportId).Select(g => new ReportRegisterMatch(g.First().Name, g.First().FileDate,
                [.. g.SelectMany(m => m.Reasons).Distinct().Order()], g.First().InForce))],
            [.. disclosures.Select(d => new ReportDisclosure(d.At, d.Name, d.Type, d.Country.Value, d.Safeguard?.Kind, d.Safeguard?.Reference, d.Kind,
                purposeNamesByCode.GetValueOrDefault(d.PurposeCode, d.PurposeCode), d.LegalBasis, d.DataCategories, d.LegalReference))],
            [.. exports.Select(x => new ReportSelectionExport(x.ExportedAt, x.Name, purposeNames.GetValueOrDefault(x.PurposeId, string.Empty), x.Channel,
                x.Level, staffNames ? x.Staff : null))],
            [.. uses.Select(u => new ReportUse(u.At, u.Action, UsePurposes.Of(u.Action), u.Level, staffNames ? u.Staff : null))]);
    }

    private async Task<IReadOnlyList<ReportCustomer>> CustomersAsync(Person person, IReadOnlyDictionary<Guid, string> groups, CancellationToken ct)
    {
        var personId = person.Id;
        var own = await db.Customers.AsNoTracking().Where(c => c.PersonId == personId).ToListAsync(ct);
        var represented = await (
                from cp in db.ContactPersons.AsNoTracking()
                join c in db.Customers on cp.CustomerId equals c.Id
                where cp.PersonId == personId
                select c)
            .ToListAsync(ct);
        var ownIds = own.Select(c => c.Id).ToList();
        var allIds = ownIds.Concat(represented.Select(c => c.Id)).ToList();
        // A consumer customer's records are the person's; an organisation's only where they name the person.
        var purchases = await db.Purchases.AsNoTracking()
            .Where(p => ownIds.Contains(p.CustomerId) || (allIds.Contains(p.CustomerId) && p.PersonId == personId))
            .OrderBy(p => p.PurchasedOn).ToListAsync(ct);
        var contacts = await db.Contacts.AsNoTracking()
            .Where(c => ownIds.Contains(c.CustomerId) || (allIds.Contains(c.CustomerId) && c.PersonId == personId))
            .OrderBy(c => c.At)
            .Select(c => new { c.CustomerId, Contact = new ReportContact(c.Id, c.At, c.Channel, c.Topic, c.Notes, c.Outcome, c.FollowUpOn, null), c.ProductGroupId })
            .ToListAsync(ct);
        var interests = await db.Interests.AsNoTracking()
            .Where(i => ownIds.Contains(i.CustomerId) || (allIds.Contains(i.CustomerId) && i.PersonId == personId))
            .OrderBy(i => i.CreatedAt).ToListAsync(ct);
        var assets = await db.Assets.AsNoTracking().Where(a => ownIds.Contains(a.CustomerId)).OrderBy(a => a.CreatedAt).ToListAsync(ct);
        var remote = await db.RemoteAccesses.AsNoTracking().Where(r => ownIds.Contains(r.CustomerId)).OrderBy(r => r.CreatedAt)
            .Select(r => new { r.CustomerId, Entry = new ReportRemoteAccess(r.Id, r.AssetId, r.Tool, r.Host, r.Username, r.CreatedAt) })
            .ToListAsync(ct);
        var problems = await db.Problems.AsNoTracking().Where(p => ownIds.Contains(p.CustomerId)).OrderBy(p => p.ReportedAt).ToListAsync(ct);
        var invoices = await db.Invoices.AsNoTracking().Where(i => ownIds.Contains(i.CustomerId)).OrderBy(i => i.IssuedOn)
            .Select(i => new { i.CustomerId, i.Id, i.InvoiceNumber, i.ReferenceNumber, i.IssuedOn, i.DueOn, i.Amount, i.VatAmount, i.Status })
            .ToListAsync(ct);
        var recordings = await db.Recordings.AsNoTracking()
            .Where(r => ownIds.Contains(r.CustomerId)
                || (r.ContactId != null && db.Contacts.Where(c => c.PersonId == personId).Select(c => (Guid?)c.Id).Contains(r.ContactId)))
            .OrderBy(r => r.CreatedAt)
            .Select(r => new { r.CustomerId, Entry = new ReportRecording(r.Id, r.ContactId, r.FileName, r.ContentType, r.Size, r.CreatedAt) })
            .ToListAsync(ct);

        string? Group(Guid? id) => id is { } g ? groups.GetValueOrDefault(g) : null;
        ReportCustomer Customer(Customer c, CustomerRole role) => new(c.Id, c.CustomerNumber, c.Name ?? person.FullName, c.Type, role, c.CustomerSince,
            [.. purchases.Where(p => p.CustomerId == c.Id).Select(p => new ReportPurchase(p.Id, p.Product, Group(p.ProductGroupId) ?? string.Empty,
                p.PurchasedOn, p.Quantity, p.UnitPrice, p.Reason, p.ReasonCategory, p.ContractNumber, p.ContractValidFrom, p.ContractValidTo))],
            [.. assets.Where(a => a.CustomerId == c.Id).Select(a => new ReportAsset(a.Id, a.Kind, a.Make, a.Model, a.SerialNumber, a.OperatingSystem,
                a.Version, a.InstalledAt, a.Warranty?.StartsOn, a.Warranty?.EndsOn, a.Warranty?.Terms, a.LicenceKey is not null))],
            [.. remote.Where(r => r.CustomerId == c.Id).Select(r => r.Entry)],
            [.. contacts.Where(x => x.CustomerId == c.Id).Select(x => x.Contact with { ProductGroup = Group(x.ProductGroupId) })],
            [.. interests.Where(i => i.CustomerId == c.Id).Select(i => new ReportInterest(i.Id, i.Tag, i.Source, i.CreatedAt))],
            [.. problems.Where(p => p.CustomerId == c.Id).Select(p => new ReportProblem(p.Id, p.Description, p.Status, p.Source, p.ReportedAt, p.SolvedAt,
                Group(p.ProductGroupId)))],
            [.. invoices.Where(i => i.CustomerId == c.Id).Select(i => new ReportInvoice(i.Id, i.InvoiceNumber, i.ReferenceNumber.Value, i.IssuedOn, i.DueOn,
                i.Amount, i.VatAmount, i.Status))],
            [.. recordings.Where(r => r.CustomerId == c.Id).Select(r => r.Entry)]);

        return [.. own.Select(c => Customer(c, CustomerRole.Consumer)), .. represented.Select(c => Customer(c, CustomerRole.ContactPerson))];
    }
}
