using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Persons;
using HsWorks.Infrastructure.Disclosures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HsWorks.Infrastructure.Persistence.Configurations;

internal sealed class RecipientConfiguration(HsWorksDbContext context) : IEntityTypeConfiguration<Recipient>
{
    public void Configure(EntityTypeBuilder<Recipient> builder)
    {
        builder.ToTable("recipients");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(Recipient.MaxNameLength);
        builder.HasIndex(r => r.Name).IsUnique();
        builder.Property(r => r.BusinessId).HasMaxLength(20);
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Country).HasConversion(c => c.Value, v => CountryCode.Parse(v).ValueOrThrow()).HasMaxLength(2);
        builder.Property(r => r.Contact).HasMaxLength(500);
        builder.Property(r => r.Purposes).HasColumnType("text[]");
        builder.Property(r => r.DataCategories).HasColumnType("text[]");
        builder.Property(r => r.AgreementReference).HasMaxLength(200);
        builder.Property(r => r.Safeguard).AsJson();
        builder.Property(r => r.WebhookUrl).HasConversion(u => u!.ToString(), v => new Uri(v)).HasMaxLength(2000);
        // The webhook secret signs notices, so it is kept encrypted rather than hashed.
        var protector = context.Protector;
        builder.Property(r => r.WebhookSecret).HasConversion(v => protector.Protect(v!), v => protector.Unprotect(v));
        builder.Property(r => r.CreatedBy).HasMaxLength(64);
        builder.Ignore(r => r.InEea);
        builder.Property(r => r.Version).IsRowVersion();
    }
}

/// <summary>Append-only (a trigger refuses updates and deletes): who changed which fields of a recipient, and when.</summary>
internal sealed class RecipientVersionConfiguration : IEntityTypeConfiguration<RecipientVersion>
{
    public void Configure(EntityTypeBuilder<RecipientVersion> builder)
    {
        builder.ToTable("recipient_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasOne<Recipient>().WithMany().HasForeignKey(v => v.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.Change).HasConversion<string>().HasMaxLength(32);
        builder.Property(v => v.By).HasMaxLength(64);
        builder.Property(v => v.Fields).AsJson();
        builder.HasIndex(v => new { v.RecipientId, v.At });
    }
}

/// <summary>Append-only, with its persons in an array (disclosures are read by recipient, by person and by period).</summary>
internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> builder)
    {
        builder.ToTable("disclosures");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<Recipient>().WithMany().HasForeignKey(d => d.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(d => d.PurposeCode).HasMaxLength(50);
        builder.Property(d => d.LegalBasis).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.DataCategories).HasColumnType("text[]");
        builder.Property(d => d.LegalReference).HasMaxLength(500);
        builder.Property(d => d.PersonIds).HasColumnType("uuid[]");
        builder.HasIndex(d => d.PersonIds).HasMethod("gin");
        builder.HasIndex(d => new { d.RecipientId, d.At });
        builder.HasIndex(d => d.At);
        builder.Property(d => d.MadeBy).HasMaxLength(100);
    }
}

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("api_clients");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Recipient>().WithMany().HasForeignKey(c => c.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.ClientId).HasMaxLength(64);
        builder.HasIndex(c => c.ClientId).IsUnique();
        builder.Property(c => c.SecretHash).HasMaxLength(128);
        builder.Property(c => c.Scopes).HasColumnType("text[]");
        builder.Property(c => c.CreatedBy).HasMaxLength(64);
        builder.Ignore(c => c.IsActive);
        builder.Property<uint>("Version").IsRowVersion();
    }
}

internal sealed class LeadSubmissionConfiguration : IEntityTypeConfiguration<LeadSubmission>
{
    public void Configure(EntityTypeBuilder<LeadSubmission> builder)
    {
        builder.ToTable("lead_submissions");
        builder.HasKey(l => new { l.ApiClientId, l.Key });
        builder.Property(l => l.Key).HasMaxLength(200);
        builder.Property(l => l.RequestHash).HasMaxLength(64);
        builder.HasOne<ApiClient>().WithMany().HasForeignKey(l => l.ApiClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RecipientNoticeConfiguration : IEntityTypeConfiguration<RecipientNotice>
{
    public void Configure(EntityTypeBuilder<RecipientNotice> builder)
    {
        builder.ToTable("recipient_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.HasOne<Recipient>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(n => n.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.LastResult).HasMaxLength(500);
        builder.Ignore(n => n.Delivery);
        // The dispatcher's queue: due and neither delivered nor abandoned.
        builder.HasIndex(n => n.NextAttemptAt).HasFilter("delivered_at IS NULL AND abandoned_at IS NULL");
        builder.HasIndex(n => new { n.PersonId, n.OccurredAt });
        builder.Property<uint>("Version").IsRowVersion();
        // A dispatcher's claim on the notice while it delivers it: no row lock is held across the HTTP call, and an
        // expired lease (a dispatcher that died mid-delivery) can be claimed again.
        builder.Property<DateTimeOffset?>(WebhookLease.UntilProperty);
        builder.Property<string?>(WebhookLease.ByProperty).HasMaxLength(64);
    }
}

internal sealed class RefusedPartnerCallsConfiguration : IEntityTypeConfiguration<RefusedPartnerCalls>
{
    public void Configure(EntityTypeBuilder<RefusedPartnerCalls> builder)
    {
        // Written only by the UPSERT in HsWorksDbContext.CountRefusedPartnerCallAsync.
        builder.ToTable("partner_call_refusals", t => t.HasCheckConstraint("ck_partner_call_refusals_status", "status BETWEEN 400 AND 599"));
        builder.HasKey(r => new { r.ApiClientId, r.Hour, r.Status });
        builder.HasOne<ApiClient>().WithMany().HasForeignKey(r => r.ApiClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.Hour);
    }
}
