using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HsWorks.Infrastructure.Persistence.Configurations;

/// <summary>Data subjects' requests (issue 12). The schema holds the same rules as the aggregate: a closed request has its answer, an extension its reasons.</summary>
internal sealed class DataSubjectRequestConfiguration : IEntityTypeConfiguration<DataSubjectRequest>
{
    private const string Completed = nameof(RequestStatus.Completed);
    private const string Rejected = nameof(RequestStatus.Rejected);

    public void Configure(EntityTypeBuilder<DataSubjectRequest> builder)
    {
        builder.ToTable("data_subject_requests", t =>
        {
            t.HasCheckConstraint("ck_data_subject_requests_closed",
                $"(closed_at IS NULL) = (status NOT IN ('{Completed}', '{Rejected}')) AND (closed_at IS NULL) = (closed_by IS NULL)");
            t.HasCheckConstraint("ck_data_subject_requests_rejected",
                $"(status = '{Rejected}') = (rejection_reason IS NOT NULL) AND (status <> '{Rejected}' OR remedies_told) AND (rejection_ground IS NULL OR status = '{Rejected}')");
            t.HasCheckConstraint("ck_data_subject_requests_extended",
                "(extended_at IS NULL) = (extension_reasons IS NULL) AND (extended_at IS NULL) = (extended_by IS NULL) AND (extended_at IS NULL) = (extension_told_at IS NULL)");
            t.HasCheckConstraint("ck_data_subject_requests_verified",
                "(identity_verified_at IS NULL) = (verification_method IS NULL) AND (identity_verified_at IS NULL) = (identity_verified_by IS NULL)");
            t.HasCheckConstraint("ck_data_subject_requests_identification",
                "(identification_arrived_at IS NULL OR (identification_asked_at IS NOT NULL AND identification_arrived_at >= identification_asked_at)) AND paused_days >= 0");
            t.HasCheckConstraint("ck_data_subject_requests_due", "due_on >= first_due_on");
        });
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.VerificationMethod).HasConversion<string>().HasMaxLength(48);
        builder.Property(r => r.RejectionGround).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.RequesterName).HasMaxLength(Requester.MaxNameLength);
        builder.Property(r => r.RequesterEmail).HasMaxLength(Requester.MaxEmailLength);
        builder.Property(r => r.RequesterPhone).HasMaxLength(Requester.MaxPhoneLength);
        builder.Property(r => r.RequesterAddress).HasMaxLength(Requester.MaxAddressLength);
        builder.Property(r => r.RequesterNote).HasMaxLength(Requester.MaxNoteLength);
        builder.Property(r => r.RegisteredBy).HasMaxLength(64);
        builder.Property(r => r.IdentityVerifiedBy).HasMaxLength(64);
        builder.Property(r => r.VerificationNote).HasMaxLength(DataSubjectRequest.MaxTextLength);
        builder.Property(r => r.ExtendedBy).HasMaxLength(64);
        builder.Property(r => r.ExtensionReasons).HasMaxLength(DataSubjectRequest.MaxTextLength);
        builder.Property(r => r.ClosedBy).HasMaxLength(64);
        builder.Property(r => r.CompletionSummary).HasMaxLength(DataSubjectRequest.MaxTextLength);
        builder.Property(r => r.RejectionReason).HasMaxLength(DataSubjectRequest.MaxTextLength);
        builder.Property(r => r.PersonIds).HasColumnType("uuid[]");
        builder.Ignore(r => r.NewEvents);
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.IsExtended);
        builder.Ignore(r => r.AwaitingIdentification);
        builder.Ignore(r => r.Outcome);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Status, r.DueOn });
        builder.HasIndex(r => r.DueOn).HasFilter("closed_at IS NULL").HasDatabaseName("ix_data_subject_requests_open_due_on");
        builder.HasIndex(r => r.AssigneeId);
        builder.HasIndex(r => r.PersonIds).HasMethod("gin");
        builder.Property<uint>("Version").IsRowVersion();
    }
}

/// <summary>A request's timeline: append-only (a trigger in the Requests migration refuses UPDATE and DELETE, as for the consent ledger).</summary>
internal sealed class RequestEventConfiguration : IEntityTypeConfiguration<RequestEvent>
{
    public void Configure(EntityTypeBuilder<RequestEvent> builder)
    {
        builder.ToTable("data_subject_request_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.Step).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.By).HasMaxLength(64);
        builder.Property(e => e.Detail).HasMaxLength(DataSubjectRequest.MaxTextLength);
        builder.HasOne<DataSubjectRequest>().WithMany().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.RequestId, e.Id });
    }
}

/// <summary>A request's erasure record: what was done with each item of each person's data, kept items with their ground. Append-only (the Erasure migration).</summary>
internal sealed class ErasureItemConfiguration : IEntityTypeConfiguration<ErasureItem>
{
    public void Configure(EntityTypeBuilder<ErasureItem> builder)
    {
        builder.ToTable("erasure_items", t => t.HasCheckConstraint("ck_erasure_items_kept_with_ground", $"action <> {StoredEnum.Sql(ErasureAction.Keep)} OR ground IS NOT NULL"));
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).UseIdentityAlwaysColumn();
        builder.Property(i => i.Area).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Ground).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.ItemId).HasMaxLength(ErasureItem.MaxItemIdLength);
        builder.Property(i => i.What).HasMaxLength(ErasureItem.MaxWhatLength);
        builder.HasOne<DataSubjectRequest>().WithMany().HasForeignKey(i => i.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.RequestId, i.Id });
        builder.HasIndex(i => i.PersonId);
    }
}

/// <summary>Erased persons' suppression records: one keyed hash per identifier, looked up by the hash.</summary>
internal sealed class SuppressionRecordConfiguration : IEntityTypeConfiguration<SuppressionRecord>
{
    public void Configure(EntityTypeBuilder<SuppressionRecord> builder)
    {
        builder.ToTable("suppression_records");
        builder.HasKey(s => s.Hash);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<DataSubjectRequest>().WithMany().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}
