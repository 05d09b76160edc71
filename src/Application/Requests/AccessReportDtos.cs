using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using HsWorks.Domain.Audit;
using HsWorks.Domain.Consents;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Persons;
using HsWorks.Domain.ProhibitionRegisters;
using HsWorks.Domain.Prohibitions;
using HsWorks.Domain.Purposes;
using HsWorks.Domain.Users;

namespace HsWorks.Application.Requests;

/// <summary>essential: the names of the staff who used the person's data are essential for the person to exercise their rights; reason: why (required).</summary>
public sealed record StaffNamesInput([property: Required] bool? Essential, [property: Required] string? Reason);

/// <summary>A person's basic details as held, with the source of each group (Art. 15(1)(g)).</summary>
public sealed record ReportPersonDetails(
    string FirstName, string LastName, string? Email, string? Phone, string? Mobile, Language Language, string? PersonalIdentityCode,
    string? Street, string? PostalCode, string? City, string? Country, bool NonDisclosure,
    DataSource NameSource, DataSource ContactSource, DataSource AddressSource, DataSource? IdentityCodeSource,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record ReportPurchase(Guid Id, string Product, string ProductGroup, DateOnly PurchasedOn, decimal Quantity, decimal UnitPrice,
    string? Reason, ReasonCategory ReasonCategory, string? ContractNumber, DateOnly? ContractValidFrom, DateOnly? ContractValidTo);

/// <summary>An asset; licenceKeyHeld: a licence key is held, which the printable report leaves out (given on request through a secure channel).</summary>
public sealed record ReportAsset(Guid Id, AssetKind Kind, string Make, string Model, string? SerialNumber, string? OperatingSystem, string? Version,
    string? InstalledAt, DateOnly? WarrantyStartsOn, DateOnly? WarrantyEndsOn, string? WarrantyTerms, bool LicenceKeyHeld);

/// <summary>A remote-access entry: named as held; its secret is never in the report (given on request through a secure channel after strong identification).</summary>
public sealed record ReportRemoteAccess(Guid Id, Guid AssetId, string Tool, string Host, string? Username, DateTimeOffset CreatedAt);

public sealed record ReportContact(Guid Id, DateTimeOffset At, ContactChannel Channel, string Topic, string? Notes, string? Outcome, DateOnly? FollowUpOn,
    string? ProductGroup);

public sealed record ReportInterest(Guid Id, string Tag, DataSource Source, DateTimeOffset CreatedAt);

public sealed record ReportProblem(Guid Id, string Description, ProblemStatus Status, DataSource Source, DateTimeOffset ReportedAt, DateTimeOffset? SolvedAt,
    string? ProductGroup);

public sealed record ReportInvoice(Guid Id, long InvoiceNumber, string ReferenceNumber, DateOnly IssuedOn, DateOnly DueOn, decimal Amount, decimal VatAmount,
    InvoiceStatus Status);

/// <summary>A recording listed; the audio itself is supplied on request.</summary>
public sealed record ReportRecording(Guid Id, Guid? ContactId, string FileName, string ContentType, long Size, DateTimeOffset CreatedAt);

/// <summary>A customer the person belongs to (as the consumer or as a contact person) and what it holds of or about them.</summary>
public sealed record ReportCustomer(
    Guid Id, long CustomerNumber, string Name, CustomerType Type, CustomerRole Role, DateOnly CustomerSince,
    IReadOnlyList<ReportPurchase> Purchases, IReadOnlyList<ReportAsset> Assets, IReadOnlyList<ReportRemoteAccess> RemoteAccess,
    IReadOnlyList<ReportContact> Contacts, IReadOnlyList<ReportInterest> Interests, IReadOnlyList<ReportProblem> Problems,
    IReadOnlyList<ReportInvoice> Invoices, IReadOnlyList<ReportRecording> Recordings);

/// <summary>
/// One entry of the consent ledger with its evidence; recordedBy only where staff names are recorded as essential; noticeVersion the
/// privacy notice version in force when it was recorded (null before the first publish).
/// </summary>
public sealed record ReportConsent(DateTimeOffset At, string Purpose, ConsentAction Action, Channel Channel, string? ProductGroup, ConsentSource Source,
    string Evidence, string? RecordedBy, int? NoticeVersion);

public sealed record ReportProhibition(ProhibitionKind Kind, Channel Channel, DataSource Source, string? Reason, DateTimeOffset CreatedAt,
    DateTimeOffset? LiftedAt);

/// <summary>A line of a prohibition register's file that matched the person; inForce: the register's current import.</summary>
public sealed record ReportRegisterMatch(string Register, DateOnly FileDate, IReadOnlyList<MatchReason> Reasons, bool InForce);

/// <summary>A disclosure of the person's data: to whom (processors named too), where, on which safeguard, when, which categories and why.</summary>
public sealed record ReportDisclosure(
    DateTimeOffset At, string Recipient, RecipientType RecipientType, string Country, SafeguardKind? Safeguard, string? SafeguardReference,
    DisclosureKind Kind, string Purpose, LegalBasis LegalBasis, IReadOnlyList<string> DataCategories, string? LegalReference);

/// <summary>A marketing selection's export that held the person; exportedBy: the staff member's access level (their name only where essential).</summary>
public sealed record ReportSelectionExport(DateTimeOffset At, string Selection, string Purpose, Channel Channel, AccessLevel? ExportedByLevel,
    string? ExportedBy);

/// <summary>How the company used the person's data, from the audit: when, what (the audited operation), for which purpose, and by whom.</summary>
public sealed record ReportUse(DateTimeOffset At, string Operation, UsePurpose Purpose, AccessLevel? AccessLevel, string? StaffName);

/// <summary>A processing purpose that applies, its legal basis, and for each data category how long it is kept or what decides it.</summary>
public sealed record ReportPurpose(string Code, string Name, LegalBasis LegalBasis, bool Marketing, IReadOnlyList<ReportRetention> Retention);

public sealed record ReportRetention(string DataCategory, string Period);

/// <summary>Everything the register holds about one person and how it was used.</summary>
public sealed record ReportPerson(
    Guid Id, ReportPersonDetails Details, IReadOnlyList<ReportCustomer> Customers, IReadOnlyList<ReportConsent> Consents,
    IReadOnlyList<ReportProhibition> Prohibitions, IReadOnlyList<ReportRegisterMatch> RegisterMatches, IReadOnlyList<ReportDisclosure> Disclosures,
    IReadOnlyList<ReportSelectionExport> SelectionExports, IReadOnlyList<ReportUse> Uses);

/// <summary>
/// The access report of a request (Art. 15): for each matched person everything held and its use, the purposes with their legal bases
/// and retention, and whether staff are named (staffNamesEssential, as DataProtectionOfficer recorded it for the request). Remote-access
/// secrets and licence keys are named as held, never given here.
/// </summary>
public sealed record AccessReportDto(
    Guid Id, Guid RequestId, DateTimeOffset GeneratedAt, Language Language, bool StaffNamesEssential, IReadOnlyList<ReportPerson> Persons,
    IReadOnlyList<ReportPurpose> Purposes);

/// <summary>A generated report as the request keeps it.</summary>
public sealed record AccessReportSummary(Guid Id, Guid RequestId, DateTimeOffset GeneratedAt, string GeneratedBy, Language Language);

/// <summary>A generated report with its content, the JSON as it was answered.</summary>
public sealed record AccessReportRecord(Guid Id, Guid RequestId, DateTimeOffset GeneratedAt, string GeneratedBy, Language Language, JsonElement Content);

/// <summary>
/// A report as generated: its JSON (as stored with the request) and, on demand, its printable HTML in the same words — rendered only
/// when the page is asked for, since a person with ten thousand contact entries makes a page of a megabyte that a JSON caller never reads.
/// </summary>
public sealed record GeneratedAccessReport(AccessReportDto Report, string Json)
{
    public string RenderHtml() => AccessReportHtml.Render(Report);
}

/// <summary>The basic details the person gave (names, contact details, language, address).</summary>
public sealed record PortableDetails(Guid PersonId, string FirstName, string LastName, string? Email, string? Phone, string? Mobile, Language Language,
    string? Street, string? PostalCode, string? City, string? Country);

public sealed record PortablePurchase(Guid PersonId, Guid Id, string Product, string ProductGroup, DateOnly PurchasedOn, decimal Quantity,
    decimal UnitPrice, string? ContractNumber, DateOnly? ContractValidFrom, DateOnly? ContractValidTo);

public sealed record PortableAsset(Guid PersonId, Guid Id, AssetKind Kind, string Make, string Model, string? SerialNumber, string? OperatingSystem,
    string? Version, DateOnly? WarrantyStartsOn, DateOnly? WarrantyEndsOn);

/// <summary>A contact event as the person's use of the service produced it: when, how, about what — not staff's notes of it.</summary>
public sealed record PortableContact(Guid PersonId, Guid Id, DateTimeOffset At, ContactChannel Channel, string Topic);

public sealed record PortableConsent(Guid PersonId, DateTimeOffset At, string Purpose, ConsentAction Action, Channel Channel, ConsentSource Source,
    string Evidence);

/// <summary>The portable data of a request's persons (Art. 20), as the ZIP's JSON file holds it.</summary>
public sealed record PortableData(Guid RequestId, DateTimeOffset ExportedAt, IReadOnlyList<PortableDetails> Persons,
    IReadOnlyList<PortablePurchase> Purchases, IReadOnlyList<PortableAsset> Assets, IReadOnlyList<PortableContact> Contacts,
    IReadOnlyList<PortableConsent> Consents);
