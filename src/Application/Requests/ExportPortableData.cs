using System.IO.Compression;
using System.Text.Json;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Files;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Retention;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// The portable data of a portability request's persons (Art. 20) as one ZIP: portability.json with everything, and one CSV per area
/// (through <see cref="ICsvExportWriter"/>). Only once the requester's identity is verified and the persons are matched (else 409);
/// audited naming the persons, the step on the timeline.
/// <para>
/// Art. 20 covers what rests on consent or contract and what the person provided: the basic details they gave, and what their use of
/// the services produced — purchases, assets, contact events, consents. Left out, as what the company inferred or wrote about them:
/// staff's notes, outcomes and follow-ups of contacts, problems (descriptions written by staff), interests (tags staff inferred),
/// purchase reasons and their categories, invoices (the company's accounting documents, kept under the Accounting Act), prohibitions,
/// register matches, disclosures and the audit (the company's own records). Licence keys and remote-access secrets are left out as
/// secrets (given through a secure channel after strong identification); recordings are supplied as audio on request.
/// </para>
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.portability")]
public sealed record ExportPortableData(Guid Id) : ICommand<FileDownload>;

internal sealed class ExportPortableDataHandler(IHsWorksDb db, IMarketingSelections selections, IRetentionTexts retention, ICsvExportWriter csv, ICurrentUser currentUser,
    AuditTrail trail, TimeProvider clock) : ICommandHandler<ExportPortableData, FileDownload>
{
    public static readonly IReadOnlyList<CsvColumn<PortableDetails>> PersonColumns =
    [
        CsvColumn<PortableDetails>.Id("personId", p => p.PersonId),
        CsvColumn<PortableDetails>.Text("firstName", p => p.FirstName),
        CsvColumn<PortableDetails>.Text("lastName", p => p.LastName),
        CsvColumn<PortableDetails>.Text("email", p => p.Email),
        CsvColumn<PortableDetails>.Phone("phone", p => p.Phone),
        CsvColumn<PortableDetails>.Phone("mobile", p => p.Mobile),
        CsvColumn<PortableDetails>.Text("language", p => EnumNames.ToWire(p.Language)),
        CsvColumn<PortableDetails>.Text("street", p => p.Street),
        CsvColumn<PortableDetails>.Text("postalCode", p => p.PostalCode),
        CsvColumn<PortableDetails>.Text("city", p => p.City),
        CsvColumn<PortableDetails>.Text("country", p => p.Country),
    ];

    public static readonly IReadOnlyList<CsvColumn<PortablePurchase>> PurchaseColumns =
    [
        CsvColumn<PortablePurchase>.Id("personId", p => p.PersonId),
        CsvColumn<PortablePurchase>.Id("id", p => p.Id),
        CsvColumn<PortablePurchase>.Text("product", p => p.Product),
        CsvColumn<PortablePurchase>.Text("productGroup", p => p.ProductGroup),
        CsvColumn<PortablePurchase>.Date("purchasedOn", p => p.PurchasedOn),
        CsvColumn<PortablePurchase>.Number("quantity", p => p.Quantity),
        CsvColumn<PortablePurchase>.Number("unitPrice", p => p.UnitPrice),
        CsvColumn<PortablePurchase>.Text("contractNumber", p => p.ContractNumber),
        CsvColumn<PortablePurchase>.Date("contractValidFrom", p => p.ContractValidFrom),
        CsvColumn<PortablePurchase>.Date("contractValidTo", p => p.ContractValidTo),
    ];

    public static readonly IReadOnlyList<CsvColumn<PortableAsset>> AssetColumns =
    [
        CsvColumn<PortableAsset>.Id("personId", a => a.PersonId),
        CsvColumn<PortableAsset>.Id("id", a => a.Id),
        CsvColumn<PortableAsset>.Text("kind", a => EnumNames.ToWire(a.Kind)),
        CsvColumn<PortableAsset>.Text("make", a => a.Make),
        CsvColumn<PortableAsset>.Text("model", a => a.Model),
        CsvColumn<PortableAsset>.Text("serialNumber", a => a.SerialNumber),
        CsvColumn<PortableAsset>.Text("operatingSystem", a => a.OperatingSystem),
        CsvColumn<PortableAsset>.Text("version", a => a.Version),
        CsvColumn<PortableAsset>.Date("warrantyStartsOn", a => a.WarrantyStartsOn),
        CsvColumn<PortableAsset>.Date("warrantyEndsOn", a => a.WarrantyEndsOn),
    ];

    public static readonly IReadOnlyList<CsvColumn<PortableContact>> ContactColumns =
    [
        CsvColumn<PortableContact>.Id("personId", c => c.PersonId),
        CsvColumn<PortableContact>.Id("id", c => c.Id),
        CsvColumn<PortableContact>.Timestamp("at", c => c.At),
        CsvColumn<PortableContact>.Text("channel", c => EnumNames.ToWire(c.Channel)),
        CsvColumn<PortableContact>.Text("topic", c => c.Topic),
    ];

    public static readonly IReadOnlyList<CsvColumn<PortableConsent>> ConsentColumns =
    [
        CsvColumn<PortableConsent>.Id("personId", c => c.PersonId),
        CsvColumn<PortableConsent>.Timestamp("at", c => c.At),
        CsvColumn<PortableConsent>.Text("purpose", c => c.Purpose),
        CsvColumn<PortableConsent>.Text("action", c => EnumNames.ToWire(c.Action)),
        CsvColumn<PortableConsent>.Text("channel", c => EnumNames.ToWire(c.Channel)),
        CsvColumn<PortableConsent>.Text("source", c => EnumNames.ToWire(c.Source)),
        CsvColumn<PortableConsent>.Text("evidence", c => c.Evidence),
    ];

    public async ValueTask<FileDownload> Handle(ExportPortableData command, CancellationToken cancellationToken)
    {
        var request = await db.DataSubjectRequests.SingleOrDefaultAsync(r => r.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Request");
        var now = clock.GetUtcNow();
        trail.Persons(request.PersonIds).Changed([$"request:{request.Id}", $"step:{EnumNames.ToWire(RequestStep.PortabilityExported)}"]);
        if (request.Refuses(RequestStep.PortabilityExported, ResponseDeadline.DayOf(now)) is { } why) throw new ConflictException(why, "status");
        var firstPerson = request.PersonIds[0];
        var language = await db.Persons.Where(p => p.Id == firstPerson).Select(p => (Domain.Persons.Language?)p.Language).SingleOrDefaultAsync(cancellationToken)
            ?? Domain.Persons.Language.Fi;
        var report = await new AccessReportBuilder(db, selections, retention).BuildAsync(Guid.CreateVersion7(), request, language, now, cancellationToken);
        var data = Portable(report, now);

        request.RecordPortabilityExport(now, currentUser.Username);
        db.RequestEvents.AddRange(request.NewEvents);
        await db.SaveChangesAsync(cancellationToken);

        var zip = await ZipAsync(data, cancellationToken);
        return new FileDownload($"portability-{now:yyyyMMdd-HHmmss}.zip", "application/zip", (output, ct) => output.WriteAsync(zip, ct).AsTask());
    }

    private static PortableData Portable(AccessReportDto report, DateTimeOffset now)
    {
        var persons = report.Persons;
        IEnumerable<(Guid PersonId, ReportCustomer Customer)> Customers() => persons.SelectMany(p => p.Customers.Select(c => (p.Id, c)));
        return new PortableData(report.RequestId, now,
            [.. persons.Select(p => new PortableDetails(p.Id, p.Details.FirstName, p.Details.LastName, p.Details.Email, p.Details.Phone, p.Details.Mobile,
                p.Details.Language, p.Details.Street, p.Details.PostalCode, p.Details.City, p.Details.Country))],
            [.. Customers().SelectMany(x => x.Customer.Purchases.Select(p => new PortablePurchase(x.PersonId, p.Id, p.Product, p.ProductGroup, p.PurchasedOn,
                p.Quantity, p.UnitPrice, p.ContractNumber, p.ContractValidFrom, p.ContractValidTo)))],
            [.. Customers().SelectMany(x => x.Customer.Assets.Select(a => new PortableAsset(x.PersonId, a.Id, a.Kind, a.Make, a.Model, a.SerialNumber,
                a.OperatingSystem, a.Version, a.WarrantyStartsOn, a.WarrantyEndsOn)))],
            [.. Customers().SelectMany(x => x.Customer.Contacts.Select(c => new PortableContact(x.PersonId, c.Id, c.At, c.Channel, c.Topic)))],
            [.. persons.SelectMany(p => p.Consents.Select(c => new PortableConsent(p.Id, c.At, c.Purpose, c.Action, c.Channel, c.Source, c.Evidence)))]);
    }

    private async Task<byte[]> ZipAsync(PortableData data, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var json = await zip.CreateEntry("portability.json").OpenAsync(cancellationToken))
                await JsonSerializer.SerializeAsync(json, data, AccessReportJson.Options, cancellationToken);
            await CsvAsync(zip, "persons.csv", PersonColumns, data.Persons, cancellationToken);
            await CsvAsync(zip, "purchases.csv", PurchaseColumns, data.Purchases, cancellationToken);
            await CsvAsync(zip, "assets.csv", AssetColumns, data.Assets, cancellationToken);
            await CsvAsync(zip, "contacts.csv", ContactColumns, data.Contacts, cancellationToken);
            await CsvAsync(zip, "consents.csv", ConsentColumns, data.Consents, cancellationToken);
        }
        return buffer.ToArray();
    }

    private async Task CsvAsync<TRow>(ZipArchive zip, string name, IReadOnlyList<CsvColumn<TRow>> columns, IReadOnlyList<TRow> rows,
        CancellationToken cancellationToken)
    {
        await using var entry = await zip.CreateEntry(name).OpenAsync(cancellationToken);
        await csv.WriteAsync(entry, columns, rows.ToAsyncEnumerable(), cancellationToken);
    }
}
