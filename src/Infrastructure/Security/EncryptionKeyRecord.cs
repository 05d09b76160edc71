using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HsWorks.Infrastructure.Security;

/// <summary>
/// The life of a master key, by id only (the key itself is never in the database): added to the
/// ring, active (the one every instance writes with), retired from writing, drained (no row or file
/// needs it any more) and removed from the ring. A backup restores these rows too, so it says which
/// keys its values need.
/// </summary>
public sealed class EncryptionKeyRecord
{
    public required string KeyId { get; init; }

    public DateTimeOffset AddedAt { get; init; }

    public DateTimeOffset? ActivatedAt { get; set; }

    /// <summary>When another key took over writing: values written before may still use this one.</summary>
    public DateTimeOffset? RetiredAt { get; set; }

    /// <summary>When a re-encryption found no row and no file left that needs it; a backup taken before may.</summary>
    public DateTimeOffset? DrainedAt { get; set; }

    public DateTimeOffset? RemovedAt { get; set; }
}

internal sealed class EncryptionKeyConfiguration : IEntityTypeConfiguration<EncryptionKeyRecord>
{
    public void Configure(EntityTypeBuilder<EncryptionKeyRecord> builder)
    {
        builder.ToTable("encryption_keys");
        builder.HasKey(k => k.KeyId);
        builder.Property(k => k.KeyId).HasMaxLength(8);
        // At most one key writes: the unique index ux_encryption_keys_one_active is SQL in the migration.
    }
}
