using HsWorks.Domain.Consents;
using HsWorks.Domain.Customers;
using HsWorks.Domain.NonDisclosure;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Prohibitions;
using HsWorks.Domain.Purposes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HsWorks.Infrastructure.Persistence.Configurations;

internal sealed class PurposeConfiguration : IEntityTypeConfiguration<Purpose>
{
    public void Configure(EntityTypeBuilder<Purpose> builder)
    {
        builder.ToTable("purposes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(50);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.NameFi).HasMaxLength(200);
        builder.Property(p => p.NameSv).HasMaxLength(200);
        builder.Property(p => p.NameEn).HasMaxLength(200);
        builder.Property(p => p.LegalBasis).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.DataCategories).HasColumnType("text[]");
        builder.ComplexProperty(p => p.LegitimateInterest, text =>
        {
            text.Property(x => x.Fi).HasColumnName("legitimate_interest_fi").HasMaxLength(Purpose.MaxLegitimateInterestLength);
            text.Property(x => x.Sv).HasColumnName("legitimate_interest_sv").HasMaxLength(Purpose.MaxLegitimateInterestLength);
            text.Property(x => x.En).HasColumnName("legitimate_interest_en").HasMaxLength(Purpose.MaxLegitimateInterestLength);
        });
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}

internal sealed class PurposeVersionConfiguration : IEntityTypeConfiguration<PurposeVersion>
{
    public void Configure(EntityTypeBuilder<PurposeVersion> builder)
    {
        builder.ToTable("purpose_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).UseIdentityAlwaysColumn();
        builder.Property(v => v.NameEn).HasMaxLength(200);
        builder.Property(v => v.LegalBasis).HasConversion<string>().HasMaxLength(32);
        builder.Property(v => v.DataCategories).HasColumnType("text[]");
        builder.Property(v => v.LegitimateInterestEn).HasMaxLength(Purpose.MaxLegitimateInterestLength);
        builder.Property(v => v.ChangedBy).HasMaxLength(64);
        builder.HasOne<Purpose>().WithMany().HasForeignKey(v => v.PurposeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.PurposeId, v.Version }).IsUnique();
    }
}

/// <summary>Append-only (a trigger in the migration refuses UPDATE and DELETE, as for the audit trail).</summary>
internal sealed class ConsentEventConfiguration : IEntityTypeConfiguration<ConsentEvent>
{
    public void Configure(EntityTypeBuilder<ConsentEvent> builder)
    {
        builder.ToTable("consent_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Evidence).HasMaxLength(ConsentEvent.MaxEvidenceLength);
        builder.Property(e => e.RecordedBy).HasMaxLength(64);
        builder.HasOne<HsWorks.Domain.Register.PrivacyNoticeVersion>().WithMany().HasForeignKey(e => e.NoticeVersion).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Purpose>().WithMany().HasForeignKey(e => e.PurposeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProductGroup>().WithMany().HasForeignKey(e => e.ProductGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PersonId, e.At });
        builder.HasIndex(e => new { e.PurposeId, e.PersonId });
    }
}

internal sealed class NonDisclosureChangeConfiguration : IEntityTypeConfiguration<NonDisclosureChange>
{
    public void Configure(EntityTypeBuilder<NonDisclosureChange> builder)
    {
        builder.ToTable("non_disclosure_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.ChangedBy).HasMaxLength(64);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PersonId, c.At });
    }
}

internal sealed class NonDisclosureClaimConfiguration : IEntityTypeConfiguration<NonDisclosureClaim>
{
    public void Configure(EntityTypeBuilder<NonDisclosureClaim> builder)
    {
        builder.ToTable("non_disclosure_claims", t =>
            t.HasCheckConstraint("ck_non_disclosure_claims_decided", "(outcome IS NULL) = (decided_at IS NULL) AND (outcome IS NULL) = (decided_by IS NULL)"));
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Origin).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Note).HasMaxLength(NonDisclosureClaim.MaxNoteLength);
        builder.Property(c => c.DecisionNote).HasMaxLength(NonDisclosureClaim.MaxNoteLength);
        builder.Property(c => c.ClaimedBy).HasMaxLength(64);
        builder.Property(c => c.DecidedBy).HasMaxLength(64);
        builder.Ignore(c => c.IsOpen);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.PersonId).IsUnique().HasFilter("outcome IS NULL").HasDatabaseName("ux_non_disclosure_claims_open_per_person");
        builder.HasIndex(c => c.ClaimedAt).HasFilter("outcome IS NULL").HasDatabaseName("ix_non_disclosure_claims_open");
    }
}

internal sealed class ProhibitionConfiguration : IEntityTypeConfiguration<Prohibition>
{
    public void Configure(EntityTypeBuilder<Prohibition> builder)
    {
        builder.ToTable("prohibitions");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Reason).HasMaxLength(1000);
        builder.Property(p => p.CreatedBy).HasMaxLength(64);
        builder.Property(p => p.LiftedBy).HasMaxLength(64);
        builder.Ignore(p => p.IsActive);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.PersonId, p.CreatedAt });
        builder.Property<uint>("Version").IsRowVersion();
    }
}
