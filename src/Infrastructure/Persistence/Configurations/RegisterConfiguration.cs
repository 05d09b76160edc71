using HsWorks.Domain.Common;
using HsWorks.Domain.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HsWorks.Infrastructure.Persistence.Configurations;

/// <summary>One row (a check keeps it one); the maintained texts as columns per language.</summary>
internal sealed class ControllerDetailsConfiguration : IEntityTypeConfiguration<ControllerDetails>
{
    public void Configure(EntityTypeBuilder<ControllerDetails> builder)
    {
        builder.ToTable("controller_details", t => t.HasCheckConstraint("ck_controller_details_single_row", $"id = {ControllerDetails.SingletonId}"));
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(ControllerDetails.MaxNameLength);
        builder.Property(c => c.ContactName).HasMaxLength(ControllerDetails.MaxNameLength);
        foreach (var line in new[] { "BusinessId", "Street", "PostalCode", "City", "Phone", "Email", "ContactEmail", "ContactPhone" })
            builder.Property(line).HasMaxLength(ControllerDetails.MaxLineLength);
        Text(builder.ComplexProperty(c => c.SecurityMeasures), "security_measures");
        Text(builder.ComplexProperty(c => c.ProvisionOfData), "provision_of_data");
        Text(builder.ComplexProperty(c => c.SafeguardsCopy), "safeguards_copy");
        builder.Property(c => c.UpdatedBy).HasMaxLength(64);
        builder.Property(c => c.Version).IsRowVersion();
    }

    private static void Text(ComplexPropertyBuilder<LocalisedText> text, string column)
    {
        text.Property(x => x.Fi).HasColumnName($"{column}_fi").HasMaxLength(ControllerDetails.MaxTextLength);
        text.Property(x => x.Sv).HasColumnName($"{column}_sv").HasMaxLength(ControllerDetails.MaxTextLength);
        text.Property(x => x.En).HasColumnName($"{column}_en").HasMaxLength(ControllerDetails.MaxTextLength);
    }
}

/// <summary>Immutable once written: a trigger in the migration refuses updates (and deletions outside an erasure's reset).</summary>
internal sealed class PrivacyNoticeVersionConfiguration : IEntityTypeConfiguration<PrivacyNoticeVersion>
{
    public void Configure(EntityTypeBuilder<PrivacyNoticeVersion> builder)
    {
        builder.ToTable("privacy_notice_versions", t => t.HasCheckConstraint("ck_privacy_notice_versions_number", "number >= 1"));
        builder.HasKey(v => v.Number);
        builder.Property(v => v.Number).ValueGeneratedNever();
        builder.Property(v => v.PublishedBy).HasMaxLength(64);
        builder.Property(v => v.Content).HasColumnType("jsonb");
    }
}
