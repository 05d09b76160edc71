using System.ComponentModel.DataAnnotations;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Requests;

namespace HsWorks.Application.Customers;

public sealed record ProductGroupDto(Guid Id, string Code, string Name, string NameFi, string NameSv, string NameEn);

/// <summary>restrictionGround: the ground of GDPR Art. 18(2) that allows logging a contact of a person whose processing is restricted (recorded).</summary>
public sealed record ContactInput(
    DateTimeOffset? At, [property: Required] ContactChannel? Channel, Guid? PersonId, Guid? ProductGroupId, string Topic, string? Notes, string? Outcome, DateOnly? FollowUpOn,
    RestrictionGround? RestrictionGround = null);

public sealed record ContactDto(
    Guid Id, Guid CustomerId, DateTimeOffset At, ContactChannel Channel, Guid? PersonId, string? PersonName, Guid? ProductGroupId,
    Guid StaffUserId, string StaffName, string Topic, string? Notes, string? Outcome, DateOnly? FollowUpOn);

public sealed record ProblemInput(string Description, Guid? ProductGroupId, ProblemStatus? Status);

public sealed record ProblemDto(
    Guid Id, Guid CustomerId, string Description, Guid? ProductGroupId, ProblemStatus Status, DataSource Source, DateTimeOffset ReportedAt, DateTimeOffset? SolvedAt);

/// <summary>restrictionGround: the ground of GDPR Art. 18(2) that allows noting an interest of a person whose processing is restricted (recorded).</summary>
public sealed record InterestInput(string Tag, Guid? PersonId, RestrictionGround? RestrictionGround = null);

public sealed record InterestDto(Guid Id, string Tag, Guid? PersonId, DataSource Source, DateTimeOffset CreatedAt);

public sealed record PurchaseInput(
    Guid ProductGroupId, string Product, DateOnly PurchasedOn, decimal Quantity, decimal UnitPrice, string? Reason, ReasonCategory? ReasonCategory,
    Guid? SellerId, Guid? PersonId, bool MarketingOptOutOffered, string? ContractNumber, DateOnly? ContractValidFrom, DateOnly? ContractValidTo);

public sealed record PurchaseDto(
    Guid Id, Guid CustomerId, Guid ProductGroupId, string Product, DateOnly PurchasedOn, decimal Quantity, decimal UnitPrice, decimal Total,
    string? Reason, ReasonCategory ReasonCategory, Guid? SellerId, string? SellerName, Guid? PersonId, bool MarketingOptOutOffered,
    string? ContractNumber, DateOnly? ContractValidFrom, DateOnly? ContractValidTo);

public sealed record WarrantyInput(DateOnly StartsOn, DateOnly EndsOn, string? Terms);

public sealed record WarrantyTermsDto(DateOnly StartsOn, DateOnly EndsOn, string? Terms);

public sealed record AssetInput(
    [property: Required] AssetKind? Kind, string Make, string Model, string? SerialNumber, Guid? ProductGroupId, Guid? PurchaseId, string? OperatingSystem,
    string? Version, string? LicenceKey, string? InstalledAt, WarrantyInput? Warranty);

public sealed record AssetDto(
    Guid Id, Guid CustomerId, AssetKind Kind, string Make, string Model, string? SerialNumber, Guid? ProductGroupId, Guid? PurchaseId,
    string? OperatingSystem, string? Version, string? LicenceKeyMasked, string? InstalledAt, WarrantyTermsDto? Warranty);

public sealed record WarrantyDto(
    Guid AssetId, Guid CustomerId, string CustomerName, string Make, string Model, string? SerialNumber, DateOnly StartsOn, DateOnly EndsOn, string? Terms);

public sealed record InvoiceInput(DateOnly IssuedOn, DateOnly DueOn, decimal Amount, decimal VatAmount);

public sealed record InvoiceStatusInput([property: Required] InvoiceStatus? Status);

public sealed record InvoiceHistoryDto(InvoiceStatus Status, DateTimeOffset At, string ByUsername);

/// <summary>amount and vatAmount are null for access levels that see the status only.</summary>
public sealed record InvoiceDto(
    Guid Id, Guid CustomerId, long InvoiceNumber, string ReferenceNumber, string ReferenceNumberDisplay, DateOnly IssuedOn, DateOnly DueOn,
    decimal? Amount, decimal? VatAmount, InvoiceStatus Status, IReadOnlyList<InvoiceHistoryDto> History);

public sealed record OverviewPersonDto(Guid Id, string FirstName, string LastName, string? Email, string? PhoneDisplay, string? MobileDisplay, CustomerRole Role);

public sealed record MarketingStatusDto(string Status);

/// <summary>The helpdesk's 360 summary of one customer in one round trip.</summary>
public sealed record CustomerOverviewDto(
    CustomerDto Customer,
    IReadOnlyList<OverviewPersonDto> Persons,
    IReadOnlyList<ProblemDto> OpenProblems,
    IReadOnlyList<ContactDto> LatestContacts,
    IReadOnlyList<WarrantyDto> ActiveWarranties,
    decimal? OpenBalance,
    int OverdueInvoices,
    MarketingStatusDto Marketing);

public sealed record RemoteAccessInput(string Tool, string Host, string? Username, string? Secret);

/// <summary>Never carries the secret: that takes an explicit, audited reveal.</summary>
public sealed record RemoteAccessDto(Guid Id, Guid AssetId, Guid CustomerId, string Tool, string Host, string? Username, bool HasSecret, DateTimeOffset UpdatedAt);

public sealed record RevealInput(string Reason);

public sealed record RevealedSecretDto(string Secret);

public sealed record RecordingDto(Guid Id, Guid CustomerId, Guid? ContactId, string ContentType, string FileName, long Size, DateTimeOffset CreatedAt);

/// <summary>A recording's content to stream; the caller disposes the stream.</summary>
public sealed record RecordingContent(Stream Content, string ContentType, string FileName);
