using HsWorks.Domain.Common;
using System.ComponentModel.DataAnnotations;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Purposes;
using HsWorks.Domain.Register;

namespace HsWorks.Application.Register;

/// <summary>The controller's details and the notice's maintained texts (each in fi, sv and en); version is the ETag of an edit.</summary>
public sealed record ControllerDto(
    string Name, string BusinessId, string Street, string PostalCode, string City, string Phone, string Email, string ContactName,
    string ContactEmail, string? ContactPhone, LocalisedText SecurityMeasures, LocalisedText ProvisionOfData, LocalisedText SafeguardsCopy,
    bool PopulationRegisterDataToPartners, DateTimeOffset UpdatedAt, string UpdatedBy, string Version);

/// <summary>
/// The controller's details as an administrator gives them: businessId a Finnish business id (2168645-1); phone and contactPhone
/// Finnish or +country numbers (stored as E.164); securityMeasures, provisionOfData (whether giving the data is required and what
/// follows if not) and safeguardsCopy (how to get a copy of the transfer safeguards) each in fi, sv and en, a line break between paragraphs.
/// populationRegisterDataToPartners: whether the Population Register's licence allows passing its data on to partners (false when left out).
/// </summary>
public sealed record ControllerInput(
    string? Name, string? BusinessId, string? Street, string? PostalCode, string? City, string? Phone, string? Email, string? ContactName,
    string? ContactEmail, string? ContactPhone, [property: Required] LocalisedText? SecurityMeasures, [property: Required] LocalisedText? ProvisionOfData,
    [property: Required] LocalisedText? SafeguardsCopy, bool? PopulationRegisterDataToPartners = null);

/// <summary>The privacy notice in one language: version and publishedAt are null for the draft generated from the register now.</summary>
public sealed record PrivacyNoticeDto(int? Version, DateTimeOffset? PublishedAt, Language Language, string Title, IReadOnlyList<NoticeSection> Sections);

/// <summary>A published version as staff list it.</summary>
public sealed record NoticeVersionSummary(int Number, DateTimeOffset PublishedAt, string PublishedBy);

/// <summary>A published version with its notice in every language.</summary>
public sealed record NoticeVersionDto(int Number, DateTimeOffset PublishedAt, string PublishedBy, IReadOnlyList<PrivacyNoticeDto> Notices);

/// <summary>What changed from version <c>from</c> to version <c>to</c> in one language, section by section; unchanged sections are left out.</summary>
public sealed record NoticeDiffDto(int From, int To, Language Language, IReadOnlyList<SectionDiff> Sections);

/// <summary>A published version as the public sees it: its number and date.</summary>
public sealed record PublicNoticeVersion(int Number, DateTimeOffset PublishedAt);

/// <summary>The register description as published (the notice in one language) and every published version, newest first.</summary>
public sealed record RegisterDescriptionDto(PrivacyNoticeDto Notice, IReadOnlyList<PublicNoticeVersion> Versions);

/// <summary>The published register description as data and as the public page.</summary>
public sealed record PublishedPrivacyNotice(RegisterDescriptionDto Description, string Html);

/// <summary>The record of processing activities (GDPR Art. 30(1)) with W3C DPV identifiers (https://w3id.org/dpv).</summary>
public sealed record ProcessingRecordDto(
    DateTimeOffset GeneratedAt, Language Language, RecordController Controller, RecordContact DataProtectionContact, string SecurityMeasures,
    IReadOnlyList<RecordActivity> Activities);

public sealed record RecordController(string Name, string BusinessId, string Address, string Phone, string Email);

public sealed record RecordContact(string Name, string Email, string? Phone);

/// <summary>
/// One processing activity (a purpose): legalBasisDpv a dpv: legal basis (https://w3id.org/dpv#Consent, …), gdprArticle its article as a
/// DPV-GDPR term (https://w3id.org/dpv/legal/eu/gdpr#A6-1-a, …); legitimateInterest only where that is the basis.
/// </summary>
public sealed record RecordActivity(
    string Purpose, string Name, bool Marketing, LegalBasis LegalBasis, string LegalBasisDpv, string GdprArticle, string? LegitimateInterest,
    IReadOnlyList<RecordDataSubjects> DataSubjects, IReadOnlyList<RecordDataCategory> DataCategories, IReadOnlyList<RecordRecipient> Recipients,
    IReadOnlyList<RecordTransfer> Transfers, IReadOnlyList<RecordRetention> Retention, string SecurityMeasures);

/// <summary>A category of data subjects with its DPV data-subject type (https://w3id.org/dpv#Consumer, #Customer, #User, #Subscriber).</summary>
public sealed record RecordDataSubjects(string Label, string Dpv);

/// <summary>A data category: its code, what it holds, and its DPV personal-data terms (https://w3id.org/dpv/pd#Name, …).</summary>
public sealed record RecordDataCategory(string Code, string Label, IReadOnlyList<string> Dpv);

public sealed record RecordRecipient(string Name, RecipientType Type, string Country, bool InEea);

/// <summary>A transfer outside the EU/EEA: safeguard and its GDPR article (dpv) when recorded; none means no disclosure is allowed.</summary>
public sealed record RecordTransfer(string Recipient, string Country, SafeguardKind? Safeguard, string? Reference, string? Dpv);

public sealed record RecordRetention(string DataCategory, string Period);

/// <summary>The record of processing as generated: its data, and the same as a printable page.</summary>
public sealed record GeneratedProcessingRecord(ProcessingRecordDto Record, string Html);
