using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Audit;
using HsWorks.Domain.Common;
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
using HsWorks.Infrastructure.Persistence.Configurations;
using HsWorks.Infrastructure.ProhibitionRegisters;
using HsWorks.Infrastructure.Search;
using HsWorks.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace HsWorks.Infrastructure.Persistence;

/// <param name="identityLookup">Keys persons' identity codes for lookups; absent only where nothing saves persons (migrations, design time) —
/// a person saved without it gets no lookup, which the start-up backfill then writes.</param>
public sealed class HsWorksDbContext(DbContextOptions<HsWorksDbContext> options, FieldProtector protector, IdentityCodeLookup? identityLookup = null)
    : DbContext(options), IHsWorksDb
{
    public DbSet<Person> Persons => Set<Person>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<ContactPerson> ContactPersons => Set<ContactPerson>();

    public DbSet<StaffUser> Users => Set<StaffUser>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<SignInLockout> SignInLockouts => Set<SignInLockout>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<ProductGroup> ProductGroups => Set<ProductGroup>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Problem> Problems => Set<Problem>();

    public DbSet<Interest> Interests => Set<Interest>();

    public DbSet<Purchase> Purchases => Set<Purchase>();

    public DbSet<Asset> Assets => Set<Asset>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<RemoteAccess> RemoteAccesses => Set<RemoteAccess>();

    public DbSet<Recording> Recordings => Set<Recording>();

    public DbSet<Purpose> Purposes => Set<Purpose>();

    public DbSet<PurposeVersion> PurposeVersions => Set<PurposeVersion>();

    public DbSet<ConsentEvent> ConsentEvents => Set<ConsentEvent>();

    public DbSet<Prohibition> Prohibitions => Set<Prohibition>();

    public DbSet<NonDisclosureChange> NonDisclosureChanges => Set<NonDisclosureChange>();
    public DbSet<NonDisclosureClaim> NonDisclosureClaims => Set<NonDisclosureClaim>();

    public DbSet<ProhibitionRegister> ProhibitionRegisters => Set<ProhibitionRegister>();

    public DbSet<RegisterImport> RegisterImports => Set<RegisterImport>();

    public DbSet<RegisterMatch> RegisterMatches => Set<RegisterMatch>();

    public DbSet<MarketingSelection> MarketingSelections => Set<MarketingSelection>();

    public DbSet<SelectionExport> SelectionExports => Set<SelectionExport>();

    public DbSet<Recipient> Recipients => Set<Recipient>();

    public DbSet<Disclosure> Disclosures => Set<Disclosure>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<LeadSubmission> LeadSubmissions => Set<LeadSubmission>();

    public DbSet<RecipientNotice> RecipientNotices => Set<RecipientNotice>();

    public DbSet<RecipientVersion> RecipientVersions => Set<RecipientVersion>();

    public DbSet<RefusedPartnerCalls> RefusedPartnerCalls => Set<RefusedPartnerCalls>();

    public DbSet<DataSubjectRequest> DataSubjectRequests => Set<DataSubjectRequest>();

    public DbSet<RequestEvent> RequestEvents => Set<RequestEvent>();

    public DbSet<RectifiedField> RectifiedFields => Set<RectifiedField>();

    public DbSet<ProcessingRestriction> ProcessingRestrictions => Set<ProcessingRestriction>();

    public DbSet<RestrictedUse> RestrictedUses => Set<RestrictedUse>();

    public DbSet<ManualRecipientNotice> ManualRecipientNotices => Set<ManualRecipientNotice>();
    public DbSet<AccessReport> AccessReports => Set<AccessReport>();
    public DbSet<ErasureItem> ErasureItems => Set<ErasureItem>();

    public DbSet<SuppressionRecord> SuppressionRecords => Set<SuppressionRecord>();

    public DbSet<ControllerDetails> ControllerDetails => Set<ControllerDetails>();

    public DbSet<PrivacyNoticeVersion> PrivacyNoticeVersions => Set<PrivacyNoticeVersion>();

    public DbSet<RetentionRule> RetentionRules => Set<RetentionRule>();

    public DbSet<FinancialYear> FinancialYears => Set<FinancialYear>();

    public DbSet<LegalHold> LegalHolds => Set<LegalHold>();

    public DbSet<RetentionRun> RetentionRuns => Set<RetentionRun>();

    public async Task<IAsyncDisposable?> TryHoldRetentionLockAsync(CancellationToken cancellationToken) =>
        // A session lock, not a transaction's: it lives as long as the run, whatever the batches' transactions do.
        await SessionAdvisoryLock.TryTakeAsync(Database.GetConnectionString()!, RetentionLockKey, cancellationToken);

    public async Task PermitLedgerDeletionsAsync(CancellationToken cancellationToken) =>
        await Database.ExecuteSqlRawAsync("SET LOCAL hsworks.erasure = 'on'", cancellationToken);

    /// <summary>The advisory lock's key: one retention run at a time across every instance ('rete' as a number).</summary>
    private const long RetentionLockKey = 0x72657465;

    public DbSet<PopulationRegisterImport> PopulationRegisterImports => Set<PopulationRegisterImport>();

    public DbSet<PopulationRegisterChange> PopulationRegisterChanges => Set<PopulationRegisterChange>();

    public DbSet<PopulationRegisterUnmatched> PopulationRegisterUnmatched => Set<PopulationRegisterUnmatched>();

    public Task<long> NextInvoiceNumberAsync(CancellationToken cancellationToken) =>
        Database.SqlQuery<long>($"SELECT nextval('invoice_number_seq') AS \"Value\"").SingleAsync(cancellationToken);

    internal FieldProtector Protector => protector;

    internal DbSet<EncryptionKeyRecord> EncryptionKeys => Set<EncryptionKeyRecord>();

    /// <summary>A context of the read-only queries' connection (a standby, <see cref="ReadOnlyConnection"/>): it never saves.</summary>
    internal bool ReadsOnly { get; init; }

    public Task HoldConnectionAsync(CancellationToken cancellationToken) => Database.OpenConnectionAsync(cancellationToken);

    /// <summary>
    /// A raw Npgsql command on this context's connection (opened by the caller) in its current transaction and with its command
    /// timeout, for what EF's SQL methods cannot run: a data-modifying WITH whose rows are read, or a statement per batch of words.
    /// </summary>
    internal NpgsqlCommand Command(string sql)
    {
        var command = new NpgsqlCommand(sql, (NpgsqlConnection)Database.GetDbConnection(), (NpgsqlTransaction?)Database.CurrentTransaction?.GetDbTransaction());
        if (Database.GetCommandTimeout() is { } seconds) command.CommandTimeout = seconds;
        return command;
    }

    public async Task AppendAuditAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        RefuseWritesWhenReadOnly();
        if (ChangeTracker.HasChanges())
        {
            AuditRecords.Add(record);
            await SaveChangesAsync(cancellationToken);
            return;
        }
        // Nothing else to save (an audited read): the same row as SaveChanges would write, through the same connection and
        // transaction, without tracking an entity, building its update batch and reading its id back.
        await Database.ExecuteSqlAsync($"""
            INSERT INTO audit_records (action, at, customer_ids, fields, person_ids, reason, target_user_id, user_id, username)
            VALUES ({record.Action}, {record.At}, {record.CustomerIds}, {record.Fields}, {record.PersonIds}, {record.Reason},
                    {record.TargetUserId}, {record.UserId}, {record.Username})
            """, cancellationToken);
    }

    public async Task<IDbContextTransaction?> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        RefuseWritesWhenReadOnly();
        return Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
    }

    private void RefuseWritesWhenReadOnly()
    {
        if (ReadsOnly)
            throw new InvalidOperationException("The read-only queries' context (ReadOnlyQueries.Key) cannot save or begin a transaction: write through IHsWorksDb.");
    }

    public async Task<T> RunUnitAsync<T>(Func<int, CancellationToken, Task<T>> unit, bool retry, CancellationToken cancellationToken)
    {
        // Inside an open transaction a retry cannot repeat what came before: the outer unit decides.
        if (!retry || Database.CurrentTransaction is not null) return await unit(0, cancellationToken);
        var attempt = 0;
        return await new RetryingUnitStrategy(this).ExecuteAsync(async ct =>
        {
            // A retry starts clean: what the failed attempt added or loaded was rolled back.
            if (attempt > 0) ChangeTracker.Clear();
            ClientVersionExpected = false;
            return await unit(attempt++, ct);
        }, cancellationToken);
    }

    public async Task<bool> ClaimLeadSubmissionAsync(LeadSubmission submission, CancellationToken cancellationToken) =>
        await Database.ExecuteSqlAsync($"""
            INSERT INTO lead_submissions (api_client_id, key, request_hash, person_id, customer_id, at)
            VALUES ({submission.ApiClientId}, {submission.Key}, {submission.RequestHash}, {submission.PersonId}, {submission.CustomerId}, {submission.At})
            ON CONFLICT (api_client_id, key) DO NOTHING
            """, cancellationToken) == 1;

    public async Task CountRefusedPartnerCallAsync(Guid apiClientId, int status, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var hour = new DateTimeOffset(at.UtcDateTime.Date.AddHours(at.UtcDateTime.Hour), TimeSpan.Zero);
        await Database.ExecuteSqlAsync($"""
            INSERT INTO partner_call_refusals (api_client_id, hour, status, calls) VALUES ({apiClientId}, {hour}, {status}, 1)
            ON CONFLICT (api_client_id, hour, status) DO UPDATE SET calls = partner_call_refusals.calls + 1
            """, cancellationToken);
    }

    public Task<Person?> FindPersonForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        Persons.FromSql($"SELECT *, xmin FROM persons WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    public Task<StaffUser?> FindUserForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        Users.FromSql($"SELECT *, xmin FROM users WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    public void ExpectVersion<TEntity>(TEntity entity, uint version) where TEntity : class
    {
        ClientVersionExpected = true;
        Entry(entity).Property("Version").OriginalValue = version;
    }

    /// <summary>
    /// The unit saves against a version the client sent (If-Match): a conflict is then the client's
    /// stale copy (412). Without one, a conflict only means another writer came between this unit's
    /// read and its write, and the unit runs again on fresh data.
    /// </summary>
    internal bool ClientVersionExpected { get; private set; }

    /// <summary>Saves; in the same transaction, the domain events of the saved entities are handled (<see cref="DomainEventHandlers"/>).</summary>
    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        RefuseWritesWhenReadOnly();
        WriteIdentityCodeLookups();
        var raising = ChangeTracker.Entries<IHasDomainEvents>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
        if (raising.Count == 0) return await base.SaveChangesAsync(cancellationToken);

        var events = raising.SelectMany(e => e.DomainEvents).ToList();
        await using var transaction = await BeginTransactionAsync(cancellationToken);
        var saved = await base.SaveChangesAsync(cancellationToken);
        await DomainEventHandlers.HandleAsync(this, events, cancellationToken);
        foreach (var entity in raising) entity.ClearDomainEvents();
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>The keyed lookup follows the identity code in the same write (docs/keys.md).</summary>
    private void WriteIdentityCodeLookups()
    {
        foreach (var entry in ChangeTracker.Entries<Person>())
        {
            if (entry.State != EntityState.Added && !(entry.State == EntityState.Modified && entry.Property(p => p.IdentityCode).IsModified)) continue;
            entry.Property<byte[]?>(PersonConfiguration.IdentityCodeLookup).CurrentValue =
                entry.Entity.IdentityCode is { } code && identityLookup is not null ? identityLookup.Of(code) : null;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: it handles the domain events in the same transaction.");

    /// <summary>The model's value converters hold this context's protector: one model per protector (one per process, except in tests running several instances).</summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, ProtectorModelCacheKeyFactory>();

    private sealed class ProtectorModelCacheKeyFactory : Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            context is HsWorksDbContext own ? (context.GetType(), own.Protector, designTime) : (context.GetType(), designTime);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.HasSequence<long>("customer_number_seq").StartsAt(100001);
        modelBuilder.HasSequence<long>("invoice_number_seq").StartsAt(10001);
        modelBuilder.ApplyConfiguration(new PersonConfiguration(this));
        modelBuilder.ApplyConfiguration(new CustomerConfiguration());
        modelBuilder.ApplyConfiguration(new ContactPersonConfiguration());
        modelBuilder.ApplyConfiguration(new StaffUserConfiguration());
        modelBuilder.ApplyConfiguration(new RefreshTokenConfiguration());
        modelBuilder.ApplyConfiguration(new SignInLockoutConfiguration());
        modelBuilder.ApplyConfiguration(new AuditRecordConfiguration());
        modelBuilder.ApplyConfiguration(new SearchTermConfiguration());
        modelBuilder.ApplyConfiguration(new SearchWordConfiguration());
        modelBuilder.ApplyConfiguration(new ProductGroupConfiguration());
        modelBuilder.ApplyConfiguration(new ContactConfiguration());
        modelBuilder.ApplyConfiguration(new ProblemConfiguration());
        modelBuilder.ApplyConfiguration(new InterestConfiguration());
        modelBuilder.ApplyConfiguration(new PurchaseConfiguration());
        modelBuilder.ApplyConfiguration(new AssetConfiguration(this));
        modelBuilder.ApplyConfiguration(new InvoiceConfiguration());
        modelBuilder.ApplyConfiguration(new InvoiceStatusChangeConfiguration());
        modelBuilder.ApplyConfiguration(new RemoteAccessConfiguration(this));
        modelBuilder.ApplyConfiguration(new RecordingConfiguration());
        modelBuilder.ApplyConfiguration(new PurposeConfiguration());
        modelBuilder.ApplyConfiguration(new PurposeVersionConfiguration());
        modelBuilder.ApplyConfiguration(new ConsentEventConfiguration());
        modelBuilder.ApplyConfiguration(new ProhibitionConfiguration());
        modelBuilder.ApplyConfiguration(new NonDisclosureChangeConfiguration());
        modelBuilder.ApplyConfiguration(new NonDisclosureClaimConfiguration());
        modelBuilder.ApplyConfiguration(new ProhibitionRegisterConfiguration());
        modelBuilder.ApplyConfiguration(new RegisterImportConfiguration());
        modelBuilder.ApplyConfiguration(new RegisterMatchConfiguration());
        modelBuilder.ApplyConfiguration(new MarketingSelectionConfiguration());
        modelBuilder.ApplyConfiguration(new SelectionExportConfiguration());
        modelBuilder.ApplyConfiguration(new RecipientConfiguration(this));
        modelBuilder.ApplyConfiguration(new DisclosureConfiguration());
        modelBuilder.ApplyConfiguration(new ApiClientConfiguration());
        modelBuilder.ApplyConfiguration(new LeadSubmissionConfiguration());
        modelBuilder.ApplyConfiguration(new RefusedPartnerCallsConfiguration());
        modelBuilder.ApplyConfiguration(new RecipientNoticeConfiguration());
        modelBuilder.ApplyConfiguration(new RecipientVersionConfiguration());
        modelBuilder.ApplyConfiguration(new EncryptionKeyConfiguration());
        modelBuilder.ApplyConfiguration(new DataSubjectRequestConfiguration());
        modelBuilder.ApplyConfiguration(new RequestEventConfiguration());
        modelBuilder.ApplyConfiguration(new RetentionRuleConfiguration());
        modelBuilder.ApplyConfiguration(new FinancialYearConfiguration());
        modelBuilder.ApplyConfiguration(new LegalHoldConfiguration());
        modelBuilder.ApplyConfiguration(new RetentionRunConfiguration());
        modelBuilder.ApplyConfiguration(new RectifiedFieldConfiguration());
        modelBuilder.ApplyConfiguration(new ProcessingRestrictionConfiguration());
        modelBuilder.ApplyConfiguration(new RestrictedUseConfiguration());
        modelBuilder.ApplyConfiguration(new ManualRecipientNoticeConfiguration());
        modelBuilder.ApplyConfiguration(new AccessReportConfiguration());
        modelBuilder.ApplyConfiguration(new ErasureItemConfiguration());
        modelBuilder.ApplyConfiguration(new SuppressionRecordConfiguration());
        modelBuilder.ApplyConfiguration(new ControllerDetailsConfiguration());
        modelBuilder.ApplyConfiguration(new PrivacyNoticeVersionConfiguration());
        modelBuilder.ApplyConfiguration(new PopulationRegisterImportConfiguration());
        modelBuilder.ApplyConfiguration(new PopulationRegisterChangeConfiguration());
        modelBuilder.ApplyConfiguration(new PopulationRegisterUnmatchedConfiguration());
        // Tables written and read in bulk by SQL only; the model keeps them in the migrations.
        modelBuilder.SharedTypeEntity<Dictionary<string, object>>(PersonMatchKeys.Table, b =>
        {
            b.ToTable(PersonMatchKeys.Table);
            b.Property<Guid>("PersonId");
            b.HasKey("PersonId");
            foreach (var column in new[] { "Email", "Phone", "Mobile", "LastName", "FirstName", "PostalCode", "Street" }) b.Property<string?>(column);
            b.HasOne<Person>().WithOne().HasForeignKey<Dictionary<string, object>>("PersonId").OnDelete(DeleteBehavior.Cascade);
        });
        // The match keys of the lines of each register's file in force, so persons saved later are matched too.
        modelBuilder.SharedTypeEntity<Dictionary<string, object>>("register_entries", b =>
        {
            b.ToTable("register_entries");
            b.Property<Guid>("ImportId");
            b.Property<long>("Line");
            b.HasKey("ImportId", "Line");
            foreach (var column in new[] { "Email", "Phone", "LastName", "FirstName", "PostalCode", "Street" }) b.Property<string?>(column);
            b.HasOne<RegisterImport>().WithMany().HasForeignKey("ImportId").OnDelete(DeleteBehavior.Cascade);
            b.HasIndex("Email");
            b.HasIndex("Phone");
            b.HasIndex("LastName", "PostalCode");
        });
        modelBuilder.SharedTypeEntity<Dictionary<string, object>>(SelectionExportConfiguration.PersonsTable, b =>
        {
            b.ToTable(SelectionExportConfiguration.PersonsTable);
            b.Property<Guid>("ExportId");
            b.Property<Guid>("PersonId");
            b.HasKey("ExportId", "PersonId");
            b.HasOne<SelectionExport>().WithMany().HasForeignKey("ExportId").OnDelete(DeleteBehavior.Cascade);
            b.HasOne<Person>().WithMany().HasForeignKey("PersonId").OnDelete(DeleteBehavior.Cascade);
            b.HasIndex("PersonId");
        });
    }

}
