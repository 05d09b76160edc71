using HsWorks.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HsWorks.Infrastructure.Persistence.Configurations;

/// <summary>
/// Append-only: a trigger (see the migration) refuses UPDATE and DELETE. The sequential id gives
/// the order a later hash chain (tamper evidence) will follow.
/// </summary>
internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("audit_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.Username).HasMaxLength(64);
        builder.Property(r => r.Action).HasMaxLength(64);
        builder.Property(r => r.PersonIds).HasColumnType("uuid[]");
        builder.Property(r => r.CustomerIds).HasColumnType("uuid[]");
        builder.Property(r => r.Fields).HasColumnType("text[]");
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.HasIndex(r => r.At);
        builder.HasIndex(r => new { r.UserId, r.Id });
        builder.HasIndex(r => new { r.Action, r.Id });
        builder.HasIndex(r => r.PersonIds).HasMethod("gin");
        builder.HasIndex(r => r.CustomerIds).HasMethod("gin");
    }
}
