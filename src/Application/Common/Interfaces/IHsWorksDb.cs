using HsWorks.Domain.Audit;
using HsWorks.Domain.Consents;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.NonDisclosure;
using HsWorks.Domain.Persons;
using HsWorks.Domain.PopulationRegister;
using HsWorks.Domain.ProhibitionRegisters;
using HsWorks.Domain.Prohibitions;
using HsWorks.Domain.Purposes;
using HsWorks.Domain.Register;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Retention;
using HsWorks.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace HsWorks.Application.Common.Interfaces;

/// <summary>The register's tables as the use cases see them. Implemented over PostgreSQL in Infrastructure.</summary>
public interface IHsWorksDb
{
    DbSet<Person> Persons { get; }

    DbSet<Customer> Customers { get; }

    DbSet<ContactPerson> ContactPersons { get; }

    DbSet<StaffUser> Users { get; }

    DbSet<RefreshToken> RefreshTokens { get; }

    /// <summary>Failed sign-ins per account and network.</summary>
    DbSet<SignInLockout> SignInLockouts { get; }

    DbSet<AuditRecord> AuditRecords { get; }

    DbSet<ProductGroup> ProductGroups { get; }

    DbSet<Contact> Contacts { get; }

    DbSet<Problem> Problems { get; }

    DbSet<Interest> Interests { get; }

    DbSet<Purchase> Purchases { get; }

    DbSet<Asset> Assets { get; }

    DbSet<Invoice> Invoices { get; }

    DbSet<RemoteAccess> RemoteAccesses { get; }

    DbSet<Recording> Recordings { get; }

    DbSet<Purpose> Purposes { get; }

    DbSet<PurposeVersion> PurposeVersions { get; }

    DbSet<ConsentEvent> ConsentEvents { get; }

    DbSet<Prohibition> Prohibitions { get; }

    DbSet<NonDisclosureChange> NonDisclosureChanges { get; }

    DbSet<NonDisclosureClaim> NonDisclosureClaims { get; }

    DbSet<ProhibitionRegister> ProhibitionRegisters { get; }

    DbSet<RegisterImport> RegisterImports { get; }

    DbSet<RegisterMatch> RegisterMatches { get; }

    DbSet<MarketingSelection> MarketingSelections { get; }

    DbSet<SelectionExport> SelectionExports { get; }

    DbSet<Recipient> Recipients { get; }

    DbSet<Disclosure> Disclosures { get; }

    DbSet<ApiClient> ApiClients { get; }

    DbSet<LeadSubmission> LeadSubmissions { get; }

    DbSet<RecipientNotice> RecipientNotices { get; }

    DbSet<RecipientVersion> RecipientVersions { get; }

    DbSet<RefusedPartnerCalls> RefusedPartnerCalls { get; }

    DbSet<DataSubjectRequest> DataSubjectRequests { get; }

    /// <summary>The requests' timelines (append-only).</summary>
    DbSet<RequestEvent> RequestEvents { get; }

    /// <summary>Fields corrected through rectification requests, before and after (append-only).</summary>
    DbSet<RectifiedField> RectifiedFields { get; }

    /// <summary>Restrictions of processing (Art. 18), with their history.</summary>
    DbSet<ProcessingRestriction> ProcessingRestrictions { get; }

    /// <summary>Uses of restricted persons' data under a ground of Art. 18(2) (append-only).</summary>
    DbSet<RestrictedUse> RestrictedUses { get; }

    /// <summary>Recipients told by hand of a request's rectification, erasure or restriction (append-only).</summary>
    DbSet<ManualRecipientNotice> ManualRecipientNotices { get; }
    /// <summary>The access reports generated for requests, as they were given.</summary>
    DbSet<AccessReport> AccessReports { get; }
    /// <summary>What each erasure did with each item of a person's data (the request's erasure record).</summary>
    DbSet<ErasureItem> ErasureItems { get; }

    /// <summary>Population Register change-file imports (docs/population-register.md).</summary>
    DbSet<PopulationRegisterImport> PopulationRegisterImports { get; }

