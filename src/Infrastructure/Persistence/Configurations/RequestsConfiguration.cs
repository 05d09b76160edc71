using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Persons;
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
    private const string OtherProcessing = nameof(ObjectionKind.OtherProcessing);

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
            t.HasCheckConstraint("ck_data_subject_requests_objection",
                "(objection_kind IS NULL) = (objected_at IS NULL) AND (objection_decided_at IS NULL) = (objection_decision IS NULL) " +
                "AND (objection_decided_at IS NULL) = (objection_decision_reasons IS NULL) AND (objection_decided_at IS NULL) = (objection_decided_by IS NULL) " +
                $"AND (objection_decision IS NULL OR objection_kind = '{OtherProcessing}')");
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
        builder.Property(r => r.ObjectionKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.ObjectionDecision).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ObjectionDecisionReasons).HasMaxLength(DataSubjectRequest.MaxTextLength);
        builder.Property(r => r.ObjectionDecidedBy).HasMaxLength(64);
        builder.Property(r => r.PersonIds).HasColumnType("uuid[]");
        builder.Property(r => r.StaffNamesReason).HasMaxLength(DataSubjectRequest.MaxTextLength);
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

/// <summary>The access reports generated for requests: kept as they were given, as text (a trigger refuses changes, as for the timeline).</summary>
internal sealed class AccessReportConfiguration : IEntityTypeConfiguration<AccessReport>
{
    public void Configure(EntityTypeBuilder<AccessReport> builder)
    {
        builder.ToTable("access_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.GeneratedBy).HasMaxLength(64);
        builder.Property(r => r.Language).HasConversion<string>().HasMaxLength(8);
        builder.HasOne<DataSubjectRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.RequestId, r.GeneratedAt });
    }
}

/// <summary>Fields corrected through a rectification request, before and after: append-only (a trigger refuses UPDATE and DELETE).</summary>
internal sealed class RectifiedFieldConfiguration : IEntityTypeConfiguration<RectifiedField>
{
    public void Configure(EntityTypeBuilder<RectifiedField> builder)
    {
        builder.ToTable("data_subject_request_rectified_fields");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).UseIdentityAlwaysColumn();
        builder.Property(f => f.Field).HasMaxLength(64);
        builder.Property(f => f.Before).HasMaxLength(RectifiedField.MaxValueLength);
        builder.Property(f => f.After).HasMaxLength(RectifiedField.MaxValueLength);
        builder.Property(f => f.By).HasMaxLength(64);
        builder.HasOne<DataSubjectRequest>().WithMany().HasForeignKey(f => f.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.RequestId, f.Id });
        builder.HasIndex(f => f.PersonId);
    }
}

/// <summary>Restrictions of processing with their history; at most one holds per person at a time.</summary>
internal sealed class ProcessingRestrictionConfiguration : IEntityTypeConfiguration<ProcessingRestriction>
{
    public void Configure(EntityTypeBuilder<ProcessingRestriction> builder)
    {
        builder.ToTable("processing_restrictions", t =>
        {
            t.HasCheckConstraint("ck_processing_restrictions_period", "until IS NULL OR until >= \"from\"");
            t.HasCheckConstraint("ck_processing_restrictions_lifted",
                "(lifted_at IS NULL) = (lifted_by IS NULL) AND (lifted_at IS NULL) = (person_told_at IS NULL)");
        });
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reason).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Note).HasMaxLength(ProcessingRestriction.MaxNoteLength);
        builder.Property(r => r.PlacedBy).HasMaxLength(64);
        builder.Property(r => r.LiftedBy).HasMaxLength(64);
        builder.Ignore(r => r.IsActive);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DataSubjectRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.PersonId).IsUnique().HasFilter("lifted_at IS NULL").HasDatabaseName("ux_processing_restrictions_active_person");
        builder.HasIndex(r => r.RequestId);
        builder.Property<uint>("Version").IsRowVersion();
    }
}

/// <summary>Uses of restricted data under a ground of Art. 18(2): append-only (a trigger refuses UPDATE and DELETE).</summary>
internal sealed class RestrictedUseConfiguration : IEntityTypeConfiguration<RestrictedUse>
{
    public void Configure(EntityTypeBuilder<RestrictedUse> builder)
    {
        builder.ToTable("restricted_uses");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).UseIdentityAlwaysColumn();
        builder.Property(u => u.Ground).HasConversion<string>().HasMaxLength(32);
        builder.Property(u => u.Use).HasMaxLength(RestrictedUse.MaxUseLength);
        builder.Property(u => u.By).HasMaxLength(64);
        builder.HasOne<ProcessingRestriction>().WithMany().HasForeignKey(u => u.RestrictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.PersonId, u.At });
        builder.HasIndex(u => u.RestrictionId);
    }
}

/// <summary>Recipients told by hand: append-only (a trigger refuses UPDATE and DELETE).</summary>
internal sealed class ManualRecipientNoticeConfiguration : IEntityTypeConfiguration<ManualRecipientNotice>
{
    public void Configure(EntityTypeBuilder<ManualRecipientNotice> builder)
    {
        builder.ToTable("manual_recipient_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Note).HasMaxLength(ManualRecipientNotice.MaxNoteLength);
        builder.Property(n => n.RecordedBy).HasMaxLength(64);
        builder.HasOne<DataSubjectRequest>().WithMany().HasForeignKey(n => n.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Recipient>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.RequestId, n.RecipientId });
    }
}