    /// <summary>The changes each import made, by line and person (written by the import's SQL).</summary>
    DbSet<PopulationRegisterChange> PopulationRegisterChanges { get; }

    /// <summary>Lines of each import that matched no one (line and groups only).</summary>
    DbSet<PopulationRegisterUnmatched> PopulationRegisterUnmatched { get; }

    /// <summary>Keyed hashes of erased persons' identifiers.</summary>
    DbSet<SuppressionRecord> SuppressionRecords { get; }

    /// <summary>The controller's details and the privacy notice's maintained texts (one row).</summary>
    DbSet<ControllerDetails> ControllerDetails { get; }

    /// <summary>Published privacy notices (never updated).</summary>
    DbSet<PrivacyNoticeVersion> PrivacyNoticeVersions { get; }
    /// <summary>The retention rule of each data category (issue 13).</summary>
    DbSet<RetentionRule> RetentionRules { get; }

    /// <summary>The controller's financial year (one row).</summary>
    DbSet<FinancialYear> FinancialYears { get; }

    /// <summary>Legal holds that stop retention for a person or a customer.</summary>
    DbSet<LegalHold> LegalHolds { get; }

    /// <summary>The runs of the retention rules, with what each removed.</summary>
    DbSet<RetentionRun> RetentionRuns { get; }

    /// <summary>
    /// Takes the retention run's session-level advisory lock (pg_try_advisory_lock) on a connection of its own, held until the
    /// answer is disposed (released then, or by the server if the instance dies); null when another instance is running the rules.
    /// </summary>
    Task<IAsyncDisposable?> TryHoldRetentionLockAsync(CancellationToken cancellationToken);

    /// <summary>Lets the append-only ledgers (consents, invoice histories) take deletions until the transaction ends, as an erasure does.</summary>
    Task PermitLedgerDeletionsAsync(CancellationToken cancellationToken);

    /// <summary>The next invoice number, from a database sequence (its reference number is derived from it).</summary>
    Task<long> NextInvoiceNumberAsync(CancellationToken cancellationToken);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes one audit record, in the open transaction when there is one. With other changes pending it is saved with them
    /// (one SaveChanges, as before); alone — every audited read — it is one INSERT without the change tracker's work.
    /// </summary>
    Task AppendAuditAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps this context's connection open until the context is disposed (the end of the request's scope): the request's
    /// statements then share one pooled connection instead of taking it from the pool and returning it for each, with
    /// PostgreSQL running the pool's reset (DISCARD ALL) before every one.
    /// </summary>
    Task HoldConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Starts a transaction unless one is already open (then returns null).</summary>
    Task<IDbContextTransaction?> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs one unit of work; with <paramref name="retry"/> it runs again, whole and with nothing
    /// tracked, when the database was unavailable (a restart), up to a few times.
    /// </summary>
    Task<T> RunUnitAsync<T>(Func<int, CancellationToken, Task<T>> unit, bool retry, CancellationToken cancellationToken);

    /// <summary>
    /// Claims a lead's Idempotency-Key in the open transaction (INSERT … ON CONFLICT DO NOTHING): true when
    /// this call holds it now; false when a committed lead has it. Waits while another call holds it uncommitted.
    /// </summary>
    Task<bool> ClaimLeadSubmissionAsync(LeadSubmission submission, CancellationToken cancellationToken);

    /// <summary>Counts a refused partner call in its hour (status by client), instead of an audit record per call.</summary>
    Task CountRefusedPartnerCallAsync(Guid apiClientId, int status, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Loads and tracks a person, locking the row until the transaction ends.</summary>
    Task<Person?> FindPersonForUpdateAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Loads and tracks a staff account, locking its row until the transaction ends.</summary>
    Task<StaffUser?> FindUserForUpdateAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Makes the next save fail with a concurrency conflict unless the row still has this version.</summary>
    void ExpectVersion<TEntity>(TEntity entity, uint version) where TEntity : class;
}
